// The catalogue as CSV for open data: one row per insats. Semicolon-separated with a UTF-8 BOM so
// Swedish Excel opens it in columns; quoted per RFC 4180; cells that would start a formula are
// prefixed so a spreadsheet never executes them.
import { DOKUMENTATION_LABELS, FORM_LABELS, UPPFOLJNING_LABELS, type InsatsContent } from '../domain/insats';
import type { PortableCatalogue } from '../domain/portable';
import { villkorText } from '../domain/diff';

export const CSV_COLUMNS = [
  'Nummer',
  'Namn',
  'Sektor',
  'Enhet',
  'Kategori',
  'Form',
  'Målgrupp',
  'Ålder från',
  'Ålder till',
  'Villkor',
  'Dokumentation',
  'Dokumentationssystem',
  'Uppföljning',
  'Utförare',
  'Innehåll och genomförande',
] as const;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function uppfoljning(c: InsatsContent['uppfoljning']): string {
  return [c.typ ? UPPFOLJNING_LABELS[c.typ] : '', c.text].filter(Boolean).join(': ');
}

export function catalogueToCsv(catalogue: PortableCatalogue): string {
  const rows = catalogue.insatser.map((i) => {
    const c = i.content;
    return [
      i.nummer,
      c.namn,
      i.sektor,
      i.enhet,
      i.kategori,
      c.form ? FORM_LABELS[c.form] : '',
      c.malgrupp,
      c.malgruppAlder?.min ?? null,
      c.malgruppAlder?.max ?? null,
      c.villkor.map(villkorText).join('\n'),
      DOKUMENTATION_LABELS[c.dokumentation.regim],
      c.dokumentation.system,
      uppfoljning(c.uppfoljning),
      c.utforare,
      c.innehall,
    ];
  });
  return '\uFEFF' + [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
