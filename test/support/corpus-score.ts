// The scored import corpus (issue 15 item 9): every document in test/corpus/ beside its expected parse
// (<name>.expected.json, shape in /work/shared/import-examples/README.md), imported through the real
// extraction and parser and compared field by field. Used by the corpus test and by `npm run bench`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogueDocument } from '../../electron/import/read-catalogue-document';
import type { ImportProposal, ProposedInsats } from '../../shared/import/proposal';

const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DIR = path.join(APP_ROOT, 'test', 'corpus');
// The seeds stay beside the repository (read-only reference material); their expected parses name them.
const SEED_DIR = process.env.IUB_SEED_DIR ?? path.resolve(APP_ROOT, '..', 'shared', 'seeds');

export const INSATS_FIELDS = ['number', 'name', 'ageMin', 'ageMax', 'dokumentation', 'folkbokford', 'samtycke', 'lamplighet15_17'] as const;
export const DECISION_FIELDS = ['diarienummer', 'beslutsdatum', 'beslutandeInstans', 'giltigFran', 'giltigTill', 'revideraSenast', 'dokumentansvarig'] as const;
type InsatsField = (typeof INSATS_FIELDS)[number];
type DecisionField = (typeof DECISION_FIELDS)[number];
type Value = string | number | boolean | null;

export interface ExpectedParse {
  /** A seed document read from the seed directory instead of a file beside the expected parse. */
  seedFile?: string;
  insatser: Array<Partial<Record<InsatsField, Value>>>;
  decision?: Partial<Record<DecisionField, Value>>;
}

export interface FieldMiss {
  at: string;
  field: string;
  expected: Value;
  got: Value | undefined;
}

export interface DocumentScore {
  /** The document's file name in the corpus (or the seed's). */
  file: string;
  right: number;
  expected: number;
  /** Insatser the import found that the expected parse does not list. */
  extra: number;
  /** The import refused the document: its Swedish message. */
  refused: string | null;
  misses: FieldMiss[];
}

/** Names compare without regard to case, dash style and spacing. */
const key = (s: string) =>
  s
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv');

/** The participants' ages: the age villkor when there is one (what the utförare checks), else the målgrupp's. */
function ages(i: ProposedInsats): { min: number | null; max: number | null } {
  const villkor = i.content.villkor.filter((v) => v.typ === 'alder');
  if (villkor.length > 0)
    return { min: villkor.map((v) => v.alderMin).find((x) => x !== null) ?? null, max: villkor.map((v) => v.alderMax).find((x) => x !== null) ?? null };
  return { min: i.content.malgruppAlder?.min ?? null, max: i.content.malgruppAlder?.max ?? null };
}

export function insatsValue(i: ProposedInsats, field: InsatsField): Value {
  const has = (typ: string) => i.content.villkor.some((v) => v.typ === typ);
  switch (field) {
    case 'number':
      return i.nummer;
    case 'name':
      return i.content.namn;
    case 'ageMin':
      return ages(i).min;
    case 'ageMax':
      return ages(i).max;
    case 'dokumentation':
      return i.content.dokumentation.regim;
    case 'folkbokford':
      return has('folkbokford');
    case 'samtycke':
      return has('samtycke');
    case 'lamplighet15_17':
      return has('lamplighetsbedomning');
  }
}

export function decisionValue(p: ImportProposal, field: DecisionField): Value {
  const d = p.decision?.draft;
  if (!d) return null;
  const orNull = (s: string | null) => (s ? s : null);
  switch (field) {
    case 'diarienummer':
      return orNull(d.diarienummer);
    case 'beslutsdatum':
      return orNull(d.datumForBeslut);
    case 'beslutandeInstans':
      return orNull(d.beslutandeInstans);
    case 'giltigFran':
      return orNull(d.giltigFran);
    case 'giltigTill':
      return orNull(d.giltigTill);
    case 'revideraSenast':
      return orNull(d.reviderasSenast);
    case 'dokumentansvarig':
      return orNull(d.dokumentansvarig);
  }
}

const same = (field: string, a: Value | undefined, b: Value) =>
  typeof a === 'string' && typeof b === 'string' && (field === 'name' || field === 'beslutandeInstans' || field === 'dokumentansvarig')
    ? key(a) === key(b)
    : a === b;

/** Expected insatser are matched by name, then by number, then by position among those left. */
function matchInsatser(expected: ExpectedParse['insatser'], found: readonly ProposedInsats[]): Array<ProposedInsats | undefined> {
  const used = new Set<number>();
  const take = (pred: (i: ProposedInsats) => boolean) => {
    const k = found.findIndex((i, n) => !used.has(n) && pred(i));
    if (k < 0) return undefined;
    used.add(k);
    return found[k];
  };
  const named = (i: ProposedInsats, name: string) => key(i.content.namn) === key(name) || (i.tocName !== null && key(i.tocName) === key(name));
  const byName = expected.map((e) => (typeof e.name === 'string' ? take((i) => named(i, e.name as string)) : undefined));
  const byNumber = expected.map((e, n) => byName[n] ?? (typeof e.number === 'string' ? take((i) => i.nummer === e.number) : undefined));
  return byNumber.map((m, n) => {
    if (m || !found[n] || used.has(n)) return m;
    used.add(n);
    return found[n];
  });
}

export function scoreProposal(file: string, expected: ExpectedParse, proposal: ImportProposal | null, refused: string | null = null): DocumentScore {
  const score: DocumentScore = { file, right: 0, expected: 0, extra: 0, refused, misses: [] };
  const found = proposal?.insatser ?? [];
  const matched = matchInsatser(expected.insatser, found);
  expected.insatser.forEach((e, n) => {
    const got = matched[n];
    for (const field of INSATS_FIELDS) {
      if (!(field in e)) continue;
      const want = e[field] as Value;
      // The heading in the text is proposed; where the document's table of contents spells it as expected, it is offered too.
      const value = got ? (field === 'name' && got.tocName && same(field, got.tocName, want) ? got.tocName : insatsValue(got, field)) : undefined;
      score.expected++;
      if (got && same(field, value, want)) score.right++;
      else score.misses.push({ at: String(e.number ?? e.name), field, expected: want, got: value });
    }
  });
  score.extra = Math.max(0, found.length - matched.filter(Boolean).length);
  for (const field of DECISION_FIELDS) {
    if (!expected.decision || !(field in expected.decision)) continue;
    const want = expected.decision[field] as Value;
    const value = proposal ? decisionValue(proposal, field) : undefined;
    score.expected++;
    if (proposal && same(field, value, want)) score.right++;
    else score.misses.push({ at: 'decision', field, expected: want, got: value });
  }
  return score;
}

export interface CorpusDocument {
  file: string;
  path: string;
  expected: ExpectedParse;
}

/** Every document of the corpus: each file beside a <stem>.expected.json, and the seeds the expected parses name. */
export function corpusDocuments(): CorpusDocument[] {
  const names = fs.readdirSync(CORPUS_DIR).sort();
  return names
    .filter((n) => n.endsWith('.expected.json'))
    .flatMap((json) => {
      const stem = json.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, json), 'utf8')) as ExpectedParse;
      if (expected.seedFile) return [{ file: expected.seedFile, path: path.join(SEED_DIR, expected.seedFile), expected }];
      return names.filter((n) => n.startsWith(`${stem}.`) && n !== json).map((n) => ({ file: n, path: path.join(CORPUS_DIR, n), expected }));
    });
}

export async function scoreDocument(doc: CorpusDocument): Promise<DocumentScore> {
  const bytes = new Uint8Array(fs.readFileSync(doc.path));
  try {
    return scoreProposal(doc.file, doc.expected, await readCatalogueDocument(bytes, doc.file));
  } catch (error) {
    return scoreProposal(doc.file, doc.expected, null, error instanceof Error ? error.message : String(error));
  }
}

export async function scoreCorpus(): Promise<DocumentScore[]> {
  const scores: DocumentScore[] = [];
  for (const doc of corpusDocuments()) scores.push(await scoreDocument(doc));
  return scores;
}

/** The table `npm run bench` prints: fields right / fields expected per document and in total. */
export function formatScores(scores: readonly DocumentScore[]): string {
  const pct = (r: number, e: number) => (e === 0 ? '–' : `${Math.round((100 * r) / e)} %`);
  const rows = scores.map(
    (s) =>
      `${s.file.padEnd(40)} ${`${s.right}/${s.expected}`.padStart(9)} ${pct(s.right, s.expected).padStart(6)}` +
      `${s.extra ? `  +${s.extra} extra insatser` : ''}${s.refused ? '  (avvisad)' : ''}`,
  );
  const right = scores.reduce((n, s) => n + s.right, 0);
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  return [...rows, `${'Totalt'.padEnd(40)} ${`${right}/${expected}`.padStart(9)} ${pct(right, expected).padStart(6)}`].join('\n');
}
