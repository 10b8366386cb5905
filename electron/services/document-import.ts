// Document import as a service: an uploaded catalogue document becomes a proposal (nothing written);
// the user's reviewed proposal is imported through the portable import, all of it in one transaction.
import { ServiceError } from '../../shared/api/envelope';
import { kommunNamn } from '../../shared/domain/kommun-namn';
import { sameKommun } from '../../shared/import/kommun';
import { currentContents } from './backups';
import type { UploadedFile } from '../../shared/api/files';
import type { ImportConfirm, ImportProposal } from '../../shared/import/proposal';
import { DocumentError } from '../import/document-error';
import { readCatalogueDocumentInWorker } from '../import/parse-in-worker';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';
import { keepDocumentTextsWithBeslutInTrx, readDocumentTexts, storeDocumentTextsInTrx } from './document-texts';
import { importCatalogueInTrx, type ImportResult } from './portable';
import { readSettings } from './settings';
import { loadImportProfile, saveImportProfileInTrx } from './import-profiles';
import type { ImportProfile } from '../../shared/import/import-profile';

async function diarienummerTaken(db: Trx, diarienummer: string): Promise<boolean> {
  if (!diarienummer) return false;
  return (await db.selectFrom('arende').select('id').where('diarienummer', '=', diarienummer).executeTakeFirst()) !== undefined;
}

/**
 * Reads the document and proposes its insatser; refuses unreadable or unrelated files in Swedish. With the
 * review's choices (`profile`) the proposal is read again with them; without, the kommun's saved import
 * profile is applied (the app's kommun, else the kommun the document names).
 */
export async function parseDocument(ctx: ServiceContext, input: { file: UploadedFile; profile?: ImportProfile }): Promise<ImportProposal> {
  const bytes = Buffer.from(input.file.base64, 'base64');
  const settings = await readSettings(ctx.db);
  const read = async (profile: ImportProfile | undefined) => {
    try {
      return await readCatalogueDocumentInWorker(bytes, input.file.fileName, { kommunHint: settings.kommun, profile }, { signal: ctx.signal });
    } catch (error) {
      if (error instanceof DocumentError) throw new ServiceError('invalid_input', error.message);
      throw error;
    }
  };
  let saved = input.profile ? null : await loadImportProfile(ctx.db, settings.kommun);
  let proposal = await read(input.profile ?? saved?.profile);
  if (!input.profile && !saved && proposal.kommun) {
    saved = await loadImportProfile(ctx.db, proposal.kommun);
    if (saved) proposal = await read(saved.profile);
  }
  proposal.appliedProfile = saved;
  await warnOfOtherKommun(ctx, proposal, settings.kommun);
  const dnr = proposal.decision?.draft.diarienummer ?? '';
  if (await diarienummerTaken(ctx.db, dnr)) {
    proposal.warnings.unshift({
      code: 'duplicate_diarienummer',
      message: `Diarienumret ${dnr} finns redan i appen. Beslutet kan inte registreras en gång till: välj bort beslutet för att bara importera insatserna.`,
      nummer: null,
    });
  }
  return proposal;
}

/** A document that names another kommun, imported into a catalogue that already holds insatser, is asked about first. */
async function warnOfOtherKommun(ctx: ServiceContext, proposal: ImportProposal, kommun: string): Promise<void> {
  const named = proposal.namedKommun;
  if (!kommun.trim() || !named || sameKommun(named, kommun)) return;
  const { insatser } = await currentContents(ctx);
  if (!insatser) return;
  proposal.warnings.unshift({
    code: 'other_kommun',
    message: `Dokumentet gäller ${kommunNamn(named)}, men katalogen i appen är ${kommunNamn(kommun)}s och har redan ${insatser} insatser. Importera bara om dokumentet ska höra till den här katalogen.`,
    nummer: null,
  });
}

/**
 * The document's own title, nämnd and prose chapters become the catalogue's document texts (a document without
 * prose chapters keeps the introduction already there), and the beslut the import records keeps a copy of them.
 */
async function keepImportedDocumentTexts(trx: Trx, ctx: ServiceContext, input: ImportConfirm, beslutId: number | null): Promise<void> {
  const current = await readDocumentTexts(trx);
  const prose = input.prose;
  await storeDocumentTextsInTrx(trx, ctx, {
    titel: input.catalogue.titel,
    namnd: input.catalogue.namnd,
    inledning: prose?.inledning ?? (current.egenInledning ? current.inledning : null),
    forteckningRubrik: prose ? (prose.forteckningRubrik ?? '') : undefined,
    forteckningText: prose ? (prose.forteckningText ?? '') : undefined,
  });
  if (beslutId !== null) await keepDocumentTextsWithBeslutInTrx(trx, ctx, beslutId);
}

/** Imports the confirmed catalogue, with its decision "från diariet" when it has one. */
export function confirmImport(ctx: ServiceContext, input: ImportConfirm): Promise<ImportResult> {
  return write(ctx, async (trx) => {
    const dnr = input.catalogue.beslut?.diarienummer ?? '';
    if (await diarienummerTaken(trx, dnr)) {
      throw new ServiceError(
        'conflict',
        `Diarienumret ${dnr} finns redan i appen, så beslutet är redan registrerat. Välj bort beslutet i granskningen eller ändra diarienumret. Inget har importerats.`,
      );
    }
    const result = await importCatalogueInTrx(trx, ctx, input.catalogue);
    if (input.profile) await saveImportProfileInTrx(trx, ctx, input.profile.kommun, input.profile.profile);
    await keepImportedDocumentTexts(trx, ctx, input, result.beslutId);
    await recordAudit(trx, ctx, {
      entity: 'katalog',
      entityId: 'dokumentimport',
      action: 'importera dokument',
      after: {
        fil: input.fileName,
        insatser: result.insatser,
        nummer: input.catalogue.insatser.map((i) => i.nummer),
        beslut: input.catalogue.beslut?.diarienummer ?? null,
      },
    });
    return result;
  });
}
