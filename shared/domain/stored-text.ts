// One normalisation for every name and text the app stores, as zod helpers the contract schemas use
// (through shortText, longText and requiredName in insats.ts): Unicode NFC, so "Å" typed on a Mac and
// on Windows is one name; CR and CRLF become LF; control characters other than newline and tab, and
// lone surrogate halves, are refused. A name is one line, may not hold bidi controls (which reorder
// what is shown, "\u202Eexe.pdf") and may not be empty once invisible characters are taken away.
import { z } from 'zod';

// C0 controls except TAB and LF (CR is normalised away first), DEL and the C1 controls.
// oxlint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Bidirectional formatting characters: embeddings, overrides, isolates and the directional marks. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator, Hangul fillers. */
// oxlint-disable-next-line no-misleading-character-class -- U+034F is listed alone on purpose: it shows nothing
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064\uFEFF\u3164\uFFA0\u115F\u1160]/gu;

/** The normalised form every stored text takes. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n');
}

export const hasControlCharacters = (value: string) => CONTROL.test(value);
export const hasLoneSurrogate = (value: string) => LONE_SURROGATE.test(value);
/** What is left of a name once invisible characters and white space are taken away. */
export const visibleText = (value: string) => value.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '').replace(/\s+/gu, '');

/** A stored text of at most `max` characters (after normalisation). */
export function storedText(max: number) {
  return z
    .string({ error: 'Ska vara text.' })
    .overwrite(normaliseText)
    .max(max, { error: `Får vara högst ${max} tecken.` })
    .refine((v) => !hasControlCharacters(v), { error: 'Innehåller otillåtna kontrolltecken.' })
    .refine((v) => !hasLoneSurrogate(v), { error: 'Innehåller ogiltiga tecken (en halv teckenkod).' });
}

/** A stored name: a trimmed, single-line text with something visible in it and no bidi controls. */
export function storedName(max: number) {
  return storedText(max)
    .trim()
    .min(1, { error: 'Namn måste anges.', abort: true })
    .refine((v) => !/[\n\t]/.test(v), { error: 'Ett namn ska stå på en rad.' })
    .refine((v) => !BIDI_CONTROLS.test(v), { error: 'Namnet innehåller tecken som vänder textriktningen och kan dölja vad som står.' })
    .refine((v) => visibleText(v).length > 0, { error: 'Namnet består bara av osynliga tecken.' });
}
