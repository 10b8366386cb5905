// Individuellt, i grupp or both, from "Insatsen ges individuellt eller i grupp" and the like.
import type { InsatsContent } from '../domain/insats';

export function readForm(text: string): InsatsContent['form'] {
  const m = /(?:insatsen|stödet|behandlingen|rådgivningen)\s+(?:kan\s+)?ges\s+([^.]*)/iu.exec(text);
  const phrase = m?.[1] ?? '';
  const individ = /individuell|enskil/iu.test(phrase);
  const grupp = /grupp/iu.test(phrase);
  if (individ && grupp) return 'bada';
  if (individ) return 'individuellt';
  if (grupp) return 'grupp';
  return null;
}
