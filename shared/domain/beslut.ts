// How a beslut is written: its beteckning in the protocol and the text proposed when nothing else is written.
import { lowerFirst } from './text';

/** "2025.053 SN § 37"; the diarienummer alone until the ärende has its §. */
export function beteckning(diarienummer: string, forkortning: string, paragraf: number | null): string {
  return paragraf === null ? diarienummer : `${diarienummer} ${forkortning ? `${forkortning} ` : ''}§ ${paragraf}`.replace(/\s+/g, ' ');
}

/** What the förvaltning proposes and a bifall says by default: "Socialnämnden beslutar att anta …". */
export function defaultForslag(namnd: string, rubrik: string): string {
  return `${namnd} beslutar att anta ${lowerFirst(rubrik.trim())}.`;
}
