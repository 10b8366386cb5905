// A document that cannot be imported, with the reason in words a secretary can act on.

export const DOCUMENT_ERROR_REASONS = ['empty', 'binary', 'encrypted', 'unsupported', 'damaged', 'no_text_layer', 'unrelated'] as const;
export type DocumentErrorReason = (typeof DOCUMENT_ERROR_REASONS)[number];

export class DocumentError extends Error {
  constructor(
    readonly reason: DocumentErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export const MESSAGES = {
  empty: 'Filen är tom. Välj katalogdokumentet (.docx, .pdf, .txt, .xlsx eller .csv) och försök igen.',
  emptyText: 'Dokumentet innehåller ingen text att importera.',
  binary:
    'Filen kan inte läsas som text: den innehåller binära data och är varken ett Word-dokument (.docx), en PDF, ett kalkylblad (.xlsx, .csv) eller en textfil.',
  image: 'Filen är en bild och innehåller ingen text att läsa. Importera Word-originalet eller en PDF med text.',
  encrypted: 'Dokumentet är lösenordsskyddat (krypterat) och kan inte läsas. Spara en kopia utan lösenord och försök igen.',
  legacyWord: 'Filen är i det äldre Word-formatet (.doc) eller är krypterad. Öppna den i Word, spara som .docx utan lösenord och försök igen.',
  rtf: 'RTF-filer stöds inte. Spara dokumentet som .docx eller PDF och försök igen.',
  zipNotDocx: 'Filen är ett ZIP-arkiv men inget Word-dokument (.docx).',
  damagedDocx: 'Word-dokumentet är skadat och kunde inte läsas.',
  damagedPdf: 'PDF-filen är skadad och kunde inte läsas.',
  noTextLayer: 'PDF-filen har inget textlager: den är troligen inskannad. Gör om den till sökbar text (OCR) eller importera Word-originalet.',
  unrelated:
    'Dokumentet ser inte ut att vara en förteckning över insatser utan individuell behovsprövning: inga numrerade insatser med avsnitt som Målgrupp, Villkor eller Dokumentation hittades. Inget har importerats.',
} as const;
