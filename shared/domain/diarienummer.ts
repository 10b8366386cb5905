// Diarienummer in the municipality's own format, set in Inställningar as a pattern:
// `{year}.{seq:000}` gives 2025.053, `SN {year}/{seq}` gives SN 2025/53. Pure: no I/O.

interface PatternParts {
  /** Width of the zero-padded sequence ({seq:000} → 3), 0 when not padded. */
  width: number;
  regex: RegExp;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(pattern: string): PatternParts {
  const seqMatch = pattern.match(/\{seq(?::(0+))?\}/);
  const width = seqMatch?.[1]?.length ?? 0;
  // Split on the two placeholders and escape the literal text between them.
  const source = pattern
    .split(/(\{year\}|\{seq(?::0+)?\})/)
    .map((part) => {
      if (part === '{year}') return '(?<year>\\d{4})';
      if (/^\{seq(?::0+)?\}$/.test(part)) return '(?<seq>\\d+)';
      return escapeRegex(part);
    })
    .join('');
  return { width, regex: new RegExp(`^${source}$`) };
}

export function formatDiarienummer(pattern: string, year: number, seq: number): string {
  const { width } = compile(pattern);
  return pattern.replace('{year}', String(year)).replace(/\{seq(?::0+)?\}/, String(seq).padStart(width, '0'));
}

/** The year and sequence number of a diarienummer written in the pattern, or null when it does not fit. */
export function parseDiarienummer(pattern: string, diarienummer: string): { year: number; seq: number } | null {
  const match = compile(pattern).regex.exec(diarienummer.trim());
  if (!match?.groups) return null;
  return { year: Number(match.groups.year), seq: Number(match.groups.seq) };
}

/** The next free sequence number of the year: one above the highest used, so a number is never given twice. */
export function nextSequence(pattern: string, year: number, used: readonly string[]): number {
  let max = 0;
  for (const number of used) {
    const parsed = parseDiarienummer(pattern, number);
    if (parsed && parsed.year === year && parsed.seq > max) max = parsed.seq;
  }
  return max + 1;
}
