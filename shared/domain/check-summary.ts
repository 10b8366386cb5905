// The legal check's summary lines, the same on the command line (`iub check`) and on Översikt: the
// catalogue in force apart from the versions under work (issue 17 item 7).

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Gällande katalog: 2 spärrar (25 beslutade versioner kontrollerade med dagens regler)." */
export function gallandeSummary(blocking: number, versions: number): string {
  return `Gällande katalog: ${plural(blocking, 'spärr', 'spärrar')} (${plural(versions, 'beslutad version', 'beslutade versioner')} kontrollerade med dagens regler).`;
}

/** "Under arbete: 1 spärr (3 versioner)." */
export function underWorkSummary(blocking: number, versions: number): string {
  return `Under arbete: ${plural(blocking, 'spärr', 'spärrar')} (${plural(versions, 'version', 'versioner')}).`;
}

export const GALLANDE_BLOCK_ADVICE = 'Spärrar i den gällande katalogen rättas i en ny version som nämnden beslutar.';
