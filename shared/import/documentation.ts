// The documentation paragraph (14 kap. 3, 4 or 5 § SoL) from an insats's Dokumentation section, and
// the system it names ("i verksamhetssystemet Lifecare IFO", "i UNGDOK").
import type { DokumentationRegim } from '../domain/insats';
import type { Recognised, Unrecognised } from './proposal';

export interface DocumentationResult {
  regim: DokumentationRegim;
  system: string;
  /** The regime was read from the text (paragraph number or wording), not defaulted. */
  found: boolean;
  recognised: Recognised[];
  unrecognised: Unrecognised[];
}

const PARAGRAPH = /14\s*kap\.?\s*(\d)\s*§/giu;

/** Wording that names a regime without its number. */
const WORDING: ReadonlyArray<{ regim: DokumentationRegim; pattern: RegExp }> = [
  { regim: '14:5', pattern: /röja\s+(?:den\s+)?enskild\p{L}*\s+identitet|undantag\p{L}*.*personuppgifter/iu },
  { regim: '14:4', pattern: /personliga\s+förhållanden|rådgivande\s+insats/iu },
  { regim: '14:3', pattern: /på\s+individnivå/iu },
];

const SYSTEM = [
  /\bi\s+(?:verksamhetssystemet|journalsystemet|systemet|journalen)\s+([\p{L}\d][\p{L}\d .-]*?)\s*\.?$/iu,
  /socialtjänstlagen\s+i\s+(\p{Lu}[\p{L}\d .-]*?)\s*\.?$/u,
];

export function readDocumentation(text: string): DocumentationResult {
  const recognised: Recognised[] = [];
  const unrecognised: Unrecognised[] = [];
  const numbers = [...text.matchAll(PARAGRAPH)].map((m) => ({ n: m[1], phrase: m[0] }));
  let regim: DokumentationRegim | null = null;
  let source = '';
  for (const n of ['5', '4', '3']) {
    const hit = numbers.find((x) => x.n === n);
    if (hit) {
      regim = `14:${n}` as DokumentationRegim;
      source = hit.phrase;
      break;
    }
  }
  if (!regim) {
    const byWords = WORDING.find((w) => w.pattern.test(text));
    if (byWords) {
      regim = byWords.regim;
      source = byWords.pattern.exec(text)?.[0] ?? '';
      unrecognised.push({
        field: 'dokumentation',
        text,
        reason: `Paragrafen anges inte med nummer; ${byWords.regim.replace(':', ' kap. ')} § antogs av ordalydelsen.`,
      });
    }
  }
  let system = '';
  for (const line of text.split('\n')) {
    for (const pattern of SYSTEM) {
      const m = pattern.exec(line.trim());
      if (m) {
        system = m[1].trim();
        break;
      }
    }
    if (system) break;
  }
  if (regim) recognised.push({ field: 'dokumentation', label: `Dokumentation enligt 14 kap. ${regim.slice(3)} §`, source });
  if (system) recognised.push({ field: 'dokumentation', label: `Dokumentationssystem: ${system}`, source: system });
  if (!regim && text.trim())
    unrecognised.push({ field: 'dokumentation', text, reason: 'Ingen paragraf i 14 kap. kunde läsas ut; 14 kap. 3 § (huvudregeln) föreslås.' });
  return { regim: regim ?? '14:3', system, found: regim !== null, recognised, unrecognised };
}
