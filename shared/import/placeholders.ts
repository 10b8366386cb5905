// Texts that stand for "nothing here": the app's own catalogue document writes them for empty fields, so
// a re-imported export must read them as empty, not as content.
export const PLACEHOLDERS: readonly RegExp[] = [/^uppgift saknas\.?$/iu, /^ingen särskild metod anges\.?$/iu, /^ej fastställt\.?$/iu, /^[–-]$/u];

export const isPlaceholder = (text: string) => PLACEHOLDERS.some((p) => p.test(text.trim()));
