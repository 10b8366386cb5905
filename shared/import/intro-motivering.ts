// A catalogue may justify folkbokförd once for all insatser in its introduction (seed 001: "Eftersom
// Östersunds kommun är geografiskt central i länet …"). Those sentences, up to the one that names
// folkbokföring, are the motivering of every folkbokförd villkor that has none of its own.
import { splitSentences } from './sentences';

const FOLKBOKFORD = /folkbokför/iu;

export function introFolkbokfordMotivering(introParagraphs: readonly string[]): string {
  for (const paragraph of introParagraphs) {
    if (!FOLKBOKFORD.test(paragraph)) continue;
    const sentences = splitSentences(paragraph);
    const at = sentences.findIndex((s) => FOLKBOKFORD.test(s));
    return sentences.slice(0, at + 1).join(' ');
  }
  return '';
}
