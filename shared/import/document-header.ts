// The document's title, nämnd and kommun, from its first lines: "Bilaga 1; Insatser som social- och
// arbetsmarknadsnämnden tillhandahåller utan behovsprövning", "Insatser utan individuell
// behovsprövning Socialnämnden".
import type { Line } from './lines';

const NAMND = /((?:[\p{L}-]+\s+och\s+)?[\p{L}-]*nämnden?)\b/iu;
const TITLE_HINT = /insatser|behovsprövning|förteckning|katalog|riktlinje/iu;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

export interface DocumentHeader {
  titel: string;
  namnd: string;
}

/** `head` is the lines before the table of contents or the first heading. */
/** A Word heading numbers the title too ("1. Riktlinje för insatser …"): the number is not part of it. */
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/u;

export function readDocumentHeader(head: readonly Line[], beslutandeInstans: string): DocumentHeader {
  const titleLine = head.find((l) => TITLE_HINT.test(l.text) && l.text.split(/\s+/).length >= 3 && !l.text.includes(':') && !l.text.includes('\t'));
  let titel = titleLine?.text.trim().replace(OUTLINE_NUMBER, '') ?? '';
  let namnd = '';
  // A nämnd's name after the title on the cover ("… behovsprövning Socialnämnden") is not part of it.
  const trailing = /\s+(\p{Lu}[\p{L}-]*nämnden)$/u.exec(titel);
  if (trailing) {
    namnd = trailing[1];
    titel = titel.slice(0, trailing.index).trim();
  }
  // The decision may be the kommunstyrelse's where it is the social board ("Antagen av kommunstyrelsen").
  if (!namnd && beslutandeInstans && /nämnd|styrelse/iu.test(beslutandeInstans)) namnd = beslutandeInstans;
  if (!namnd) {
    const m = NAMND.exec(titel);
    if (m && /nämnd/iu.test(m[1])) namnd = capitalise(m[1].replace(/nämnd$/iu, 'nämnden'));
  }
  return { titel, namnd };
}
