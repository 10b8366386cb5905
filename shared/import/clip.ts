// The content model caps text lengths and list sizes (a hostile or runaway document must not bloat the
// database); a proposal is cut to fit, and the cut is reported rather than failing the whole import.
import { LONG_TEXT, SHORT_TEXT } from '../domain/insats';
import type { PortableInsatsContent } from '../domain/portable';

const MAX_METODER = 100;
const MAX_VILLKOR = 50;

export function clipContent(content: PortableInsatsContent): { content: PortableInsatsContent; clipped: string[] } {
  const clipped: string[] = [];
  const long = (field: string, text: string) => {
    if (text.length <= LONG_TEXT) return text;
    clipped.push(field);
    return text.slice(0, LONG_TEXT);
  };
  const short = (field: string, text: string) => {
    if (text.length <= SHORT_TEXT) return text;
    clipped.push(field);
    return text.slice(0, SHORT_TEXT);
  };
  if (content.metoder.length > MAX_METODER) clipped.push('metoder');
  if (content.villkor.length > MAX_VILLKOR) clipped.push('villkor');
  return {
    content: {
      ...content,
      namn: short('namn', content.namn),
      innehall: long('innehåll', content.innehall),
      malgrupp: long('målgrupp', content.malgrupp),
      utforare: short('utförare', content.utforare),
      metoder: content.metoder.slice(0, MAX_METODER).map((m) => ({
        namn: short('metodnamn', m.namn),
        beskrivning: long('metodbeskrivning', m.beskrivning),
        malgrupp: long('metodens målgrupp', m.malgrupp),
        omfattning: long('omfattning', m.omfattning),
      })),
      villkor: content.villkor.slice(0, MAX_VILLKOR).map((v) => ({
        ...v,
        text: long('villkor', v.text),
        motivering: long('motivering', v.motivering),
        kommun: short('kommun', v.kommun),
        undantag: long('undantag', v.undantag),
        tidigareInsats: short('tidigare insats', v.tidigareInsats),
        dokument: short('dokument', v.dokument),
      })),
      aktualisering: { ...content.aktualisering, text: long('aktualisering', content.aktualisering.text) },
      dokumentation: {
        ...content.dokumentation,
        system: short('dokumentationssystem', content.dokumentation.system),
        anteckningar: long('dokumentation', content.dokumentation.anteckningar),
      },
      uppfoljning: { ...content.uppfoljning, text: long('uppföljning', content.uppfoljning.text) },
    },
    clipped: [...new Set(clipped)],
  };
}
