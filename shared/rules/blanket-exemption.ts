// A blanket exemption from documentation written in a decision-level text (beslutstext,
// tjänsteskrivelse, förslag till beslut): 14 kap. 5 § SoL allows an exemption for one specific insats
// after a risk- och konsekvensanalys, never for several insatser or a whole verksamhet. Pure, so the
// importer can call it on a tjänsteskrivelse and the services on a beslut text.
import { REFERENCES, type Finding } from './findings';
import { findHit, phrase } from './text';
import { splitSentencesSimple } from './sentences-simple';

/** An exemption or non-documentation stated in the sentence. */
const EXEMPTION = [
  phrase('undant\\p{L}*'),
  phrase('(?:inte|ej) (?:\\p{L}+ ){0,2}dokumentera\\p{L}*'),
  phrase('utan (?:\\p{L}+ )?dokumentation\\p{L}*'),
  phrase('dokumentationskrav\\p{L}* (?:\\p{L}+ ){0,2}(?:gäller inte|tas bort|slopas)'),
];

/** The exemption covers more than one insats. */
const BLANKET = [
  phrase('(?:alla|samtliga|varje|övriga) (?:\\p{L}+ ){0,2}(?:insatser|insatserna|verksamheter|verksamheterna)'),
  phrase('(?:hela|all) (?:\\p{L}+ )?(?:verksamheten|förvaltningen|enheten|sektorn|katalogen|öppenvården)'),
  phrase('generell\\p{L}* (?:\\p{L}+ )?undant\\p{L}*'),
  phrase('undantag\\p{L}* (?:\\p{L}+ ){0,3}generellt'),
  phrase('(?:de|dessa) (?:\\p{L}+ )?insatser som (?:ingår|finns|räknas upp) i (?:katalogen|förteckningen|bilagan)'),
];

/** Blocking findings, one per sentence, for a blanket exemption in `text`; `field` names where it stands. */
export function findBlanketExemption(text: string, field = 'beslutstext'): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of splitSentencesSimple(text)) {
    const exemption = findHit(sentence, EXEMPTION);
    const blanket = exemption ? findHit(sentence, BLANKET) : null;
    if (!exemption || !blanket) continue;
    findings.push({
      ruleId: 'doc-14-5-blanket',
      severity: 'block',
      field,
      message:
        `Texten talar om ”${exemption.word}” för ”${blanket.word}”: ”${sentence.trim()}” Undantag från dokumentation enligt ` +
        '14 kap. 5 § beslutas för en viss insats efter en risk- och konsekvensanalys, aldrig generellt för flera insatser eller en hel verksamhet.',
      reference: REFERENCES.dok145,
    });
  }
  return findings;
}
