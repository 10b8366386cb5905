// Insatser that may never be provided without individual needs assessment (11 kap. 5 § SoL; seed 002
// §2.2.2), recognised from the name, the kategori and the descriptive text. A match in the name or the
// kategori blocks; a match only in the text warns (the text may merely mention such an insats, e.g.
// "för barn som bor i familjehem"). Either can be dismissed as a false alarm with a reason.
import { REFERENCES, type CheckInput, type Finding } from './findings';
import { accessAgeSpan } from './children';
import { contentSources, findHit, phrase, stem, type TextHit } from './text';

export interface ExcludedKind {
  id: string;
  /** Swedish, as the law lists it. */
  label: string;
  /** Recognised in the name, the kategori and the text. */
  patterns: RegExp[];
  /** Recognised in the name and the kategori only (words that are commonly just mentioned in texts). */
  namePatterns?: RegExp[];
  /** Whole words that contain a pattern but are not this kind. */
  exceptions?: RegExp[];
  /** Excluded only for children and young people up to 21. */
  youngOnly?: boolean;
}

export const EXCLUDED_KINDS: readonly ExcludedKind[] = [
  {
    id: 'kontaktperson',
    label: 'kontaktperson, kontaktfamilj eller kvalificerad kontaktperson',
    patterns: [stem('kontaktperson', { inCompound: true }), stem('kontaktfamilj', { inCompound: true })],
  },
  {
    id: 'familjehem',
    label: 'vård i familjehem',
    patterns: [stem('familjehem', { inCompound: true })],
    // Support for placed children or for the foster parents themselves is not vård i familjehem.
    exceptions: [/^familjehemsplacera/u, /^familjehemsföräld/u],
  },
  {
    id: 'lvm-sis',
    label: 'vård i LVM-hem eller särskilda ungdomshem',
    patterns: [
      phrase('lvm[- ]?hem\\p{L}*'),
      stem('ungdomshem', { inCompound: true }),
      phrase('sis[- ]?(?:hem|institution)\\p{L}*'),
      phrase('statens institutionsstyrelse'),
    ],
  },
  {
    id: 'placering-unga',
    label: 'vård av barn eller unga upp till 21 år i jourhem, stödboende, skyddat boende eller annat hem för vård eller boende',
    patterns: [
      stem('jourhem', { inCompound: true }),
      stem('stödboende', { inCompound: true }),
      phrase('skydd(?:at|ade) boende\\p{L}*'),
      stem('skyddsboende', { inCompound: true }),
      phrase('hvb(?:-hem\\p{L}*)?'),
      phrase('hem för vård (?:eller|och) boende'),
    ],
    youngOnly: true,
  },
  {
    id: 'boende-aldre-funktionsnedsattning',
    label: 'bostad i ett boende för äldre personer eller för personer med funktionsnedsättning',
    patterns: [
      stem('äldreboende', { inCompound: true }),
      stem('omsorgsboende', { inCompound: true }),
      stem('demensboende', { inCompound: true }),
      phrase('särskil(?:t|da) boende(?:t|n|na)?'),
      phrase('boende(?:n|t)? för äldre'),
      phrase('boende(?:n|t)? för (?:personer med )?funktionsnedsättning\\p{L}*'),
      stem('gruppbostad', { inCompound: true }),
      stem('servicebostad', { inCompound: true }),
      phrase('bostad(?:er)? med särskild service'),
      phrase('lss-boende\\p{L}*'),
    ],
  },
  {
    id: 'heldygnsvard',
    label: 'vård i hem för viss annan heldygnsvård',
    patterns: [stem('dygnsvård', { inCompound: true }), stem('behandlingshem', { inCompound: true })],
  },
  {
    id: 'ekonomiskt-bistand',
    label: 'ekonomiskt bistånd (insatser för ekonomiska behov)',
    patterns: [phrase('ekonomiskt? bistånd\\p{L}*')],
    namePatterns: [stem('försörjningsstöd', { inCompound: true })],
  },
];

/** The youngest age in reach, or null when no age is stated. */
function youngestAge(input: CheckInput): number | null {
  const span = accessAgeSpan(input.content);
  return span ? span.min : null;
}

interface Located {
  field: string;
  where: string;
  hit: TextHit;
  strong: boolean;
}

function locate(kind: ExcludedKind, input: CheckInput): Located | null {
  const namePatterns = [...kind.patterns, ...(kind.namePatterns ?? [])];
  const exceptions = kind.exceptions ?? [];
  const nameHit = findHit(input.content.namn, namePatterns, exceptions);
  if (nameHit) return { field: 'namn', where: 'namnet', hit: nameHit, strong: true };
  if (input.kategoriNamn) {
    const katHit = findHit(input.kategoriNamn, namePatterns, exceptions);
    if (katHit) return { field: 'kategoriId', where: `kategorin ”${input.kategoriNamn}”`, hit: katHit, strong: true };
  }
  for (const source of contentSources(input.content)) {
    const hit = findHit(source.text, kind.patterns, exceptions);
    if (hit) return { field: source.field, where: source.label, hit, strong: false };
  }
  return null;
}

export function excludedKindRules(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const youngest = youngestAge(input);
  for (const kind of EXCLUDED_KINDS) {
    // Placements are excluded only for children and young people up to 21; an insats whose
    // access age starts at 21 is not affected. Unknown age counts as reaching them.
    if (kind.youngOnly && youngest !== null && youngest >= 21) continue;
    const found = locate(kind, input);
    if (!found) continue;
    const capital = kind.label.charAt(0).toUpperCase() + kind.label.slice(1);
    findings.push(
      found.strong
        ? {
            ruleId: 'excluded-kind',
            severity: 'block',
            field: found.field,
            message:
              `${capital} får inte tillhandahållas utan individuell behovsprövning. ` +
              `${found.where.charAt(0).toUpperCase() + found.where.slice(1)} innehåller ”${found.hit.word}”.`,
            reference: REFERENCES.iub,
          }
        : {
            ruleId: 'excluded-kind',
            severity: 'warn',
            field: found.field,
            message:
              `${found.where.charAt(0).toUpperCase() + found.where.slice(1)} nämner ”${found.hit.word}”. ` +
              `Kontrollera att insatsen inte är ${kind.label}, som inte får tillhandahållas utan individuell behovsprövning.`,
            reference: REFERENCES.iub,
          },
    );
  }
  return findings;
}
