// Every rule of the legal check engine by its stable id, with a short Swedish title for checklists.
// Tests hold this list and the rules in step: a new rule id must be added here (and to the rule table).

export const RULE_IDS = [
  'excluded-kind',
  'excluded-kind-unanswered',
  'excluded-kind-borderline',
  'child-under-15-consent',
  'child-15-17-assessment',
  'doc-14-4-no-kategori',
  'doc-14-4-not-radgivning',
  'doc-14-4-motesplats',
  'doc-14-5-no-rka',
  'doc-14-5-no-sarskilda-skal',
  'doc-14-5-rka-negative',
  'doc-14-5-rka-no-grounds',
  'doc-14-5-home-based',
  'doc-14-5-recurring-talks',
  'doc-14-5-blanket',
  'villkor-assessment-wording',
  'villkor-no-motivering',
  'villkor-age-no-bounds',
  'no-uppfoljning',
  'no-folkbokforing',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_TITLES: Record<RuleId, string> = {
  'excluded-kind': 'Insatstyp som inte får ges utan behovsprövning',
  'excluded-kind-unanswered': 'Ange vad insatsen är (nämner en insatstyp som kräver behovsprövning)',
  'excluded-kind-borderline': 'Gränsfall som bör granskas juridiskt',
  'child-under-15-consent': 'Barn under 15 år: vårdnadshavares samtycke',
  'child-15-17-assessment': 'Ungdomar 15–17 år: lämplighetsbedömning eller samtycke',
  'doc-14-4-no-kategori': 'Kategori saknas (14 kap. 4 § gäller bara rådgivning)',
  'doc-14-4-not-radgivning': '14 kap. 4 § på något som inte är rådgivning',
  'doc-14-4-motesplats': 'Rådgivning som beskrivs som mötesplats eller träffpunkt',
  'doc-14-5-no-rka': '14 kap. 5 § utan genomförd risk- och konsekvensanalys',
  'doc-14-5-no-sarskilda-skal': '14 kap. 5 § utan särskilda skäl',
  'doc-14-5-rka-negative': '14 kap. 5 § som analysen inte stöder',
  'doc-14-5-rka-no-grounds': '14 kap. 5 § där analysen inte anger särskilda skäl',
  'doc-14-5-home-based': '14 kap. 5 § för en insats i hemmet',
  'doc-14-5-recurring-talks': '14 kap. 5 § för återkommande samtal',
  'doc-14-5-blanket': 'Generellt undantag från dokumentationskravet',
  'villkor-assessment-wording': 'Villkor som kräver en bedömning',
  'villkor-no-motivering': 'Villkor utan motivering',
  'villkor-age-no-bounds': 'Åldersvillkor utan åldersgräns',
  'no-uppfoljning': 'Uppföljning saknas',
  'no-folkbokforing': 'Villkoret folkbokförd i kommunen saknas',
};

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** The rule's title, or the id itself for an id this version of the app does not know. */
export function ruleTitle(id: string): string {
  return isRuleId(id) ? RULE_TITLES[id] : id;
}
