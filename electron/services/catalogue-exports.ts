// Documents out of the database: the catalogue document and the utförare checklist (PDF/DOCX), the public
// text (HTML pages in a zip) and open data (JSON in the portable format, CSV), each from a selection of the
// catalogue (as decided on a date, or the draft of the next revision); and the import of an open-data JSON
// file into an empty catalogue, in one transaction.
import JSZip from 'jszip';
import type {
  DocumentExportInput,
  ExportOverview,
  Grouping,
  ImportOpenDataResult,
  OpenDataExportInput,
  PublicTextExportInput,
  SelectionInput,
} from '../../shared/api/exports-contract';
import { ServiceError } from '../../shared/api/envelope';
import { type GeneratedFile, type UploadedFile } from '../../shared/api/files';
import { PORTABLE_FORMAT, portableCatalogueSchema, type PortableCatalogue } from '../../shared/domain/portable';
import { catalogueToCsv } from '../../shared/export/catalogue-csv';
import {
  buildCatalogueDocument,
  buildUtforareChecklista,
  insatsNumbers,
  NO_BESLUT,
  renderDocx,
  renderPdf,
  type CatalogueBeslut,
  type DocumentModel,
} from '../exports';
import { buildPublicText, type PublicFile } from '../exports/public-text';
import { selectedCatalogue, assertNotEmpty, headerBeslut, type SelectedCatalogue } from './catalogue-selection';
import { write, type ServiceContext } from './context';
import { beteckning } from '../../shared/domain/beslut';
import { readDocumentTexts, readDocumentTextsOf, storeDocumentTextsInTrx } from './document-texts';
import { generatedFile } from './files';
import { importCatalogueInTrx } from './portable';
import { readSettings } from './settings';

/** "insatser-utan-individuell-behovsprovning-2025-10-01" or "utkast-…-2026-03-02". */
function fileStem(prefix: string, s: SelectedCatalogue): string {
  return `${s.selection.mode === 'utkast' ? 'utkast-' : ''}${prefix}-${s.selection.datum}`;
}

/** The insatser of a selection with their draft markers, as the document builders take them. */
const withChanges = (s: SelectedCatalogue) => s.catalogue.insatser.map((insats, k) => ({ ...insats, changed: s.changes[k] }));

/**
 * The selection with every insats under the number the catalogue document gives it (insatsNumbers), so the
 * document, the checklist, the public text, CSV and JSON write one number per insats: the municipality's own
 * where it fits the document, the next free one in its group for an insats without one.
 */
async function select(ctx: ServiceContext, input: SelectionInput, grouping?: Grouping): Promise<SelectedCatalogue> {
  const selected = await selectedCatalogue(ctx, input);
  assertNotEmpty(selected.selection);
  const texts = await textsOf(ctx, selected);
  const numbers = insatsNumbers({
    grouping: grouping ?? fittingGrouping(selected.catalogue),
    insatser: selected.catalogue.insatser,
    sektorer: selected.catalogue.sektorer,
    kategorier: selected.catalogue.kategorier,
    introduction: texts.inledning,
  });
  return { ...selected, catalogue: { ...selected.catalogue, insatser: selected.catalogue.insatser.map((i, k) => ({ ...i, nummer: numbers[k] || i.nummer })) } };
}

/** The document texts of a selection: as its beslut adopted them, or the current ones for a draft. */
function textsOf(ctx: ServiceContext, s: SelectedCatalogue) {
  return readDocumentTextsOf(ctx.db, s.selection.mode === 'beslutad' ? (s.selection.beslut?.beslutId ?? null) : null);
}

/** Sektor/enhet when more insatser have an enhet than a kategori (seed 001), else kategori (seed 002). */
function fittingGrouping(catalogue: PortableCatalogue): Grouping {
  const enheter = catalogue.insatser.filter((i) => i.enhet).length;
  const kategorier = catalogue.insatser.filter((i) => i.kategori).length;
  return enheter > kategorier ? 'organisation' : 'kategori';
}

export async function exportOverview(ctx: ServiceContext, input: SelectionInput): Promise<ExportOverview> {
  const { selection, catalogue, changes } = await selectedCatalogue(ctx, input);
  const b = selection.mode === 'beslutad' ? selection.beslut : null;
  return {
    mode: selection.mode,
    datum: selection.datum,
    titel: catalogue.titel,
    antal: selection.versions.length,
    nya: changes.filter((c) => c === 'ny').length,
    andrade: changes.filter((c) => c === 'andrad').length,
    gruppering: fittingGrouping(catalogue),
    beslut: b ? { beteckning: b.beteckning, beslutsdatum: b.beslutsdatum, giltigFran: b.giltigFran, giltigTill: b.giltigTill } : null,
  };
}

// ---- the catalogue document ----

/** The catalogue document of a selection: metadata of the adopting decision, or a draft marked against what is in force. */
async function catalogueModelOf(ctx: ServiceContext, s: SelectedCatalogue, grouping: DocumentExportInput['grouping']): Promise<DocumentModel> {
  const settings = await readSettings(ctx.db);
  const texts = await textsOf(ctx, s);
  const b = s.selection.beslut;
  const draft = s.selection.mode === 'utkast';
  // A draft keeps what is likely to stay (type, instans, scope, owner) and leaves the decision itself open.
  const beslut: CatalogueBeslut = !b
    ? { ...NO_BESLUT, beslutandeInstans: draft ? settings.namnd || null : null }
    : draft
      ? { ...NO_BESLUT, beslutandeInstans: b.beslutandeInstans, gallerFor: b.gallerFor, dokumentansvarig: b.dokumentansvarig }
      : headerBeslut(b);
  return buildCatalogueDocument({
    kommun: settings.kommun,
    namnd: texts.namnd || settings.namnd,
    titel: texts.titel,
    typAvStyrdokument: b?.typAvStyrdokument || null,
    beslut,
    namndForkortning: settings.namndForkortning || null,
    introduction: texts.inledning,
    forteckningRubrik: texts.forteckningRubrik || null,
    forteckningText: texts.forteckningText || null,
    grouping,
    insatser: withChanges(s),
    sektorer: s.catalogue.sektorer,
    kategorier: s.catalogue.kategorier,
    draft,
  });
}

async function render(model: DocumentModel, format: DocumentExportInput['format'], stem: string): Promise<GeneratedFile> {
  return format === 'pdf' ? generatedFile(stem, 'pdf', await renderPdf(model)) : generatedFile(stem, 'docx', await renderDocx(model));
}

export async function exportCatalogueDocument(ctx: ServiceContext, input: DocumentExportInput): Promise<GeneratedFile> {
  const s = await select(ctx, input, input.grouping);
  const model = await catalogueModelOf(ctx, s, input.grouping);
  return render(model, input.format, fileStem(s.catalogue.titel, s));
}

// ---- the utförare checklist ----

export async function exportChecklist(ctx: ServiceContext, input: DocumentExportInput): Promise<GeneratedFile> {
  const s = await select(ctx, input, input.grouping);
  const settings = await readSettings(ctx.db);
  const b = s.selection.mode === 'beslutad' ? s.selection.beslut : null;
  const model = buildUtforareChecklista({
    kommun: settings.kommun,
    namnd: settings.namnd,
    forvaltning: settings.forvaltning,
    titel: s.catalogue.titel,
    beslut: b ? `${b.beteckning}, ${b.beslutsdatum}` : null,
    datum: s.selection.datum,
    draft: s.selection.mode === 'utkast',
    grouping: input.grouping,
    insatser: withChanges(s),
    sektorer: s.catalogue.sektorer,
    kategorier: s.catalogue.kategorier,
  });
  return render(model, input.format, fileStem('checklista-for-utforare', s));
}

// ---- public text ----

async function publicTextFiles(ctx: ServiceContext, input: PublicTextExportInput): Promise<{ files: PublicFile[]; stem: string }> {
  const s = await select(ctx, input, input.grouping);
  const settings = await readSettings(ctx.db);
  const b = s.selection.mode === 'beslutad' ? s.selection.beslut : null;
  const files = buildPublicText({
    kommun: settings.kommun,
    namnd: settings.namnd,
    forvaltning: settings.forvaltning,
    grouping: input.grouping,
    insatser: s.catalogue.insatser,
    sektorer: s.catalogue.sektorer,
    kategorier: s.catalogue.kategorier,
    beslutsdatum: b?.giltigFran ?? null,
    draft: s.selection.mode === 'utkast',
    datum: ctx.today(),
  });
  return { files, stem: fileStem('publik-text', s) };
}

export async function exportPublicText(ctx: ServiceContext, input: PublicTextExportInput): Promise<GeneratedFile> {
  const { files, stem } = await publicTextFiles(ctx, input);
  const zip = new JSZip();
  // A fixed date keeps the archive the same for the same pages.
  const date = new Date(`${ctx.today()}T12:00:00Z`);
  for (const f of files) zip.file(f.name, f.content, { date });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return generatedFile(stem, 'zip', bytes);
}

// ---- open data ----

/** The open-data catalogue of a selection, validated by the same schema the published JSON Schema comes from. */
async function openDataCatalogue(ctx: ServiceContext, input: SelectionInput): Promise<{ catalogue: PortableCatalogue; stem: string }> {
  const s = await select(ctx, input);
  return { catalogue: portableCatalogueSchema.parse(s.catalogue), stem: fileStem('iub-katalog', s) };
}

export async function exportOpenData(ctx: ServiceContext, input: OpenDataExportInput): Promise<GeneratedFile> {
  const { catalogue, stem } = await openDataCatalogue(ctx, input);
  if (input.format === 'csv') return generatedFile(stem, 'csv', catalogueToCsv(catalogue));
  return generatedFile(stem, 'json', `${JSON.stringify(catalogue, null, 2)}\n`);
}

const WRONG_FILE = 'Välj en JSON-fil som har exporterats som öppna data från IUB-katalogen.';

/** Reads an uploaded open-data file, or explains in Swedish what is wrong with it. */
export function parseOpenDataFile(file: UploadedFile): PortableCatalogue {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) throw new ServiceError('invalid_input', `Filen är tom. ${WRONG_FILE}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ServiceError('invalid_input', `Filen är inte en textfil (den kan vara en PDF, ett Word-dokument eller ett kalkylark). ${WRONG_FILE}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const hint = /^\s*[^{[]/.test(text) && /;/.test(text.split('\n')[0] ?? '') ? ' Den ser ut att vara en CSV-fil; bara JSON kan importeras.' : '';
    throw new ServiceError('invalid_input', `Filen är inte giltig JSON.${hint} ${WRONG_FILE}`);
  }
  const format = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).format : undefined;
  if (format !== PORTABLE_FORMAT) {
    if (typeof format === 'string' && format.startsWith('iub-katalogen/')) {
      throw new ServiceError(
        'invalid_input',
        `Filen har formatet ${format}, som den här versionen av appen inte kan läsa (den läser ${PORTABLE_FORMAT}). Uppdatera appen.`,
      );
    }
    throw new ServiceError('invalid_input', `Filen är inte öppna data från IUB-katalogen: fältet "format" ska vara "${PORTABLE_FORMAT}". ${WRONG_FILE}`);
  }
  const parsed = portableCatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const insatser = Array.isArray((raw as { insatser?: unknown }).insatser)
      ? ((raw as { insatser: unknown[] }).insatser as Array<{ content?: { namn?: unknown } }>)
      : [];
    const issues = parsed.error.issues.map((i) => {
      const path = i.path.map(String);
      let where = path.join('.');
      if (path[0] === 'insatser' && /^\d+$/.test(path[1] ?? '')) {
        const n = Number(path[1]);
        const namn = insatser[n]?.content?.namn;
        where = `insats ${n + 1}${typeof namn === 'string' && namn.trim() ? ` (${namn.trim().slice(0, 60)})` : ''}${path.length > 2 ? `, ${path.slice(2).join('.')}` : ''}`;
      }
      return { path: path.join('.'), message: `${where ? `${where}: ` : ''}${i.message}` };
    });
    const shown = issues
      .slice(0, 3)
      .map((i) => i.message.replace(/\.$/, ''))
      .join('; ');
    const more = issues.length > 3 ? ` (och ${issues.length - 3} fel till)` : '';
    throw new ServiceError('invalid_input', `Filen följer inte formatet för öppna data: ${shown}${more}. Inget har importerats.`, issues);
  }
  return parsed.data;
}

/** Imports an open-data JSON file into an empty catalogue: insatser, organisation, the decision if the file carries one, the RKA conclusions and the title. */
export function importOpenData(ctx: ServiceContext, input: { file: UploadedFile }): Promise<ImportOpenDataResult> {
  const catalogue = parseOpenDataFile(input.file);
  return write(ctx, async (trx) => {
    const existing = await trx
      .selectFrom('insats')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) {
      throw new ServiceError(
        'refused',
        `Katalogen innehåller redan ${existing.n} ${Number(existing.n) === 1 ? 'insats' : 'insatser'}. Öppna data kan bara importeras till en tom katalog, så att inget blir dubbelt. Inget har importerats.`,
      );
    }
    const settings = await readSettings(trx);
    const result = await importCatalogueInTrx(trx, ctx, catalogue);
    // The file's title becomes the document's; the introduction the user may have written is kept.
    const texts = await readDocumentTexts(trx);
    await storeDocumentTextsInTrx(trx, ctx, { titel: catalogue.titel, inledning: texts.egenInledning ? texts.inledning : null });
    const same = (a: string, b: string) => a.trim().toLocaleLowerCase('sv-SE') === b.trim().toLocaleLowerCase('sv-SE');
    const varning =
      settings.kommun && catalogue.kommun && !same(settings.kommun, catalogue.kommun)
        ? `Filen kommer från ${catalogue.kommun}, men appen är inställd för ${settings.kommun}. Dokumenten skrivs ut med appens inställningar.`
        : null;
    return {
      titel: catalogue.titel,
      insatser: result.insatser,
      beslut: catalogue.beslut ? beteckning(catalogue.beslut.diarienummer, settings.namndForkortning, catalogue.beslut.paragraf) : null,
      varning,
    };
  });
}
