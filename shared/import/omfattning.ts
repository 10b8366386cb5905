// Omfattning: how much of the insats a person gets ("8–10 träffar", "fem föräldrasamtal", "18 träffar
// under sex veckor"). A sentence counts when it puts a number before a unit of sessions or time.
import { splitSentences } from './sentences';

const COUNT = '(?:\\d+(?:[,.]\\d+)?(?:\\s*[-–]\\s*\\d+)?|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo)';
const UNIT = '(?:\\p{L}*träff(?:ar)?|tillfällen|\\p{L}*samtal|gånger|veckor|månader|timm(?:e|ar)|dagar|sessioner)';
// "5 strukturerade samtal" counts; "ett gemensamt samtal" is an article, so en/ett must stand right before the unit.
const OMFATTNING = new RegExp(`(?<![\\p{L}\\d])(?:${COUNT}\\s+(?:\\p{L}+\\s+)?|(?:en|ett)\\s+)${UNIT}(?![\\p{L}])`, 'iu');

export function isOmfattningSentence(sentence: string): boolean {
  return OMFATTNING.test(sentence);
}

export function omfattningSentences(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap(splitSentences).filter(isOmfattningSentence);
}
