// `npm run iub -- export <vad> [flaggor] --out SÖKVÄG`: the app's documents, headless. Each kind of
// document is one entry in EXPORT_KINDS, in a file of its own beside this one (export-<kind>.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { isSafeFileName, type GeneratedFile } from '../../../shared/api/files';
import type { ServiceContext } from '../../services/context';
import { CliError } from '../cli-error';
import { parse, withServices, type CliCommand } from '../command';
import { rkaExportKind } from './export-rka';
import { calendarExport } from './export-calendar';
import { exportProtokollsutdrag, exportTjansteskrivelse } from './export-protokollsutdrag';
import { catalogueExportKinds } from './export-catalogue';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ExportKind {
  summary: string;
  /** Flags beside --db, --out and --today. */
  options: Options;
  /** Builds the file(s); a single file is written to --out, several go into the folder --out. */
  build(ctx: ServiceContext, values: Record<string, string | boolean | undefined>): Promise<GeneratedFile | GeneratedFile[]>;
}

export const EXPORT_KINDS: Record<string, ExportKind> = {
  rka: rkaExportKind,
  calendar: calendarExport,
  protokollsutdrag: exportProtokollsutdrag,
  tjansteskrivelse: exportTjansteskrivelse,
  ...catalogueExportKinds,
};

/** Writes the generated file(s) and returns the paths written. */
export function writeGenerated(out: string, result: GeneratedFile | GeneratedFile[]): string[] {
  const target = path.resolve(out);
  if (!Array.isArray(result)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(result.base64, 'base64'));
    return [target];
  }
  fs.mkdirSync(target, { recursive: true });
  // Every name is checked before anything is written: a name that would leave the folder writes nothing.
  const paths = result.map((file) => {
    const p = path.join(target, file.fileName);
    if (!isSafeFileName(file.fileName) || path.dirname(p) !== target)
      throw new CliError(`Ogiltigt filnamn i exporten: ${JSON.stringify(file.fileName.slice(0, 80))}.`, 1);
    return p;
  });
  result.forEach((file, i) => fs.writeFileSync(paths[i], Buffer.from(file.base64, 'base64')));
  return paths;
}

export const exportCommand: CliCommand = {
  async run(args, env) {
    const [kindName, ...rest] = args;
    const kind = kindName ? EXPORT_KINDS[kindName] : undefined;
    if (!kind) {
      const list = Object.entries(EXPORT_KINDS).map(([name, k]) => `  ${name.padEnd(18)}${k.summary}`);
      const text = ['Användning: npm run iub -- export <vad> [flaggor] --out SÖKVÄG', '', 'Vad:', ...list].join('\n');
      if (!kindName || kindName === '--help') {
        console.log(text);
        return kindName ? 0 : 2;
      }
      throw new CliError(`Okänd export: ${kindName}.\n${text}`, 2);
    }
    const { values } = parse(rest, { out: { type: 'string' }, today: { type: 'string' }, ...kind.options });
    if (!values.out) throw new CliError('Ange --out SÖKVÄG.', 2);
    if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(String(values.today))) throw new CliError('--today ska skrivas ÅÅÅÅ-MM-DD.', 2);
    return withServices(
      env,
      values.db as string | undefined,
      async ({ ctx }) => {
        const written = writeGenerated(String(values.out), await kind.build(ctx, values as Record<string, string | boolean | undefined>));
        for (const p of written) console.log(`Skrev ${p}`);
        return 0;
      },
      { today: values.today as string | undefined },
    );
  },
};
