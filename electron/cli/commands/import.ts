// `npm run iub -- import FIL [--db SÖKVÄG] [--dry-run] [--json]`: reads a catalogue document (.docx,
// .pdf, .txt), shows what would be imported and, without --dry-run, imports all of it in one
// transaction (with its decision from the diarium when the metadata is complete).
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../../shared/api/envelope';
import { proposalAsCatalogue } from '../../../shared/import/to-portable';
import { DocumentError } from '../../import/document-error';
import { readCatalogueDocumentInWorker } from '../../import/parse-in-worker';
import { confirmImport } from '../../services/document-import';
import { readSettings } from '../../services/settings';
import { CliError } from '../cli-error';
import { parse, withServices, type CliCommand } from '../command';
import { importJson, importText } from './import-report';

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`Filen ${file} kunde inte läsas.`, 1);
  }
}

/** With --json, stdout is always one JSON document: a refusal too, so scripts need not parse stderr. */
export function refusalJson(error: DocumentError) {
  return { refused: true, kind: error.reason, reason: error.message };
}

async function propose(bytes: Buffer, file: string, kommunHint: string, json: boolean) {
  try {
    return await readCatalogueDocumentInWorker(bytes, path.basename(file), { kommunHint });
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
    const print = (proposal: Awaited<ReturnType<typeof propose>>, imported: Parameters<typeof importText>[1]) =>
      console.log(values.json ? JSON.stringify(importJson(proposal, imported, dryRun), null, 2) : importText(proposal, imported, dryRun));
    if (dryRun) {
      // A dry run touches no database at all.
      print(await propose(bytes, file, '', values.json === true), null);
      return 0;
    }
    return withServices(env, values.db as string | undefined, async ({ ctx }) => {
      const settings = await readSettings(ctx.db);
      const proposal = await propose(bytes, file, settings.kommun, values.json === true);
      try {
        const imported = await confirmImport(ctx, { catalogue: proposalAsCatalogue(proposal), fileName: path.basename(file), prose: proposal.prose });
        print(proposal, imported);
      } catch (error) {
        if (error instanceof ServiceError) throw new CliError(error.message, 1);
        throw error;
      }
      return 0;
    });
  },
};
