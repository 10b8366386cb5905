// `npm run iub -- export catalogue|checklist|public|json|csv`: the catalogue's documents and open data,
// headless. Each call goes through the same dispatcher and input validation as the app's own calls.
import JSZip from 'jszip';
import { dispatch } from '../../api/dispatch';
import type { Input, Method, Output } from '../../../shared/api/contract';
import { GROUPINGS, type Grouping } from '../../../shared/api/exports-contract';
import type { GeneratedFile } from '../../../shared/api/files';
import type { ServiceContext } from '../../services/context';
import { CliError } from '../cli-error';
import type { ExportKind } from './export';

type Values = Record<string, string | boolean | undefined>;

async function call<M extends Method>(ctx: ServiceContext, method: M, input: Input<M>): Promise<Output<M>> {
  const envelope = await dispatch(ctx, method, input);
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code === 'invalid_input' ? 2 : 1);
  return envelope.value as Output<M>;
}

const SELECTION_OPTIONS = {
  utkast: { type: 'boolean' },
  datum: { type: 'string' },
} as const;

const GROUPING_OPTION = { grouping: { type: 'string' } } as const;

function selection(values: Values): { mode: 'beslutad' | 'utkast'; datum: string | null } {
  if (values.utkast && values.datum) throw new CliError('--datum gäller den beslutade katalogen; utkastet jämförs alltid med det som gäller i dag.', 2);
  return { mode: values.utkast ? 'utkast' : 'beslutad', datum: (values.datum as string | undefined) ?? null };
}

/** --grouping, or the grouping that fits the catalogue. */
async function grouping(ctx: ServiceContext, values: Values): Promise<Grouping> {
  const given = values.grouping as string | undefined;
  if (given !== undefined) {
    if (!(GROUPINGS as readonly string[]).includes(given)) throw new CliError(`--grouping ska vara ${GROUPINGS.join(' eller ')}.`, 2);
    return given as Grouping;
  }
  return (await call(ctx, 'exports/overview', selection(values))).gruppering;
}

function documentFormat(values: Values): 'pdf' | 'docx' {
  const format = (values.format as string | undefined) ?? 'pdf';
  if (format !== 'pdf' && format !== 'docx') throw new CliError('--format ska vara pdf eller docx.', 2);
  return format;
}

const SELECTION_HELP = '[--utkast | --datum ÅÅÅÅ-MM-DD]';

export const catalogueExportKinds: Record<string, ExportKind> = {
  catalogue: {
    summary: `katalogdokumentet: --format pdf|docx [--grouping organisation|kategori] ${SELECTION_HELP}`,
    options: { format: { type: 'string' }, ...GROUPING_OPTION, ...SELECTION_OPTIONS },
    async build(ctx, values) {
      return call(ctx, 'exports/catalogue', { ...selection(values), format: documentFormat(values), grouping: await grouping(ctx, values) });
    },
  },
  checklist: {
    summary: `checklista för utförare: --format pdf|docx [--grouping …] ${SELECTION_HELP}`,
    options: { format: { type: 'string' }, ...GROUPING_OPTION, ...SELECTION_OPTIONS },
    async build(ctx, values) {
      return call(ctx, 'exports/checklist', { ...selection(values), format: documentFormat(values), grouping: await grouping(ctx, values) });
    },
  },
  public: {
    summary: `publik text: en HTML-sida per insats, index.html och stil.css i mappen --out (--format zip ger en zip-fil) ${SELECTION_HELP}`,
    options: { format: { type: 'string' }, ...GROUPING_OPTION, ...SELECTION_OPTIONS },
    async build(ctx, values): Promise<GeneratedFile | GeneratedFile[]> {
      const format = (values.format as string | undefined) ?? 'html';
      if (format !== 'html' && format !== 'zip') throw new CliError('--format ska vara html (en mapp) eller zip.', 2);
      const zip = await call(ctx, 'exports/publicText', { ...selection(values), grouping: await grouping(ctx, values) });
      if (format === 'zip') return zip;
      const archive = await JSZip.loadAsync(Buffer.from(zip.base64, 'base64'));
      const files: GeneratedFile[] = [];
      for (const entry of Object.values(archive.files)) {
        if (entry.dir) continue;
        const bytes = await entry.async('uint8array');
        files.push({ fileName: entry.name, mimeType: entry.name.endsWith('.css') ? 'text/css' : 'text/html', base64: Buffer.from(bytes).toString('base64') });
      }
      return files;
    },
  },
  json: {
    summary: `öppna data som JSON (formatet iub-katalogen/1, schema i shared/schemas/) ${SELECTION_HELP}`,
    options: { format: { type: 'string' }, ...SELECTION_OPTIONS },
    async build(ctx, values) {
      if (values.format !== undefined && values.format !== 'json') throw new CliError('export json skriver alltid JSON; använd export csv för CSV.', 2);
      return call(ctx, 'exports/openData', { ...selection(values), format: 'json' });
    },
  },
  csv: {
    summary: `öppna data som CSV (semikolon, UTF-8) ${SELECTION_HELP}`,
    options: { format: { type: 'string' }, ...SELECTION_OPTIONS },
    async build(ctx, values) {
      if (values.format !== undefined && values.format !== 'csv') throw new CliError('export csv skriver alltid CSV; använd export json för JSON.', 2);
      return call(ctx, 'exports/openData', { ...selection(values), format: 'csv' });
    },
  },
};
