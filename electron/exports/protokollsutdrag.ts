// Protokollsutdrag: the extract of one § of the nämnd's protocol, with the decision, its validity and revision
// date, the description of the ärende, beslutsunderlag, expediering, the justerandes signatures and the
// utdragsbestyrkande.
import { diarienummerOchParagraf, kommunNamn, namndForkortning, paragrafText } from './catalogue-document';
import { textToBlocks, type Block, type DocumentModel, type Signer, joinFilled } from './document-model';

export interface ProtokollsutdragInput {
  /** "Alingsås" or "Alingsås kommun". */
  kommun: string;
  /** "Socialnämnden". */
  namnd: string;
  /** Written before the § ("SN § 37"); default derived from the nämnd's name. */
  namndForkortning?: string | null;
  /** ÅÅÅÅ-MM-DD */
  sammantradesdatum: string;
  /** 37 (or "37"). */
  paragraf: number | string;
  /** "2025.053" */
  diarienummer: string;
  /** The ärende's heading, e.g. "Insatser utan individuell behovsprövning – riktlinjer". */
  rubrik: string;
  /** The decision as the protocol states it; blank lines separate paragraphs, "- " lines are list items. */
  beslut: string;
  /** Validity and revision of what is decided (a styrdokument): written into the decision. */
  giltigFran?: string | null;
  giltigTill?: string | null;
  reviderasSenast?: string | null;
  beskrivningAvArendet: string;
  beslutsunderlag: readonly string[];
  expedierasTill: readonly string[];
  /** Names printed under the signature lines, when known. */
  ordforande?: string | null;
  justerare?: string | null;
  sekreterare?: string | null;
  /** The one who certifies the extract. */
  utdragsbestyrkare?: string | null;
  /** Date the protocol was justerat. */
  justeringsdatum?: string | null;
  /** Prints "UTKAST" (an extract prepared before the meeting). */
  draft?: boolean;
}

/** The decision's validity in words: "Beslutet gäller från och med 2025-10-01 och tills vidare." */
export function giltighetMening(fran?: string | null, till?: string | null, revideras?: string | null): string[] {
  const out: string[] = [];
  if (fran && till) out.push(`Beslutet gäller från och med ${fran} till och med ${till}.`);
  else if (fran) out.push(`Beslutet gäller från och med ${fran} och tills vidare.`);
  else if (till) out.push(`Beslutet gäller till och med ${till}.`);
  if (revideras) out.push(`Styrdokumentet ska revideras senast ${revideras}.`);
  return out;
}

export function buildProtokollsutdrag(input: ProtokollsutdragInput): DocumentModel {
  const kommun = kommunNamn(input.kommun);
  const forkortning = input.namndForkortning ?? namndForkortning(input.namnd);
  const paragraf = paragrafText(input.paragraf);
  const paragrafFull = /§/.test(String(input.paragraf)) ? paragraf : `${forkortning ? `${forkortning} ` : ''}${paragraf}`;
  const blocks: Block[] = [];

  blocks.push({ kind: 'title', kicker: kommun, text: 'Protokollsutdrag', subtitle: input.namnd, compact: true });
  blocks.push({
    kind: 'metadata',
    rows: [
      { label: 'Sammanträdesdatum', value: input.sammantradesdatum },
      { label: 'Paragraf', value: paragrafFull },
      { label: 'Diarienummer', value: input.diarienummer },
      ...(input.justeringsdatum ? [{ label: 'Justeringsdatum', value: input.justeringsdatum }] : []),
    ],
  });

  blocks.push({ kind: 'heading', level: 1, number: paragraf, text: input.rubrik, toc: false });
  blocks.push({ kind: 'paragraph', style: 'small', content: `Dnr ${diarienummerOchParagraf(input.diarienummer, null, null)}` });

  const beslutRubrik = input.namnd.trim().endsWith('en') ? `${input.namnd.trim()}s beslut` : 'Beslut';
  blocks.push({ kind: 'heading', level: 2, text: beslutRubrik, toc: false });
  const beslut = textToBlocks(input.beslut);
  blocks.push(...(beslut.length ? beslut : [{ kind: 'paragraph', style: 'note', content: 'Beslutstext saknas.' } as Block]));
  const giltighet = giltighetMening(input.giltigFran, input.giltigTill, input.reviderasSenast);
  if (giltighet.length) blocks.push({ kind: 'paragraph', content: giltighet.join('\n') });

  blocks.push({ kind: 'heading', level: 2, text: 'Beskrivning av ärendet', toc: false });
  const beskrivning = textToBlocks(input.beskrivningAvArendet);
  blocks.push(...(beskrivning.length ? beskrivning : [{ kind: 'paragraph', style: 'note', content: 'Beskrivning saknas.' } as Block]));

  blocks.push({ kind: 'heading', level: 2, text: 'Beslutsunderlag', toc: false });
  if (input.beslutsunderlag.length) blocks.push({ kind: 'list', items: [...input.beslutsunderlag] });
  else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga beslutsunderlag angivna.' });

  blocks.push({ kind: 'heading', level: 2, text: 'Expedieras till', toc: false });
  if (input.expedierasTill.length) blocks.push({ kind: 'list', items: [...input.expedierasTill] });
  else blocks.push({ kind: 'paragraph', style: 'note', content: 'Ingen expediering angiven.' });

  // Justering and utdragsbestyrkande side by side, as at the foot of a protocol page.
  const justering = 'Justerandes signatur';
  const signers: Signer[] = [
    { role: 'Ordförande', name: input.ordforande, group: justering },
    { role: 'Justerare', name: input.justerare, group: justering },
    { role: 'Underskrift', name: input.utdragsbestyrkare, group: 'Utdragsbestyrkande' },
  ];
  if (input.sekreterare) signers.unshift({ role: 'Sekreterare', name: input.sekreterare, group: 'Vid protokollet' });
  blocks.push({ kind: 'signatures', signers, columns: 3 });

  const title = `Protokollsutdrag ${paragrafFull} – ${input.rubrik}`;
  return {
    title: input.draft ? `UTKAST – ${title}` : title,
    subject: `${input.namnd}, sammanträde ${input.sammantradesdatum}`,
    author: input.namnd,
    keywords: ['protokollsutdrag', input.diarienummer, paragrafFull],
    language: 'sv-SE',
    compact: true,
    draft: input.draft ?? false,
    header: { left: joinFilled(' · ', kommun, input.namnd), right: `Protokollsutdrag ${input.sammantradesdatum}` },
    footer: { left: `${paragrafFull} · Dnr ${input.diarienummer}` },
    blocks,
  };
}
