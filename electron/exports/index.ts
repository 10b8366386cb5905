// The document generators: pure functions from plain data to a DocumentModel, and from a model to PDF or DOCX bytes.
export { renderPdf, loadDefaultFonts, type PdfFonts, type RenderPdfOptions } from './render-pdf';
export { renderDocx, type RenderDocxOptions } from './render-docx';
export * from './document-model';
export {
  AVIDENTIFIERADE_UPPGIFTER,
  DEFAULT_INTRODUCTION,
  insatsNumbers,
  numberedOutline,
  proseChapterCount,
  buildCatalogueDocument,
  diarienummerOchParagraf,
  giltighetstid,
  groupInsatser,
  kommunNamn,
  namndForkortning,
  NO_BESLUT,
  type CatalogueBeslut,
  type CatalogueDocumentInput,
  type CatalogueGrouping,
  type CatalogueInsats,
  type InsatsChange,
} from './catalogue-document';
export { buildProtokollsutdrag, giltighetMening, type ProtokollsutdragInput } from './protokollsutdrag';
export { buildTjansteskrivelse, type TjansteskrivelseInput, type TjansteskrivelseInsats, type TjansteskrivelseKonsekvens } from './tjansteskrivelse';
export { RISK_FILL, RKA_REPORT_HEADINGS, buildRkaReport, type RkaReportInput } from './rka-report';
export { buildUtforareChecklista, documentationInstruction, intakeChecks, type ChecklistInput, type IntakeCheck } from './utforare-checklista';
