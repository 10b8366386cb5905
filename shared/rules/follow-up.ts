// Follow-up (5 kap. 1–2 §§ SoL): good quality and systematic follow-up also for IUB; every insats names
// how it is followed up (besöksstatistik or individbaserad uppföljning).
import { REFERENCES, type CheckInput, type Finding } from './findings';
import { isBlank } from './text';

export function followUpRules(input: CheckInput): Finding[] {
  const { uppfoljning } = input.content;
  if (uppfoljning.typ === null && isBlank(uppfoljning.text)) {
    return [
      {
        ruleId: 'no-uppfoljning',
        severity: 'warn',
        field: 'uppfoljning',
        message: 'Ange hur insatsen följs upp, till exempel besöksstatistik eller individbaserad uppföljning.',
        reference: REFERENCES.kvalitet,
      },
    ];
  }
  return [];
}
