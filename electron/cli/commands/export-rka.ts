// `npm run iub -- export rka --version ID [--format pdf|docx] --out FIL`: one version's risk- och
// konsekvensanalys as its own document, through the same contract input and service as the app.
import { contract } from '../../../shared/api/contract';
import { ServiceError } from '../../../shared/api/envelope';
import { exportRka } from '../../services/rka';
import { CliError } from '../cli-error';
import type { ExportKind } from './export';

export const rkaExportKind: ExportKind = {
  summary: 'risk- och konsekvensanalys för en version (--version ID, --format pdf|docx)',
  options: { version: { type: 'string' }, format: { type: 'string' } },
  async build(ctx, values) {
    const input = contract['rka/export'].input.safeParse({ versionId: Number(values.version), format: values.format ?? 'pdf' });
    if (!values.version || !input.success) throw new CliError('Ange --version med versionens id och eventuellt --format pdf eller docx.', 2);
    try {
      return await exportRka(ctx, input.data);
    } catch (error) {
      if (error instanceof ServiceError) throw new CliError(error.message, 1);
      throw error;
    }
  },
};
