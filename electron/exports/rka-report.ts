// Risk- och konsekvensanalys for one insats (inför beslut om undantag enligt 14 kap. 5 § SoL): syfte och karaktär,
// målgrupp och behov av anonymitet, särskilda skäl, behov av uppföljning på individnivå, risker with a 4×4 risk
// matrix, barnets bästa, avvägning och slutsats, the de-identified data still documented, and who took part.
// The input is plain data with labels given as strings, so that it does not depend on the RKA domain model.
import { AVIDENTIFIERADE_UPPGIFTER, kommunNamn } from './catalogue-document';
import { textToBlocks, type Block, type DocumentModel, type TableCell } from './document-model';

/** 1–4 on each axis. */
export type RiskLevel = 1 | 2 | 3 | 4;

export interface RkaRisk {
  /** "R1"; default R + position. */
  id?: string;
  beskrivning: string;
  sannolikhet: RiskLevel;
  konsekvens: RiskLevel;
  atgard: string;
  /** Who owns the åtgärd. */
  ansvarig?: string | null;
}

export interface RkaSkal {
  /** The question, e.g. "Insatsen rör våld i nära relationer, hedersrelaterat våld, prostitution eller beroende". */
  label: string;
  /** true = ja, false = nej, null = inte bedömt. */
  uppfyllt: boolean | null;
  kommentar?: string | null;
}

export interface RkaDeltagare {
  namn: string;
  roll: string;
}

export interface RkaReportInput {
  kommun: string;
  namnd: string;
  insatsNamn: string;
  /** Heading number in the catalogue, e.g. "3.2.1". */
  insatsNummer?: string | null;
  /** Enhet or kategori. */
  grupp?: string | null;
  diarienummer?: string | null;
  /** Date of the analysis (ÅÅÅÅ-MM-DD). */
  datum: string;
  syfteOchKaraktar: string;
  malgruppOchAnonymitet: string;
  sarskildaSkal: readonly RkaSkal[];
  /** Behov av uppföljning på individnivå. */
  uppfoljningIndividniva: string;
  risker: readonly RkaRisk[];
  /** Labels of sannolikhet 1–4 (default Mycket liten, Liten, Stor, Mycket stor). */
  sannolikhetLabels?: readonly [string, string, string, string];
  /** Labels of konsekvens 1–4 (default Lindrig, Måttlig, Allvarlig, Mycket allvarlig). */
  konsekvensLabels?: readonly [string, string, string, string];
  barnetsBasta: string;
  avvagningOchSlutsats: string;
  /** The conclusion in one sentence, e.g. "Särskilda skäl för undantag enligt 14 kap. 5 § bedöms finnas." */
  slutsats?: string | null;
  /** Default: the list of 14 kap. 3 och 5 §§ (antal deltagare, ålder, kön, …). */
  avidentifieradeUppgifter?: readonly string[];
  deltagare: readonly RkaDeltagare[];
  /** Warnings to show, e.g. that the insats is given in the home. */
  varningar?: readonly string[];
  draft?: boolean;
}

export const RKA_SECTIONS = [
  'Syfte och karaktär',
  'Målgrupp och behov av anonymitet',
  'Särskilda skäl',
  'Behov av uppföljning på individnivå',
  'Risker',
  'Riskmatris',
  'Barnets bästa',
  'Avvägning och slutsats',
  'Avidentifierade uppgifter som dokumenteras',
  'Deltagare och datum',
] as const;

export const DEFAULT_SANNOLIKHET: readonly [string, string, string, string] = ['Mycket liten', 'Liten', 'Stor', 'Mycket stor'];
export const DEFAULT_KONSEKVENS: readonly [string, string, string, string] = ['Lindrig', 'Måttlig', 'Allvarlig', 'Mycket allvarlig'];

/** Colour of a cell by risk value (sannolikhet × konsekvens). */
export function riskFill(value: number): string {
  if (value >= 12) return '#F4B6B0';
  if (value >= 8) return '#FBD3A6';
  if (value >= 4) return '#FCEFB0';
  return '#D5EDD3';
}

export function riskNiva(value: number): string {
  if (value >= 12) return 'Mycket hög';
  if (value >= 8) return 'Hög';
  if (value >= 4) return 'Medel';
  return 'Låg';
}

export function buildRkaReport(input: RkaReportInput): DocumentModel {
  const kommun = kommunNamn(input.kommun);
  const s = input.sannolikhetLabels ?? DEFAULT_SANNOLIKHET;
  const k = input.konsekvensLabels ?? DEFAULT_KONSEKVENS;
  const risker = input.risker.map((r, i) => ({ ...r, id: r.id?.trim() || `R${i + 1}` }));
  const insats = input.insatsNummer ? `${input.insatsNummer} ${input.insatsNamn}` : input.insatsNamn;
  const blocks: Block[] = [];
  let section = 0;
  const heading = (text: string) => blocks.push({ kind: 'heading', level: 2, number: `${++section}.`, text, toc: false });
  const free = (text: string, missing = 'Inte ifyllt.') => {
    const b = textToBlocks(text);
    blocks.push(...(b.length ? b : [{ kind: 'paragraph', style: 'note', content: missing } as Block]));
  };

  blocks.push({ kind: 'title', kicker: kommun, text: 'Risk- och konsekvensanalys', subtitle: insats, compact: true });
  blocks.push({
    kind: 'metadata',
    rows: [
      { label: 'Insats', value: insats },
      ...(input.grupp ? [{ label: 'Enhet/kategori', value: input.grupp }] : []),
      { label: 'Avser', value: 'Undantag från dokumentation av uppgifter som kan röja identitet, 14 kap. 5 § socialtjänstlagen (2025:400)' },
      { label: 'Nämnd', value: input.namnd },
      { label: 'Datum', value: input.datum },
      ...(input.diarienummer ? [{ label: 'Diarienummer', value: input.diarienummer }] : []),
    ],
  });
  if (input.varningar?.length) {
    for (const v of input.varningar) blocks.push({ kind: 'paragraph', style: 'draftNote', content: [{ text: 'Observera: ', bold: true }, { text: v }] });
  }

  heading(RKA_SECTIONS[0]);
  free(input.syfteOchKaraktar);

  heading(RKA_SECTIONS[1]);
  free(input.malgruppOchAnonymitet);

  heading(RKA_SECTIONS[2]);
  blocks.push({
    kind: 'paragraph',
    content: 'Särskilda skäl bedöms utifrån insatsens syfte och karaktär och vägs mot behovet av att kunna följa upp insatsen på individnivå.',
  });
  if (input.sarskildaSkal.length) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Skäl', width: 5 },
        { header: 'Bedömning', width: 1.5, align: 'center' },
        { header: 'Kommentar', width: 4.5 },
      ],
      rows: input.sarskildaSkal.map((skal) => [
        skal.label,
        { text: skal.uppfyllt === null ? 'Ej bedömt' : skal.uppfyllt ? 'Ja' : 'Nej', bold: skal.uppfyllt === true, align: 'center' },
        skal.kommentar ?? '',
      ]),
    });
  } else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga skäl har bedömts.' });

  heading(RKA_SECTIONS[3]);
  free(input.uppfoljningIndividniva);

  heading(RKA_SECTIONS[4]);
  if (risker.length) {
    blocks.push({
      kind: 'table',
      caption: 'Identifierade risker',
      columns: [
        { header: 'Nr', width: 0.8 },
        { header: 'Risk', width: 3.6 },
        { header: 'Sannolikhet', width: 2.1 },
        { header: 'Konsekvens', width: 2.1 },
        { header: 'Riskvärde', width: 1.6, align: 'center' },
        { header: 'Åtgärd', width: 3.8 },
      ],
      rows: risker.map((r) => {
        const value = r.sannolikhet * r.konsekvens;
        const atgard = r.ansvarig?.trim() ? `${r.atgard}\n\nAnsvarig: ${r.ansvarig.trim()}` : r.atgard;
        return [
          { text: r.id, bold: true },
          r.beskrivning,
          `${r.sannolikhet} – ${s[r.sannolikhet - 1]}`,
          `${r.konsekvens} – ${k[r.konsekvens - 1]}`,
          { text: String(value), fill: riskFill(value), align: 'center', bold: true },
          atgard,
        ];
      }),
    });
  } else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga risker har identifierats.' });

  heading(RKA_SECTIONS[5]);
  blocks.push({
    kind: 'paragraph',
    content: 'Riskerna placerade efter sannolikhet (rader) och konsekvens (kolumner). Riskvärdet är sannolikhet × konsekvens: 1–3 låg, 4–6 medel, 8–9 hög, 12–16 mycket hög.',
  });
  const matrixRows: TableCell[][] = [];
  for (let sv = 4; sv >= 1; sv--) {
    const row: TableCell[] = [{ text: `${sv} ${s[sv - 1]}`, bold: true }];
    for (let kv = 1; kv <= 4; kv++) {
      const ids = risker.filter((r) => r.sannolikhet === sv && r.konsekvens === kv).map((r) => r.id);
      row.push({ text: ids.join(', '), fill: riskFill(sv * kv), align: 'center', bold: ids.length > 0 });
    }
    matrixRows.push(row);
  }
  blocks.push({
    kind: 'table',
    caption: 'Riskmatris (sannolikhet × konsekvens)',
    columns: [
      { header: 'Sannolikhet \\ Konsekvens', width: 2.6 },
      ...k.map((label, i) => ({ header: `${i + 1} ${label}`, width: 2, align: 'center' as const })),
    ],
    rows: matrixRows,
    rowHeaders: true,
  });

  heading(RKA_SECTIONS[6]);
  free(input.barnetsBasta);

  heading(RKA_SECTIONS[7]);
  free(input.avvagningOchSlutsats);
  if (input.slutsats?.trim()) blocks.push({ kind: 'paragraph', content: [{ text: 'Slutsats: ', bold: true }, { text: input.slutsats.trim() }] });

  heading(RKA_SECTIONS[8]);
  blocks.push({
    kind: 'paragraph',
    content: 'Även om uppgifter som kan röja deltagarnas identitet inte dokumenteras ska följande avidentifierade uppgifter dokumenteras (14 kap. 3 och 5 §§ socialtjänstlagen):',
  });
  const uppgifter = input.avidentifieradeUppgifter?.length ? input.avidentifieradeUppgifter : AVIDENTIFIERADE_UPPGIFTER;
  blocks.push({ kind: 'list', items: uppgifter.map((u) => u.charAt(0).toLocaleUpperCase('sv-SE') + u.slice(1)) });

  heading(RKA_SECTIONS[9]);
  blocks.push({ kind: 'paragraph', content: `Analysen genomfördes ${input.datum}.` });
  if (input.deltagare.length) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Namn', width: 1 },
        { header: 'Roll', width: 1 },
      ],
      rows: input.deltagare.map((d) => [d.namn, d.roll]),
    });
  } else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga deltagare angivna.' });

  const title = `Risk- och konsekvensanalys – ${input.insatsNamn}`;
  return {
    title: input.draft ? `UTKAST – ${title}` : title,
    subject: `Undantag enligt 14 kap. 5 § socialtjänstlagen – ${input.namnd}, ${kommun}`,
    author: input.namnd,
    keywords: ['risk- och konsekvensanalys', '14 kap. 5 § socialtjänstlagen', input.insatsNamn],
    language: 'sv-SE',
    compact: true,
    draft: input.draft ?? false,
    header: { left: `${kommun} · ${input.namnd}`, right: 'Risk- och konsekvensanalys' },
    footer: { left: `${insats} · ${input.datum}` },
    blocks,
  };
}
