// Swedish wording shared by the documents and the forms.

/** A name inside a sentence: "Socialnämnden" reads "socialnämnden". */
export function lowerFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase('sv-SE') + s.slice(1) : s;
}
