// The column headers of a row-per-insats table (a "kartläggning" in a spreadsheet or a Word table): each
// maps to what its cells hold. Data, not code: a kommun's own header is added by an import profile.
import { editDistance, headingKey, typoAllowance } from './fuzzy';

export const COLUMN_KEYS = [
  'nummer',
  'namn',
  'innehall',
  'malgrupp',
  'alder',
  'villkor',
  'motivering',
  'lamplighet',
  'dokumentation',
  'bedomning',
  'uppfoljning',
  'metod',
  'omfattning',
  'utforare',
  'kontakt',
  'kategori',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** A column the user chose to leave out of the proposal. */
export const IGNORED_COLUMN = 'ignorera';
export type ColumnChoice = ColumnKey | typeof IGNORED_COLUMN;

/** The Swedish name of each column meaning, as the review screen offers it. */
export const COLUMN_LABELS: Readonly<Record<ColumnKey, string>> = {
  nummer: 'Nummer',
  namn: 'Insatsens namn',
  innehall: 'Innehåll',
  malgrupp: 'Målgrupp',
  alder: 'Ålder',
  villkor: 'Villkor',
  motivering: 'Motivering',
  lamplighet: 'Lämplighetsbedömning',
  dokumentation: 'Dokumentation',
  bedomning: 'Bedömning av särskilda skäl',
  uppfoljning: 'Uppföljning',
  metod: 'Metod',
  omfattning: 'Omfattning',
  utforare: 'Utförare',
  kontakt: 'Kontakt',
  kategori: 'Kategori',
};

export const COLUMN_WORDS: ReadonlyArray<{ key: ColumnKey; words: readonly string[] }> = [
  { key: 'nummer', words: ['nr', 'nummer', 'id', 'löpnummer', 'löpnr', '#', 'insatsnummer', 'insats nr'] },
  { key: 'namn', words: ['insats', 'namn', 'insatsens namn', 'insatsnamn', 'benämning', 'insatser'] },
  { key: 'innehall', words: ['beskrivning', 'innehåll', 'insatsens innehåll', 'kort beskrivning', 'innehåll och genomförande'] },
  { key: 'malgrupp', words: ['målgrupp', 'målgrupper', 'för vem', 'vem vänder sig insatsen till'] },
  { key: 'alder', words: ['åldersgräns', 'ålder', 'åldrar', 'åldersintervall', 'åldersgrupp'] },
  { key: 'villkor', words: ['villkor', 'förutsättningar', 'krav', 'villkor för insatsen'] },
  { key: 'motivering', words: ['motivering', 'motivering till villkoren'] },
  { key: 'lamplighet', words: ['lämplighetsbedömning', 'lämplighetsprövning'] },
  { key: 'dokumentation', words: ['dokumentation', 'lagrum', 'dokumentationsform', 'journalföring', 'dokumentation lagrum'] },
  { key: 'bedomning', words: ['särskilda skäl', 'bedömning särskilda skäl', 'bedömning av särskilda skäl'] },
  { key: 'uppfoljning', words: ['uppföljning', 'utvärdering', 'uppföljning och utvärdering'] },
  { key: 'metod', words: ['metod', 'metoder', 'arbetsmetod'] },
  { key: 'omfattning', words: ['omfattning'] },
  { key: 'utforare', words: ['utförare', 'ansvarig enhet', 'utförande enhet', 'enhet', 'verksamhet'] },
  { key: 'kontakt', words: ['kontakt', 'kontaktuppgifter', 'e-post', 'epost', 'telefon', 'kontaktperson'] },
  { key: 'kategori', words: ['kategori', 'område', 'verksamhetsområde', 'sektor'] },
];

/** The form a header is compared (and stored in a profile) in: "Dokumentation (lagrum)" → "dokumentation lagrum". */
export function columnKey(header: string): string {
  return headingKey(header.replace(/[()[\]]/g, ' ')).replace(/\s+/g, ' ');
}

/** What a column header means, by the vocabulary and then the kommun's own choices; null when unknown. */
export function matchColumn(header: string, extra: Readonly<Record<string, ColumnChoice>> = {}): ColumnChoice | null {
  const key = columnKey(header);
  if (!key || key.length > 60) return null;
  if (extra[key]) return extra[key];
  for (const spec of COLUMN_WORDS) if (spec.words.includes(key)) return spec.key;
  // "Dokumentation (lagrum)" and "Villkor för deltagande": the first words decide when the rest is a qualifier.
  const first = key.split(' ')[0];
  for (const spec of COLUMN_WORDS) if (spec.words.includes(first) && first.length >= 5) return spec.key;
  for (const spec of COLUMN_WORDS)
    for (const word of spec.words) {
      const allowance = typoAllowance(word.length);
      if (allowance > 0 && editDistance(key, word, allowance) <= allowance) return spec.key;
    }
  return null;
}
