// `export protokollsutdrag --paragraph N --meeting ÅÅÅÅ-MM-DD --format pdf|docx --out FIL` and
// `export tjansteskrivelse` with the same flags: an ärende's documents, headless, named the way the
// protocol names it (the § on the sammanträde of a date).
import { ServiceError } from '../../../shared/api/envelope';
import { arendeByParagraf, protokollsutdragFile, tjansteskrivelseFile, type DocumentFormat } from '../../services/decision-documents';
import type { ServiceContext } from '../../services/context';
import { CliError } from '../cli-error';
import type { ExportKind } from './export';

const options = {
  paragraph: { type: 'string' },
  meeting: { type: 'string' },
  format: { type: 'string' },
} as const;

function readFlags(values: Record<string, string | boolean | undefined>) {
  const paragraph = String(values.paragraph ?? '').replace(/^§\s*/, '');
  if (!/^\d{1,4}$/.test(paragraph) || Number(paragraph) < 1) throw new CliError('Ange paragrafen med --paragraph N (ett heltal, t.ex. 37).', 2);
  const meeting = String(values.meeting ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meeting)) throw new CliError('Ange sammanträdets datum med --meeting ÅÅÅÅ-MM-DD.', 2);
  const format = String(values.format ?? 'pdf').toLowerCase();
  if (format !== 'pdf' && format !== 'docx') throw new CliError('--format ska vara pdf eller docx.', 2);
  return { paragraf: Number(paragraph), sammantradesdatum: meeting, format: format as DocumentFormat };
}

function kind(summary: string, build: typeof protokollsutdragFile): ExportKind {
  return {
    summary,
    options,
    async build(ctx: ServiceContext, values) {
      const flags = readFlags(values);
      try {
        const { arendeId, sammantradeId } = await arendeByParagraf(ctx, flags);
        return await build(ctx, { arendeId, sammantradeId, format: flags.format });
      } catch (error) {
        if (error instanceof ServiceError) throw new CliError(error.message, 1);
        throw error;
      }
    },
  };
}

export const exportProtokollsutdrag = kind('utdrag ur protokollet: --paragraph N --meeting ÅÅÅÅ-MM-DD --format pdf|docx', protokollsutdragFile);
export const exportTjansteskrivelse = kind('tjänsteskrivelse för ärendet med § N: --paragraph N --meeting ÅÅÅÅ-MM-DD --format pdf|docx', tjansteskrivelseFile);
