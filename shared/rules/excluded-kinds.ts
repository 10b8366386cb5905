// Insatser that may never be provided without individual needs assessment (11 kap. 5 § SoL; seed 002
// §2.2.2), recognised from the name, the kategori and the descriptive text. A match in the name or the
// kategori blocks; a match only in the text warns (the text may merely mention such an insats, e.g.
// "för barn som bor i familjehem"). Either can be dismissed as a false alarm with a reason.
import { REFERENCES, type CheckInput, type Finding, type KindAnswer } from './findings';
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

/**
 * What an insats for economic needs hands out or pays, as Swedish writes it. Compounds are matched by
 * their head ("matkasse", "hyresskuld", "elräkning" end in kasse/skuld/räkning), inflections by the tail;
 * a stemmer (Snowball) strips endings but does not split compounds, so a word list is used.
 */
/** A debt or a bill, alone or as the head of a compound ("hyresskulden", "elräkningar", "hyran"). */
const DEBT_OR_BILL = '\\p{L}*(?:skuld|skulder|skulden|skulderna|räkning|räkningar|räkningen|räkningarna|hyra|hyran|hyror)';

const DET = '(?:den|det|de|sin|sitt|sina|en|ett|hushållets|familjens)';

const ECONOMIC_NEEDS: readonly RegExp[] = [
  stem('matkass', { inCompound: true }),
  stem('matpaket', { inCompound: true }),
  stem('matkort', { inCompound: true }),
  stem('matkupong', { inCompound: true }),
  stem('matcheck', { inCompound: true }),
  stem('livsmedelskort', { inCompound: true }),
  stem('livsmedelscheck', { inCompound: true }),
  stem('presentkort', { inCompound: true }),
  stem('värdekort', { inCompound: true }),
  stem('värdecheck', { inCompound: true }),
  stem('värdebevis', { inCompound: true }),
  phrase('voucher\\p{L}*'),
  stem('kontantstöd', { inCompound: true }),
  stem('kontantbidrag', { inCompound: true }),
  stem('nödbistånd', { inCompound: true }),
  stem('nödhjälp', { inCompound: true }),
  // Money towards a debt or a bill (hyresskuld, elräkning are compounds: matched by their head). A debt
  // only described as the person's situation ("rådgivning till personer med hyresskulder") is not.
  phrase(`(?:hjälp|stöd)\\p{L}* (?:med|till|för) (?:${DET} )?${DEBT_OR_BILL}`),
  phrase(`(?:bidrag|pengar|ersättning|betalning|kontanter)\\p{L}* (?:med|till|för|av) (?:att )?(?:betala |täcka |lösa )?(?:${DET} )?${DEBT_OR_BILL}`),
  phrase(`(?:täcka|lösa|reglera|ersätta|betala av)\\p{L}* (?:${DET} )?${DEBT_OR_BILL}`),
  phrase(`\\p{L}*(?:skulds?|räknings?|hyres?)(?:hjälp|stöd|bidrag|betalning)\\p{L}*`),
  stem('hyresbidrag', { inCompound: true }),
  stem('matbidrag', { inCompound: true }),
  stem('elbidrag', { inCompound: true }),
  phrase('ekonomisk\\p{L}* (?:stöd|hjälp|bidrag|ersättning|tillskott)\\p{L}*'),
  phrase('(?:pengar|kontanter|kontant ersättning) (?:till|för|att) \\p{L}+'),
  phrase('(?:fått|har) slut på pengar\\p{L}*|slut på pengarna|saknar pengar\\p{L}*|utan pengar'),
  phrase('(?:akut|tillfällig)\\p{L}* (?:ekonomisk\\p{L}* )?(?:penningbrist|pengabrist|ekonomisk\\p{L}* kris|ekonomisk\\p{L}* nöd)'),
  phrase('(?:penningbrist|pengabrist)'),
];

/** Words with those parts that are advice or counting, not economic help ("skuldrådgivning", "beräkning"). */
const ECONOMIC_EXCEPTIONS: readonly RegExp[] = [/rådgiv/u, /sanering/u, /(?:be|ut|om|fram)räkn/u, /känsl/u];

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
    // 11 kap. 5 § excludes insatser for economic needs whatever they are called: what is handed out
    // (a matkasse, a voucher, money towards a bill or a debt) is recognised as well as the name.
    patterns: [phrase('ekonomiskt? bistånd\\p{L}*'), ...ECONOMIC_NEEDS],
    namePatterns: [stem('försörjningsstöd', { inCompound: true })],
    exceptions: [...ECONOMIC_EXCEPTIONS],
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

/**
 * Kinds the law does not list for adults but that may still be heldygnsvård or rest on an assessment
 * of need (skyddat boende for adults, other stays around the clock): a warning that asks for legal
 * review, never a block on the list alone and never a silent pass.
 */
export const BORDERLINE_KINDS: readonly ExcludedKind[] = [
  {
    id: 'skyddat-boende-vuxna',
    label: 'skyddat boende för vuxna',
    patterns: [phrase('skydd(?:at|ade) boende\\p{L}*'), stem('skyddsboende', { inCompound: true }), stem('skyddslägenhet', { inCompound: true })],
  },
  {
    id: 'vistelse-dygnet-runt',
    label: 'vistelse dygnet runt',
    patterns: [
      phrase('(?:vistelse|vistas|boende|bor|bo|placering|placeras|övernattning|stanna)\\p{L}* (?:\\p{L}+ ){0,4}dygnet runt'),
      phrase('dygnet runt[- ](?:vistelse|boende|placering)\\p{L}*'),
      stem('dygnsvistelse', { inCompound: true }),
      stem('heldygnsvistelse', { inCompound: true }),
    ],
  },
];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A content-only hit answered by the user: "är" blocks as a name hit would, "är inte" is recorded. */
function answeredFinding(kind: ExcludedKind, found: Located, answer: KindAnswer): Finding {
  return answer.answer === 'ar'
    ? {
        ruleId: 'excluded-kind',
        severity: 'block',
        field: found.field,
        message: `Enligt svaret är insatsen ${kind.label}, som inte får tillhandahållas utan individuell behovsprövning (”${answer.reason.trim()}”).`,
        reference: REFERENCES.iub,
        kindId: kind.id,
      }
    : {
        ruleId: 'excluded-kind',
        severity: 'info',
        field: found.field,
        message: `${capital(found.where)} nämner ”${found.hit.word}”. Besvarat: insatsen är inte ${kind.label} – ”${answer.reason.trim()}”.`,
        reference: REFERENCES.iub,
        kindId: kind.id,
      };
}

export function excludedKindRules(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const youngest = youngestAge(input);
  const answers = new Map((input.kindAnswers ?? []).filter((a) => a.reason.trim() !== '').map((a) => [a.kindId, a]));
  for (const kind of EXCLUDED_KINDS) {
    // Placements are excluded only for children and young people up to 21; an insats whose
    // access age starts at 21 is not affected. Unknown age counts as reaching them.
    if (kind.youngOnly && youngest !== null && youngest >= 21) continue;
    const found = locate(kind, input);
    if (!found) continue;
    if (found.strong) {
      findings.push({
        ruleId: 'excluded-kind',
        severity: 'block',
        field: found.field,
        message:
          `${capital(kind.label)} får inte tillhandahållas utan individuell behovsprövning. ` + `${capital(found.where)} innehåller ”${found.hit.word}”.`,
        reference: REFERENCES.iub,
        kindId: kind.id,
      });
      continue;
    }
    const answer = answers.get(kind.id);
    if (answer) {
      findings.push(answeredFinding(kind, found, answer));
      continue;
    }
    findings.push(
      {
        ruleId: 'excluded-kind',
        severity: 'warn',
        field: found.field,
        message:
          `${capital(found.where)} nämner ”${found.hit.word}”. ` +
          `Kontrollera att insatsen inte är ${kind.label}, som inte får tillhandahållas utan individuell behovsprövning.`,
        reference: REFERENCES.iub,
        kindId: kind.id,
      },
      {
        ruleId: 'excluded-kind-unanswered',
        severity: 'block',
        field: found.field,
        message:
          `${capital(found.where)} nämner ”${found.hit.word}”. Ange vad insatsen är – om den är ${kind.label} eller inte, ` +
          'med en motivering – innan den kan bli redo för beslut.',
        reference: REFERENCES.iub,
        kindId: kind.id,
      },
    );
  }
  findings.push(...borderlineFindings(input, findings));
  return findings;
}

/** Borderline kinds (not listed for adults): warn with a request for legal review. */
function borderlineFindings(input: CheckInput, already: readonly Finding[]): Finding[] {
  // A placement of young people already found (unknown age) says more than the borderline warning.
  if (already.some((f) => f.kindId === 'placering-unga' || f.kindId === 'heldygnsvard')) return [];
  const out: Finding[] = [];
  for (const kind of BORDERLINE_KINDS) {
    const found = locate(kind, input);
    if (!found) continue;
    out.push({
      ruleId: 'excluded-kind-borderline',
      severity: 'warn',
      field: found.field,
      message:
        `${capital(found.where)} ${found.strong ? 'innehåller' : 'nämner'} ”${found.hit.word}”. ` +
        `Lagen räknar inte upp ${kind.label} bland de insatser som inte får ges utan behovsprövning, men en sådan ` +
        'vistelse kan vara heldygnsvård och vila på en bedömning av behovet av skydd eller vård. Låt en jurist granska ' +
        'att insatsen får ges utan individuell behovsprövning.',
      reference: REFERENCES.granskning,
      kindId: kind.id,
    });
  }
  return out;
}
