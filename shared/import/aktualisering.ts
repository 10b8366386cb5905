// How a person comes to the insats (aktualisering): the channels named in the sentences about it.
import { AKTUALISERING_KANALER } from '../domain/insats';
import { splitSentences } from './sentences';

type Kanal = (typeof AKTUALISERING_KANALER)[number];

const CHANNELS: ReadonlyArray<{ kanal: Kanal; pattern: RegExp }> = [
  { kanal: 'kundcenter', pattern: /kundcenter/iu },
  {
    kanal: 'sjalvremiss',
    pattern:
      /självremiss|själv\s+(?:ta|tar)\s+kontakt|själva\s+(?:kontakt|kontaktar|tar\s+kontakt)|kontaktar\s+själv|söker\s+(?:denna\s+insats\s+)?direkt|telefonsamtal|på\s+plats/iu,
  },
  { kanal: 'app', pattern: /\bapp\b|e-tjänst/iu },
  { kanal: 'behandlare', pattern: /behandlare/iu },
  { kanal: 'annan', pattern: /samverkan|socialsekreterare|arbetsförmedlingen|remiss\s+från/iu },
];

const ABOUT_ACCESS = /aktualiser|tar\s+(?:själv\s+)?kontakt|kontaktar/iu;

export function readAktualisering(paragraphs: readonly string[]): { kanaler: Kanal[]; text: string } {
  const sentences = paragraphs.flatMap(splitSentences).filter((s) => ABOUT_ACCESS.test(s));
  const text = sentences.join(' ');
  const kanaler = CHANNELS.filter((c) => c.pattern.test(text)).map((c) => c.kanal);
  return { kanaler, text };
}
