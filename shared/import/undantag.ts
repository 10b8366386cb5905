// Exceptions to "folkbokförd i kommunen": Akutboendet gives "en natt, eventuellt till nästkommande
// vardag, för personer som inte är folkbokförda". The sentence naming those who are not folkbokförda
// is the undantag; failing that, a qualifier in the villkor itself ("För längre tid än …").
import { splitSentences, asSentence } from './sentences';

const NOT_FOLKBOKFORD = /\binte\s+(?:är\s+)?folkbokför/iu;

export function findFolkbokfordUndantag(paragraphs: readonly string[], villkorText: string): string {
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      if (!NOT_FOLKBOKFORD.test(sentence)) continue;
      const parts = sentence.split(/,?\s+(?:samt|men|dock)\s+/iu);
      const part = parts.find((p) => NOT_FOLKBOKFORD.test(p)) ?? sentence;
      return asSentence(part);
    }
  }
  const qualifier = /^(för\s+(?:längre|kortare)\s+tid\s+än\s+[^,]+?)\s+(?:ska|måste)\b/iu.exec(villkorText.trim());
  return qualifier ? asSentence(`Kravet gäller ${qualifier[1].charAt(0).toLowerCase()}${qualifier[1].slice(1)}`) : '';
}
