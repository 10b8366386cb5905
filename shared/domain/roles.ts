// Who may do what in a shared catalogue (issue 18). On PostgreSQL the database enforces it (GRANTs and
// row-level security, migrations/postgres/0013_roller.sql); this module only tells the UI which actions to
// disable and why. On a local SQLite file the one user has every right.

export const ROLLER = ['lokal', 'agare', 'sekreterare', 'verksamhetsutvecklare', 'lasare', 'ingen'] as const;
export type Roll = (typeof ROLLER)[number];

export const ROLL_NAMN: Record<Roll, string> = {
  lokal: 'Lokal databas (alla behörigheter)',
  agare: 'Databasens ägare (alla behörigheter)',
  sekreterare: 'Nämndsekreterare',
  verksamhetsutvecklare: 'Verksamhetsutvecklare',
  lasare: 'Läsare',
  ingen: 'Ingen roll i katalogen',
};

/** The kinds of action the UI gates; each maps to the grants of one role. */
export const ATGARDER = ['sammantraden', 'arenden', 'beslut', 'installningar', 'utkast', 'rka', 'paminnelser'] as const;
export type Atgard = (typeof ATGARDER)[number];

const SEKRETERARE: Atgard[] = ['sammantraden', 'arenden', 'beslut', 'installningar'];
const VERKSAMHETSUTVECKLARE: Atgard[] = ['utkast', 'rka', 'paminnelser'];

const GORS_AV: Record<Atgard, string> = {
  sammantraden: 'Sammanträden hanteras av nämndsekreteraren.',
  arenden: 'Ärenden hanteras av nämndsekreteraren.',
  beslut: 'Beslut registreras av nämndsekreteraren.',
  installningar: 'Inställningarna ändras av nämndsekreteraren.',
  utkast: 'Utkast och förslag skrivs av verksamhetsutvecklarna.',
  rka: 'Risk- och konsekvensanalyser skrivs av verksamhetsutvecklarna.',
  paminnelser: 'Påminnelser hanteras av verksamhetsutvecklarna.',
};

/** null when the role may take the action; otherwise the Swedish reason to show beside the disabled control. */
export function skalAttInteFa(roll: Roll, atgard: Atgard): string | null {
  if (roll === 'lokal' || roll === 'agare') return null;
  if (roll === 'sekreterare' && SEKRETERARE.includes(atgard)) return null;
  if (roll === 'verksamhetsutvecklare' && VERKSAMHETSUTVECKLARE.includes(atgard)) return null;
  const du =
    roll === 'lasare' ? 'Du har läsbehörighet.' : roll === 'ingen' ? 'Du har ingen roll i katalogen.' : `Din roll är ${ROLL_NAMN[roll].toLowerCase()}.`;
  return `${du} ${GORS_AV[atgard]}`;
}

export function behorigheter(roll: Roll): Record<Atgard, string | null> {
  return Object.fromEntries(ATGARDER.map((a) => [a, skalAttInteFa(roll, a)])) as Record<Atgard, string | null>;
}
