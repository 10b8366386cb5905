// Documentation regime (14 kap. 3–5 §§ SoL). 14:4 (no personal circumstances) is for rådgivning only;
// a mötesplats or träffpunkt is not rådgivning. 14:5 (identity not documented) needs särskilda skäl and a
// completed risk- och konsekvensanalys, is decided per insats and never in general, and is in general not
// possible for insatser in the home or recurring talks that build on earlier notes.
import { rkaMissingSections, type RkaContent } from '../domain/rka';
import { reachesUnder18 } from './children';
import { REFERENCES, type CheckInput, type Finding } from './findings';
import { contentSources, findHit, isBlank, phrase, stem, type TextSource } from './text';

const RADGIVNING = [stem('rådgiv'), stem('rådgivning', { inCompound: true })];
/** Open activities that are not rådgivning (seed 002 §2.4.2: "mötesplatser eller träffpunkter"). */
const MOTESPLATS = [
  stem('mötesplats', { inCompound: true }),
  stem('träffpunkt', { inCompound: true }),
  stem('café', { inCompound: true }),
  stem('kafé', { inCompound: true }),
];

/** A kategori counts as rådgivning when its name says so and it is not (also) a mötesplats/träffpunkt. */
export function isRadgivningKategori(kategoriNamn: string | null): boolean {
  if (!kategoriNamn) return false;
  return findHit(kategoriNamn, RADGIVNING) !== null && findHit(kategoriNamn, MOTESPLATS) === null;
}

const HOME_BASED = [
  stem('hemtjänst', { inCompound: true }),
  stem('hembesök', { inCompound: true }),
  phrase('i (?:det egna |den enskildes |den enskildas |sitt |sina |deras |familjens |brukarens )?hemmet'),
  phrase('i (?:den enskildes|den enskildas|sitt|sina|deras|familjens|brukarens|deltagarens) hem'),
  phrase('hemma hos \\p{L}+'),
  stem('hemmiljö', { inCompound: true }),
];

const RECURRING_TALKS = [
  stem('samtalsserie', { inCompound: true }),
  phrase('återkommande (?:samtal|stödsamtal|behandlingssamtal)\\p{L}*'),
  phrase('upprepade samtal\\p{L}*'),
  phrase('serie (?:av|med) samtal\\p{L}*'),
  phrase('behandling\\p{L}* över tid'),
  phrase('(?:[2-9]|[1-9][0-9]) ?(?:[-–] ?[0-9]+ )?(?:samtal|stödsamtal|behandlingssamtal|behandlingstillfällen)'),
  phrase('(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv) (?:samtal|stödsamtal|behandlingssamtal)'),
];

const BLANKET = [
  phrase('(?:alla|samtliga) (?:\\p{L}+ )?(?:insatser|verksamheter)(?:na)?'),
  phrase('generell\\p{L}* undantag\\p{L}*'),
  phrase('hela (?:verksamheten|förvaltningen|enheten|sektorn)'),
];

function firstHit(sources: TextSource[], patterns: RegExp[]): { source: TextSource; word: string } | null {
  for (const source of sources) {
    const hit = findHit(source.text, patterns);
    if (hit) return { source, word: hit.word };
  }
  return null;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function rules144(input: CheckInput): Finding[] {
  const { content, kategoriNamn } = input;
  if (kategoriNamn === null || isBlank(kategoriNamn)) {
    return [
      {
        ruleId: 'doc-14-4-no-kategori',
        severity: 'warn',
        field: 'kategoriId',
        message:
          'Insatsen saknar kategori. Undantaget i 14 kap. 4 § gäller bara rådgivning – ange kategorin Rådgivning ' +
          'om insatsen är rådgivning, annars ska den dokumenteras enligt 14 kap. 3 §.',
        reference: REFERENCES.dok144,
      },
    ];
  }
  if (!isRadgivningKategori(kategoriNamn)) {
    const motesplats = findHit(kategoriNamn, MOTESPLATS) !== null;
    return [
      {
        ruleId: 'doc-14-4-not-radgivning',
        severity: 'block',
        field: 'dokumentation.regim',
        message:
          `Dokumentation enligt 14 kap. 4 § gäller bara rådgivning, men insatsen har kategorin ”${kategoriNamn.trim()}”.` +
          (motesplats ? ' En mötesplats eller träffpunkt är inte rådgivning.' : '') +
          ' Välj 14 kap. 3 §, eller 14 kap. 5 § med en risk- och konsekvensanalys.',
        reference: REFERENCES.dok144,
      },
    ];
  }
  const sources: TextSource[] = [{ field: 'namn', label: 'namnet', text: content.namn }, ...contentSources(content)];
  const hit = firstHit(sources, MOTESPLATS);
  if (hit) {
    return [
      {
        ruleId: 'doc-14-4-motesplats',
        severity: 'warn',
        field: hit.source.field,
        message:
          `${cap(hit.source.label)} beskriver en ”${hit.word}”. En mötesplats eller träffpunkt är inte rådgivning; ` +
          'undantaget i 14 kap. 4 § gäller bara själva rådgivningen.',
        reference: REFERENCES.dok144,
      },
    ];
  }
  return [];
}

/** A särskilda skäl text that says there are none ("inga särskilda skäl har identifierats"). */
const NO_GROUNDS = [
  phrase('inga (?:\\p{L}+ )?(?:särskilda )?skäl'),
  phrase(
    '(?:särskilda )?skäl (?:\\p{L}+ ){0,2}(?:saknas|föreligger inte|finns inte|har inte (?:kunnat )?(?:identifierats|hittats|påvisats|konstaterats)|har ej (?:kunnat )?(?:identifierats|hittats))',
  ),
  phrase('(?:finns|föreligger|framkommer|har framkommit|har funnits|har identifierats) (?:det )?(?:inte|ej) (?:några )?(?:särskilda )?skäl'),
  phrase('(?:inte|ej) (?:funnit|hittat|identifierat|kunnat identifiera|kunnat påvisa|sett) (?:några )?(?:särskilda )?skäl'),
  phrase('saknas (?:det )?(?:särskilda )?skäl'),
];

/** An avvägning or conclusion that argues against the exemption. */
const AGAINST_EXEMPTION = [
  phrase(
    '(?:undantag\\p{L}*|ett undantag) (?:\\p{L}+ ){0,3}(?:är|bedöms|anses|blir) (?:därför )?(?:inte|ej) (?:\\p{L}+ )?(?:motiverat|befogat|lämpligt|försvarbart|nödvändigt)',
  ),
  phrase('(?:behovet av )?(?:individ(?:uell|baserad)? )?uppföljning\\p{L}* (?:\\p{L}+ ){0,4}väger tyngre'),
  phrase('(?:avråder|avstyrker) (?:från )?(?:ett )?undantag\\p{L}*'),
  phrase('bör (?:inte|ej) (?:\\p{L}+ ){0,2}undanta\\p{L}*'),
  phrase('(?:talar|väger) (?:\\p{L}+ ){0,2}emot (?:ett )?undantag\\p{L}*'),
];

/**
 * Whether the analysis argues for the exemption: its särskilda skäl section may say that there are
 * none, and its avvägning may come out against the exemption while the utfall says otherwise. The
 * catalogue's "Bedömning särskilda skäl" (the conclusion) is compared with the skäl it rests on.
 */
export function rkaGroundsProblem(rka: RkaContent): string | null {
  const skalText = rka.sarskildaSkal.egenText;
  const none = findHit(skalText, NO_GROUNDS);
  if (none) return `Analysens avsnitt om särskilda skäl säger ”${none.word}”: den redovisar inga särskilda skäl för undantaget.`;
  const conclusionNone = findHit(rka.avvagning.text, NO_GROUNDS);
  if (conclusionNone) return `Analysens slutsats (Bedömning särskilda skäl) säger ”${conclusionNone.word}”.`;
  const against = findHit(rka.avvagning.text, AGAINST_EXEMPTION);
  if (against && rka.avvagning.utfall !== 'undantag_ej_motiverat') {
    return `Analysens avvägning talar emot undantaget (”${against.word}”) men utfallet anger att undantaget är motiverat.`;
  }
  return null;
}

function rules145(input: CheckInput): Finding[] {
  const { content, rka } = input;
  const findings: Finding[] = [];

  if (!rka) {
    findings.push({
      ruleId: 'doc-14-5-no-rka',
      severity: 'block',
      field: 'dokumentation.regim',
      message: 'Undantag enligt 14 kap. 5 § kräver en risk- och konsekvensanalys innan beslut. Gör analysen för insatsen.',
      reference: REFERENCES.dok145,
    });
  } else {
    const missing = rkaMissingSections(rka.content, { reachesUnder18: reachesUnder18(content) });
    if (!rka.complete || missing.length > 0) {
      const detail = missing.length > 0 ? ` Saknas: ${missing.map((m) => m.message).join(' ')}` : '';
      findings.push({
        ruleId: 'doc-14-5-no-rka',
        severity: 'block',
        field: 'dokumentation.regim',
        message:
          (rka.complete
            ? 'Risk- och konsekvensanalysen är markerad som färdig men är ofullständig.'
            : 'Risk- och konsekvensanalysen är inte markerad som färdig.') +
          ' Undantag enligt 14 kap. 5 § kräver en genomförd analys innan beslut.' +
          detail,
        reference: REFERENCES.dok145,
      });
    }
    const skal = rka.content.sarskildaSkal;
    if (skal.val.length === 0 && isBlank(skal.egenText)) {
      findings.push({
        ruleId: 'doc-14-5-no-sarskilda-skal',
        severity: 'block',
        field: 'dokumentation.regim',
        message: 'Undantag enligt 14 kap. 5 § får bara beslutas om det finns särskilda skäl. Ange skälen i analysen.',
        reference: REFERENCES.dok145,
      });
    }
    const grounds = rkaGroundsProblem(rka.content);
    if (grounds) {
      findings.push({
        ruleId: 'doc-14-5-rka-no-grounds',
        severity: 'block',
        field: 'dokumentation.regim',
        message: `${grounds} Undantag enligt 14 kap. 5 § får bara beslutas för särskilda skäl som analysen redovisar och väger mot behovet av uppföljning på individnivå.`,
        reference: REFERENCES.dok145,
      });
    }
    if (rka.content.avvagning.utfall === 'undantag_ej_motiverat') {
      findings.push({
        ruleId: 'doc-14-5-rka-negative',
        severity: 'block',
        field: 'dokumentation.regim',
        message:
          'Risk- och konsekvensanalysen kommer fram till att behovet av uppföljning på individnivå väger tyngre. ' +
          'Välj dokumentation enligt 14 kap. 3 §, eller gör om avvägningen.',
        reference: REFERENCES.dok145,
      });
    }
  }

  const sources: TextSource[] = [{ field: 'namn', label: 'namnet', text: content.namn }, ...contentSources(content)];

  const home = firstHit(sources, HOME_BASED);
  if (home) {
    findings.push({
      ruleId: 'doc-14-5-home-based',
      severity: 'warn',
      field: home.source.field,
      message:
        `${cap(home.source.label)} nämner ”${home.word}”. Vid insatser i den enskildes hem, som hemtjänst, är behovet ` +
        'av uppföljning på individnivå i allmänhet så stort att undantag från dokumentationskravet inte kan bli aktuellt.',
      reference: REFERENCES.dok145,
    });
  }

  const talks = firstHit(sources, RECURRING_TALKS);
  if (talks) {
    findings.push({
      ruleId: 'doc-14-5-recurring-talks',
      severity: 'warn',
      field: talks.source.field,
      message:
        `${cap(talks.source.label)} nämner ”${talks.word}”. Vid återkommande samtal där anteckningar från tidigare ` +
        'samtal behövs är insatsen sannolikt inte lämplig att ge utan dokumentation av identitet.',
      reference: REFERENCES.dok145,
    });
  }

  // The exemption itself is stated in the name, the documentation notes or the analysis: a blanket
  // wording there blocks. In the descriptive text ("information om alla insatser") it only warns.
  const exemptionSources: TextSource[] = [
    { field: 'namn', label: 'namnet', text: content.namn },
    { field: 'dokumentation.anteckningar', label: 'anteckningarna om dokumentation', text: content.dokumentation.anteckningar },
  ];
  if (rka) {
    exemptionSources.push(
      { field: 'dokumentation.regim', label: 'analysens beskrivning av syfte och karaktär', text: rka.content.syfteOchKaraktar },
      { field: 'dokumentation.regim', label: 'analysens avvägning', text: rka.content.avvagning.text },
    );
  }
  const strong = firstHit(exemptionSources, BLANKET);
  const blanket = strong ?? firstHit(contentSources(content), BLANKET);
  if (blanket) {
    findings.push({
      ruleId: 'doc-14-5-blanket',
      severity: strong ? 'block' : 'warn',
      field: blanket.source.field,
      message:
        `${cap(blanket.source.label)} talar om ”${blanket.word}”. Undantag enligt 14 kap. 5 § beslutas för en viss insats ` +
        'och gäller alla som deltar i just den – aldrig som ett generellt undantag för flera insatser eller en hel verksamhet.',
      reference: REFERENCES.dok145,
    });
  }
  return findings;
}

export function documentationRules(input: CheckInput): Finding[] {
  switch (input.content.dokumentation.regim) {
    case '14:4':
      return rules144(input);
    case '14:5':
      return rules145(input);
    default:
      return [];
  }
}
