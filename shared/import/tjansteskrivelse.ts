// Tjänsteskrivelser and tjänsteutlåtanden: the förvaltning's memo that proposes a decision to the nämnd.
// Its numbered "Förslag till beslut" is the ärende's decision text, its date is the memo's (not a
// beslutsdatum), and the insatser are in "Bilaga 1" as bullets "Namn – målgrupp – villkor – dokumentation",
// on one or two lines.
import type { NumberedHeading } from './headings';
import type { Line } from './lines';
import type { OutlineNode } from './outline';
import type { BeslutDraft, DecisionFound } from './proposal';
import { splitSentences } from './sentences';
import { findDates, parseSwedishDate } from './swedish-dates';

export type MemoKind = 'tjänsteskrivelse' | 'tjänsteutlåtande';

const KIND = /^(?:tjänsteskrivelse|tjänsteutlåtande)\b/iu;
/** The kind is on the cover: among the first lines, alone or first on its line. */
export function memoKind(lines: readonly Line[]): MemoKind | null {
  for (const line of lines.slice(0, 15)) {
    const m = KIND.exec(line.text.trim());
    if (m && line.text.trim().length <= 60) return m[0].toLocaleLowerCase('sv').startsWith('tjänsteskrivelse') ? 'tjänsteskrivelse' : 'tjänsteutlåtande';
  }
  return null;
}

/** An optional outline number before a heading word ("1.1. Förslag till beslut" in a Word heading). */
const NUM = '(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+)?';
const FORSLAG = new RegExp(`^${NUM}(?:förslag\\s+till\\s+beslut|förvaltningens\\s+förslag(?:\\s+till\\s+beslut)?|beslutsförslag)\\s*:?$`, 'iu');
const NEXT_SECTION = new RegExp(
  `^${NUM}(?:sammanfattning|ärendet|ärendebeskrivning|beskrivning\\s+av\\s+ärendet|bakgrund|beslutsunderlag|förvaltningens\\s+bedömning|bedömning|skäl\\s+för\\s+beslut|yttrande|konsekvenser|bilag[ao])\\b`,
  'iu',
);
const POINT = /^(?:\d{1,2}[.)]|[-•–]|att)\s+/iu;

/** The numbered points of "Förslag till beslut", without their numbers. */
export function readForslagTillBeslut(lines: readonly Line[]): string[] {
  const start = lines.findIndex((l) => FORSLAG.test(l.text.trim()));
  if (start < 0) return [];
  const points: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const text = line.text.trim();
    if (!text) continue;
    if (NEXT_SECTION.test(text)) break;
    if (POINT.test(text)) points.push(text.replace(/^(?:\d{1,2}[.)]|[-•–])\s+/u, ''));
    else if (points.length > 0 && /^\p{Ll}/u.test(text)) points[points.length - 1] += ` ${text}`;
    else if (points.length === 0) points.push(text);
    else break;
  }
  return points;
}

const BILAGA_1 = new RegExp(`^${NUM}bilaga\\s+1\\s*:?$`, 'iu');
const BULLET = /^[-•*–]\s+/u;
/** " – " with spaces separates the fields; "18–64" without spaces is an age range. */
const FIELD_SEPARATOR = /\s+[–—-]\s+/u;

export interface BilagaInsats {
  line: Line;
  name: string;
  malgrupp: string;
  villkor: string;
  dokumentation: string;
}

/** The bullets of the last "Bilaga 1" heading: one insats each, a wrapped bullet joined with its second line. */
export function readBilagaInsatser(lines: readonly Line[]): BilagaInsats[] {
  let start = -1;
  lines.forEach((l, k) => {
    if (BILAGA_1.test(l.text.trim())) start = k;
  });
  if (start < 0) return [];
  const bullets: Array<{ line: Line; text: string }> = [];
  for (const line of lines.slice(start + 1)) {
    const text = line.text.trim();
    if (!text) continue;
    if (BULLET.test(text)) bullets.push({ line, text: text.replace(BULLET, '') });
    else if (bullets.length > 0) {
      const last = bullets[bullets.length - 1];
      // A bullet wraps when it ends on a separator, has fewer than four fields, or the line goes on in lower case.
      const wraps = /[–—-]\s*$/u.test(last.text) || last.text.split(FIELD_SEPARATOR).length < 4 || /^\p{Ll}/u.test(text);
      if (wraps) last.text = `${last.text.replace(/\s+$/u, '')} ${text}`;
      else if (/^bilaga\s+\d/iu.test(text)) break;
    }
  }
  return bullets.flatMap(({ line, text }) => {
    const fields = text.split(FIELD_SEPARATOR).map((f) => f.trim());
    if (fields.length < 2 || !fields[0]) return [];
    const [name, malgrupp = '', ...rest] = fields;
    // The last field names the documentation when it cites a paragraph; a dash inside a villkor stays in it.
    const hasDoc = rest.length > 0 && /\bkap\.|§|14:\d/u.test(rest[rest.length - 1]);
    const dokumentation = hasDoc ? rest[rest.length - 1] : '';
    const villkor = (hasDoc ? rest.slice(0, -1) : rest).join(' – ');
    return [{ line, name, malgrupp, villkor, dokumentation }];
  });
}

/** An outline node for a bilaga insats, with its fields as labelled sections, for the ordinary insats reading. */
export function bilagaNode(insats: BilagaInsats): OutlineNode {
  const heading: NumberedHeading = { number: '', parts: [], title: insats.name, scheme: 'none' };
  const at = (text: string): Line => ({ no: insats.line.no, text, pageBreakBefore: false });
  const body = [
    insats.malgrupp && at(`Målgrupp: ${insats.malgrupp}`),
    insats.villkor && at(`Villkor: ${insats.villkor}`),
    insats.dokumentation && at(`Dokumentation: ${insats.dokumentation}`),
  ].filter((l): l is Line => Boolean(l));
  return { heading, line: insats.line, body, level: 'bilaga', parent: null };
}

const LABEL_VALUE = (label: string) => new RegExp(`^${label}\\s*[:\\t]\\s*(.+)$`, 'iu');

/**
 * The proposal's decision metadata: the diarienummer and the nämnd it goes to from the header, giltig
 * från and revideras senast from the points. No beslutsdatum: the memo date is when it was written.
 */
export function memoDecision(lines: readonly Line[], points: readonly string[], sourceOf: (from: number, to: number) => string): DecisionFound | null {
  const header = lines.slice(0, 25);
  const value = (label: string) => {
    for (const l of header) {
      const m = LABEL_VALUE(label).exec(l.text.trim());
      if (m) return { value: m[1].trim(), line: l };
    }
    return null;
  };
  const dnr = value('(?:dnr\\.?|diarienummer|diarienr\\.?)');
  const till = value('till');
  const memoDate = value('datum');
  const beslutar = points.map((p) => /^(\p{Lu}[\p{L}-]*nämnden)\s+(?:beslutar|föreslås\s+besluta)/u.exec(p)?.[1]).find(Boolean);
  const instans = till && /nämnd/iu.test(till.value) ? till.value.replace(/[.,;]$/u, '') : (beslutar ?? '');
  const dateAfter = (phrase: RegExp) =>
    points.flatMap((p) => {
      const m = phrase.exec(p);
      return m ? [findDates(p.slice(m.index + m[0].length))[0]?.iso ?? null] : [];
    })[0] ?? null;
  const fromPoint = dateAfter(/(?:från\s+och\s+med|fr\.?\s*o\.?\s*m\.?|från)\s+(?:den\s+)?(?=\d)/iu);
  const revidera = dateAfter(/(?:revideras|ses\s+över|följas\s+upp)\s+senast\s+(?:den\s+)?(?=\d)/iu);
  if (!dnr && !instans) return null;
  const draft: BeslutDraft = {
    typAvStyrdokument: '',
    beslutandeInstans: instans,
    datumForBeslut: '',
    diarienummer: dnr?.value.replace(/\s*§\s*\d+\s*$/u, '') ?? '',
    paragraf: null,
    gallerFor: '',
    giltigFran: fromPoint ?? '',
    giltigTill: null,
    reviderasSenast: revidera,
    dokumentansvarig: '',
  };
  const missing = ['Datum för beslut', ...(draft.diarienummer ? [] : ['Diarienummer']), ...(draft.beslutandeInstans ? [] : ['Beslutande instans'])];
  if (!draft.giltigFran) missing.push('Giltig från (giltighetstid)');
  const used = [dnr, till, memoDate].filter((x): x is { value: string; line: Line } => x !== null);
  const from = Math.min(...used.map((u) => u.line.no), lines[0]?.no ?? 1);
  const to = Math.max(...used.map((u) => u.line.no), from);
  return {
    draft,
    complete: false,
    missing,
    source: { fromLine: from, toLine: to, text: sourceOf(from, to) },
    recognised: [
      ...(dnr ? [{ field: 'beslut', label: `Diarienummer: ${draft.diarienummer}`, source: dnr.line.text }] : []),
      ...(instans ? [{ field: 'beslut', label: `Beslutande instans (förslaget går till): ${instans}`, source: till?.line.text ?? instans }] : []),
      ...(memoDate
        ? [
            {
              field: 'beslut',
              label: `Skrivelsens datum ${findDates(memoDate.value)[0]?.iso ?? memoDate.value} (inte datum för beslut)`,
              source: memoDate.line.text,
            },
          ]
        : []),
    ],
  };
}

/** The memo's own date ("Datum: 2025-05-06"), for the notice. */
export function memoDate(lines: readonly Line[]): string | null {
  for (const l of lines.slice(0, 25)) {
    const m = LABEL_VALUE('datum').exec(l.text.trim());
    if (m) return parseSwedishDate(m[1]);
  }
  return null;
}

/**
 * The särskilda skäl for an insats's 14 kap. 5 § exemption, where the memo gives them in its Ärendet:
 * from the sentence that names the insats and speaks of särskilda skäl to the end of its paragraph.
 * Not a beslutspunkt that only refers to them ("De särskilda skälen … redovisas i bilaga 2").
 */
export function memoSarskildaSkal(lines: readonly Line[], name: string): string {
  const lower = name.toLocaleLowerCase('sv');
  for (const line of lines) {
    if (POINT.test(line.text)) continue;
    const sentences = splitSentences(line.text);
    const k = sentences.findIndex((x) => /särskilda\s+skäl(?!en)/iu.test(x) && x.toLocaleLowerCase('sv').includes(lower));
    if (k >= 0) return sentences.slice(k).join(' ');
  }
  return '';
}
