// Uppföljning: besöksstatistik or individbaserad, from the section's wording.
import type { InsatsContent } from '../domain/insats';

type Kind = NonNullable<InsatsContent['uppfoljning']['typ']>;

const KINDS: ReadonlyArray<{ typ: Kind; pattern: RegExp }> = [
  { typ: 'individbaserad', pattern: /individbaserad|på\s+individnivå|individuell\s+uppföljning/iu },
  { typ: 'besoksstatistik', pattern: /besöksstatistik|statistik|antal\s+besök/iu },
];

export function readFollowUp(text: string): { typ: Kind | null; phrase: string } {
  for (const k of KINDS) {
    const m = k.pattern.exec(text);
    if (m) return { typ: k.typ, phrase: m[0] };
  }
  return { typ: null, phrase: '' };
}
