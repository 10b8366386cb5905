// `npm run iub -- import FIL [--db SÖKVÄG] [--dry-run] [--json]`: reads a catalogue document (.docx,
// .pdf, .txt, .xlsx, .csv) or the app's own open-data .json, shows what would be imported and, without
// --dry-run, imports all of it in one transaction (with its decision from the diarium when the metadata is
// complete). With --json, stdout is one JSON document whatever happens, a refusal included.
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../../shared/api/envelope';
import { proposalAsCatalogue } from '../../../shared/import/to-portable';
import { DocumentError } from '../../import/document-error';
import { readCatalogueDocumentInWorker } from '../../import/parse-in-worker';
import { confirmImport } from '../../services/document-import';
import { readSettings } from '../../services/settings';
import { loadImportProfile } from '../../services/import-profiles';
import type { AppliedProfile } from '../../../shared/import/import-profile';
import { CliError } from '../cli-error';
import { parse, withServices, type CliCommand } from '../command';
import type { ImportOpenDataResult } from '../../../shared/api/exports-contract';
import type { PortableCatalogue } from '../../../shared/domain/portable';
import { importOpenData, parseOpenDataFile } from '../../services/catalogue-exports';
import { importJson, importText } from './import-report';
import { looksLikeJson, openDataJson, openDataText } from './import-open-data';

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`Filen ${file} kunde inte läsas.`, 1);
  }
}

/** With --json, stdout is always one JSON document: a refusal too, so scripts need not parse stderr. */
export function refusalJson(error: DocumentError | ServiceError) {
  return { refused: true, kind: error instanceof DocumentError ? error.reason : error.code, reason: error.message };
}

/** A refusal from a service (a taken diarienummer, a non-empty catalogue, a malformed open-data file). */
function refuse(error: unknown, json: boolean): never {
  if (error instanceof ServiceError) {
    if (json) console.log(JSON.stringify(refusalJson(error), null, 2));
    throw new CliError(error.message, 1);
  }
  throw error;
}

async function importOpenDataFile(env: Parameters<CliCommand['run']>[1], bytes: Buffer, file: string, db: string | undefined, dryRun: boolean, json: boolean) {
  const name = path.basename(file);
  const uploaded = { fileName: name, base64: bytes.toString('base64') };
  const print = (catalogue: PortableCatalogue, imported: ImportOpenDataResult | null) =>
    console.log(json ? JSON.stringify(openDataJson(name, catalogue, imported, dryRun), null, 2) : openDataText(name, catalogue, imported, dryRun));
  let catalogue: PortableCatalogue;
  try {
    catalogue = parseOpenDataFile(uploaded);
  } catch (error) {
    refuse(error, json);
  }
  if (dryRun) {
    print(catalogue, null);
    return 0;
  }
  return withServices(env, db, async ({ ctx }) => {
    try {
      print(catalogue, await importOpenData(ctx, { file: uploaded }));
    } catch (error) {
      refuse(error, json);
    }
    return 0;
  });
}

async function propose(bytes: Buffer, file: string, kommunHint: string, json: boolean, saved: AppliedProfile | null = null) {
  try {
    const proposal = await readCatalogueDocumentInWorker(bytes, path.basename(file), { kommunHint, profile: saved?.profile });
    return { ...proposal, appliedProfile: saved };
  } catch (error) {
    if (error instanceof DocumentError) {
      if (json) console.log(JSON.stringify(refusalJson(error), null, 2));
      throw new CliError(error.message, 1);
    }
    throw error;
  }
}

export const importCommand: CliCommand = {
  async run(args, env) {
    const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, true);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new CliError('Användning: npm run iub -- import FIL [--db SÖKVÄG] [--dry-run] [--json]', 2);
    const bytes = readFile(file);
    const dryRun = values['dry-run'] === true;
    if (looksLikeJson(bytes, file)) return importOpenDataFile(env, bytes, file, values.db as string | undefined, dryRun, values.json === true);
    const print = (proposal: Awaited<ReturnType<typeof propose>>, imported: Parameters<typeof importText>[1]) =>
      console.log(values.json ? JSON.stringify(importJson(proposal, imported, dryRun), null, 2) : importText(proposal, imported, dryRun));
    if (dryRun) {
      // A dry run touches no database at all.
      print(await propose(bytes, file, '', values.json === true), null);
      return 0;
    }
    return withServices(env, values.db as string | undefined, async ({ ctx }) => {
      const settings = await readSettings(ctx.db);
      // The kommun's import profile, saved by the review screen, applies here too.
      const proposal = await propose(bytes, file, settings.kommun, values.json === true, await loadImportProfile(ctx.db, settings.kommun));
      try {
        const imported = await confirmImport(ctx, { catalogue: proposalAsCatalogue(proposal), fileName: path.basename(file), prose: proposal.prose });
        print(proposal, imported);
      } catch (error) {
        refuse(error, values.json === true);
      }
      return 0;
    });
  },
};
