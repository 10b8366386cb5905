// Risk- och konsekvensanalys for one insats (inför beslut om undantag enligt 14 kap. 5 § SoL), as its own
// document: every section of the analysis in the order of the domain model (shared/domain/rka.ts), with the
// risk matrix after the risks. Labels, levels and risk bands come from the domain, so the form, the matrix on
// screen and this report say the same thing.
import {
  AVIDENTIFIERADE_UPPGIFTER_LABELS,
  AVVAGNING_UTFALL_LABELS,
  KONSEKVENS_LABELS,
  RISK_LEVELS,
  RISK_NIVA_LABELS,
  RKA_SECTION_LABELS,
  RKA_SECTIONS as RKA_CONTENT_SECTIONS,
  SANNOLIKHET_LABELS,
  SARSKILDA_SKAL,
  SARSKILDA_SKAL_LABELS,
  riskId,
  riskMatrix,
  riskNiva,
  riskScore,
  type RiskNiva,
  type RkaContent,
  type RkaMissing,
} from '../../shared/domain/rka';
import { kommunNamn } from './catalogue-document';
import { textToBlocks, type Block, type DocumentModel, type TableCell, joinFilled } from './document-model';

export interface RkaReportInput {
  kommun: string;
  namnd: string;
  insatsNamn: string;
  /** Heading number in the catalogue, e.g. "3.2.1". */
  insatsNummer?: string | null;
  /** Enhet or kategori. */
  grupp?: string | null;
  /** "Version 2". */
  version?: string | null;
  diarienummer?: string | null;
  rka: RkaContent;
  /** The insats reaches children under 18 ("Barnets bästa" is then required). */
  reachesUnder18: boolean;
  /** What is still missing; listed at the top of a draft. */
  missing?: readonly RkaMissing[];
  /** Notes shown at the top, e.g. that the analysis was carried over and must be reviewed. */
  varningar?: readonly string[];
  /** Not yet marked complete: "UTKAST" in the title and on every page. */
  draft?: boolean;
}

/** The report's headings: the sections of the analysis, with the risk matrix after the risks. */
export const RKA_REPORT_HEADINGS: readonly string[] = RKA_CONTENT_SECTIONS.flatMap((s) =>
  s === 'risker' ? [RKA_SECTION_LABELS[s], 'Riskmatris'] : [RKA_SECTION_LABELS[s]],
);

/** Light fills for the risk bands; the band is always written out in text as well. */
export const RISK_FILL: Record<RiskNiva, string> = {
  lag: '#D5EDD3',
  medel: '#FCEFB0',
  hog: '#FBD3A6',
  mycket_hog: '#F4B6B0',
};

const nivaText = (score: number) => RISK_NIVA_LABELS[riskNiva(score)];

export function buildRkaReport(input: RkaReportInput): DocumentModel {
  const { rka } = input;
  const kommun = kommunNamn(input.kommun);
  const insats = input.insatsNummer ? `${input.insatsNummer} ${input.insatsNamn}` : input.insatsNamn;
  const blocks: Block[] = [];
  let section = 0;
  const heading = (text: string) => blocks.push({ kind: 'heading', level: 2, number: `${++section}.`, text, toc: false });
  const free = (text: string, missing = 'Inte ifyllt.') => {
    const b = textToBlocks(text);
    blocks.push(...(b.length ? b : [{ kind: 'paragraph', style: 'note', content: missing } as Block]));
  };
  const label = (s: (typeof RKA_CONTENT_SECTIONS)[number]) => RKA_SECTION_LABELS[s];

  blocks.push({ kind: 'title', kicker: kommun, text: 'Risk- och konsekvensanalys', subtitle: insats, compact: true });
  blocks.push({
    kind: 'metadata',
    rows: [
      { label: 'Insats', value: insats },
      ...(input.grupp ? [{ label: 'Enhet/kategori', value: input.grupp }] : []),
      ...(input.version ? [{ label: 'Version', value: input.version }] : []),
      { label: 'Avser', value: 'Undantag från dokumentation av uppgifter som kan röja identitet, 14 kap. 5 § socialtjänstlagen (2025:400)' },
      { label: 'Nämnd', value: input.namnd },
      { label: 'Datum för analysen', value: rka.datum || 'Inte angivet' },
      ...(input.diarienummer ? [{ label: 'Diarienummer', value: input.diarienummer }] : []),
      { label: 'Status', value: input.draft ? 'Utkast – inte markerad som klar' : 'Klar' },
    ],
  });
  for (const v of input.varningar ?? []) blocks.push({ kind: 'paragraph', style: 'draftNote', content: [{ text: 'Observera: ', bold: true }, { text: v }] });
  if (input.draft && input.missing?.length) {
    blocks.push({ kind: 'paragraph', style: 'draftNote', content: [{ text: 'Det här saknas innan analysen kan markeras som klar:', bold: true }] });
    blocks.push({ kind: 'list', items: input.missing.map((m) => `${RKA_SECTION_LABELS[m.section]}: ${m.message}`) });
  }

  heading(label('syfteOchKaraktar'));
  free(rka.syfteOchKaraktar);

  heading(label('malgruppOchAnonymitet'));
  free(rka.malgruppOchAnonymitet);

  heading(label('sarskildaSkal'));
  blocks.push({
    kind: 'paragraph',
    content:
      'Undantag får bara beslutas om det finns särskilda skäl. Lagens förarbeten nämner som exempel insatser som rör ' +
      'våld i nära relationer, hedersrelaterat våld och förtryck, prostitution och skadligt bruk eller beroende, ' +
      'och öppna verksamheter som mötesplatser eller träffpunkter.',
  });
  blocks.push({
    kind: 'table',
    caption: 'Särskilda skäl som åberopas',
    columns: [
      { header: 'Skäl', width: 7 },
      { header: 'Åberopas', width: 2, align: 'center' },
    ],
    rows: SARSKILDA_SKAL.map((s) => {
      const chosen = rka.sarskildaSkal.val.includes(s);
      return [SARSKILDA_SKAL_LABELS[s], { text: chosen ? 'Ja' : 'Nej', bold: chosen, align: 'center' }];
    }),
    rowHeaders: true,
  });
  if (rka.sarskildaSkal.egenText.trim()) {
    blocks.push({ kind: 'heading', level: 3, text: 'Nämndens egen beskrivning av skälen', toc: false });
    free(rka.sarskildaSkal.egenText);
  }

  heading(label('behovIndividuppfoljning'));
  free(rka.behovIndividuppfoljning);

  heading(label('risker'));
  if (rka.risker.length) {
    blocks.push({
      kind: 'table',
      caption: 'Identifierade risker',
      columns: [
        { header: 'Nr', width: 0.8 },
        { header: 'Risk', width: 3.3 },
        { header: 'Sannolikhet', width: 1.9 },
        { header: 'Konsekvens', width: 2.1 },
        { header: 'Risknivå', width: 2.6 },
        { header: 'Åtgärd', width: 3.4 },
      ],
      rows: rka.risker.map((r, i) => {
        const score = riskScore(r);
        return [
          { text: riskId(i), bold: true },
          r.beskrivning || 'Ingen beskrivning',
          `${r.sannolikhet} ${SANNOLIKHET_LABELS[r.sannolikhet as 1 | 2 | 3 | 4]}`,
          `${r.konsekvens} ${KONSEKVENS_LABELS[r.konsekvens as 1 | 2 | 3 | 4]}`,
          { text: `${nivaText(score)}\nvärde ${score}`, fill: RISK_FILL[riskNiva(score)], bold: true },
          r.atgard || 'Ingen åtgärd angiven',
        ];
      }),
    });
  } else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga risker har angetts.' });

  heading('Riskmatris');
  blocks.push({
    kind: 'paragraph',
    content:
      'Riskerna placerade efter sannolikhet (rader, högst överst) och konsekvens (kolumner). Risknivån är sannolikhet × ' +
      'konsekvens: 1–3 låg, 4–6 medelhög, 8–9 hög, 12–16 mycket hög. Varje ruta anger sin nivå i text.',
  });
  const grid = riskMatrix(rka.risker);
  const matrixRows: TableCell[][] = [];
  for (const s of [...RISK_LEVELS].reverse()) {
    const row: TableCell[] = [{ text: `${s} ${SANNOLIKHET_LABELS[s]}`, bold: true }];
    for (const k of RISK_LEVELS) {
      const ids = grid[s - 1][k - 1].map(riskId);
      const niva = riskNiva(s * k);
      row.push({ text: `${ids.length ? ids.join(', ') : '–'}\n${RISK_NIVA_LABELS[niva]}`, fill: RISK_FILL[niva], align: 'center', bold: ids.length > 0 });
    }
    matrixRows.push(row);
  }
  blocks.push({
    kind: 'table',
    caption: 'Riskmatris (sannolikhet × konsekvens)',
    columns: [
      { header: 'Sannolikhet \\ Konsekvens', width: 2.6 },
      ...RISK_LEVELS.map((k) => ({ header: `${k} ${KONSEKVENS_LABELS[k]}`, width: 2, align: 'center' as const })),
    ],
    rows: matrixRows,
    rowHeaders: true,
  });

  heading(label('barnetsBasta'));
  free(
    rka.barnetsBasta,
    input.reachesUnder18 ? 'Inte ifyllt. Insatsen når barn under 18 år och bedömningen av barnets bästa krävs.' : 'Insatsen når inte barn under 18 år.',
  );

  heading(label('avvagning'));
  blocks.push({
    kind: 'paragraph',
    content: [
      { text: 'Ställningstagande: ', bold: true },
      { text: rka.avvagning.utfall ? AVVAGNING_UTFALL_LABELS[rka.avvagning.utfall] + '.' : 'Inget ställningstagande ännu.' },
    ],
  });
  blocks.push({ kind: 'heading', level: 3, text: 'Bedömning särskilda skäl', toc: false });
  free(rka.avvagning.text);

  heading(label('avidentifieradeUppgifter'));
  blocks.push({
    kind: 'paragraph',
    content:
      'Även om uppgifter som kan röja deltagarnas identitet inte dokumenteras ska följande avidentifierade uppgifter ' +
      'dokumenteras (14 kap. 3 och 5 §§ socialtjänstlagen):',
  });
  if (rka.avidentifieradeUppgifter.length) blocks.push({ kind: 'list', items: rka.avidentifieradeUppgifter.map((u) => AVIDENTIFIERADE_UPPGIFTER_LABELS[u]) });
  else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga uppgifter angivna.' });

  heading(label('deltagare'));
  // One person or role per line in the form: kept as a list rather than run together into a sentence.
  const deltagare = rka.deltagare
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-–•*]\s*/, '').trim())
    .filter(Boolean);
  if (deltagare.length > 1) blocks.push({ kind: 'list', items: deltagare });
  else free(rka.deltagare, 'Inga deltagare angivna.');

  heading(label('datum'));
  blocks.push(
    rka.datum ? { kind: 'paragraph', content: `Analysen genomfördes ${rka.datum}.` } : { kind: 'paragraph', style: 'note', content: 'Inget datum angivet.' },
  );

  const title = `Risk- och konsekvensanalys – ${input.insatsNamn}`;
  return {
    title: input.draft ? `UTKAST – ${title}` : title,
    subject: `Undantag enligt 14 kap. 5 § socialtjänstlagen – ${joinFilled(', ', input.namnd, kommun)}`,
    author: input.namnd,
    keywords: ['risk- och konsekvensanalys', '14 kap. 5 § socialtjänstlagen', input.insatsNamn],
    language: 'sv-SE',
    compact: true,
    draft: input.draft ?? false,
    header: { left: joinFilled(' · ', kommun, input.namnd), right: 'Risk- och konsekvensanalys' },
    footer: { left: rka.datum ? `${insats} · ${rka.datum}` : insats },
    blocks,
  };
}
