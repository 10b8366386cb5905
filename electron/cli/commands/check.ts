// `npm run iub -- check [--db FIL] [--json]`: the legal checks of every version still being worked on
// (utkast, förslag, redo för beslut, återremitterad), and apart from them the decided catalogue in force,
// for CI or a nightly job. Exit code 1 when any finding blocks, 0 otherwise, 2 when the command cannot run.
import fs from 'node:fs';
import { STATUS_LABELS } from '../../../shared/domain/status';
import { SEVERITY_LABELS } from '../../../shared/api/checks-contract';
import { GALLANDE_BLOCK_ADVICE, gallandeSummary, plural } from '../../../shared/domain/check-summary';
import { resolveDatabasePath } from '../../database/default-path';
import { checkGallandeVersions, checkOpenVersions, type CheckedVersion } from '../../services/checks';
import { startServices } from '../../services/start-services';
import { CliError } from '../cli-error';
import { parse, type CliCommand } from '../command';

/** The machine-readable form; exactly these keys, in this order. */
export interface CheckJsonFinding {
  ruleId: string;
  severity: 'block' | 'warn' | 'info';
  insats: string;
  field: string;
  message: string;
  reference: string;
}

const jsonFindings = (versions: CheckedVersion[]): CheckJsonFinding[] =>
  versions.flatMap((v) =>
    v.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, insats: v.namn, field: f.field, message: f.message, reference: f.reference })),
  );

/**
 * `findings`: the versions under work. `gallande` (only when a catalogue is decided): the catalogue in
 * force, checked by today's rules and reported apart, with its number of spärrar.
 */
export function toJson(
  versions: CheckedVersion[],
  gallande: CheckedVersion[] = [],
): { findings: CheckJsonFinding[]; gallande?: { versions: number; blocking: number; findings: CheckJsonFinding[] } } {
  const findings = jsonFindings(versions);
  if (gallande.length === 0) return { findings };
  const g = jsonFindings(gallande);
  return { findings, gallande: { versions: gallande.length, blocking: g.filter((f) => f.severity === 'block').length, findings: g } };
}

/** The catalogue in force, apart: "Gällande katalog: 2 spärrar" and each blocking finding. */
export function gallandeText(gallande: CheckedVersion[]): string {
  if (gallande.length === 0) return '';
  const blocks = gallande.flatMap((v) => v.findings.filter((f) => f.severity === 'block').map((f) => ({ v, f })));
  const lines = ['', gallandeSummary(blocks.length, gallande.length)];
  for (const { v, f } of blocks) lines.push(`  ${v.nummer ? `${v.nummer} ` : ''}${v.namn}: ${f.message} (${f.reference})`);
  if (blocks.length > 0) lines.push(`  ${GALLANDE_BLOCK_ADVICE}`);
  return lines.join('\n');
}

export function toText(versions: CheckedVersion[]): string {
  const lines: string[] = [];
  if (versions.length === 0) return 'Inga versioner under arbete (utkast, förslag, redo för beslut eller återremitterad) att kontrollera.';
  lines.push(`Kontroll mot SoL (2025:400) av ${plural(versions.length, 'version', 'versioner')} under arbete.`, '');
  const counts = { block: 0, warn: 0, info: 0 };
  for (const v of versions) {
    for (const f of v.findings) counts[f.severity]++;
    if (v.findings.length === 0) continue;
    lines.push(`${v.nummer ? `${v.nummer} ` : ''}${v.namn} (version ${v.versionNo}, ${STATUS_LABELS[v.status]})`);
    for (const f of v.findings) {
      lines.push(`  ${SEVERITY_LABELS[f.severity].toUpperCase().padEnd(12)}${f.ruleId}  [${f.field}]`);
      lines.push(`  ${''.padEnd(12)}${f.message}`);
      lines.push(`  ${''.padEnd(12)}${f.reference}`);
    }
    lines.push('');
  }
  const clean = versions.filter((v) => v.findings.length === 0).length;
  if (clean > 0) lines.push(`${plural(clean, 'version', 'versioner')} utan fynd.`);
  lines.push(
    `Summa: ${plural(counts.block, 'spärr', 'spärrar')}, ${plural(counts.warn, 'varning', 'varningar')}, ${counts.info} information.` +
      (counts.block > 0 ? ' Spärrarna hindrar att förslagen markeras redo för beslut.' : ''),
  );
  return lines.join('\n');
}

export const checkCommand: CliCommand = {
  async run(args, env) {
    const { values } = parse(args, { json: { type: 'boolean' } });
    const file = resolveDatabasePath(values.db);
    // A check never creates a database, and being read-only it takes no backup on open.
    if (!fs.existsSync(file)) throw new CliError(`Databasen finns inte: ${file}`, 2);
    const services = await startServices({ file, appRoot: env.appRoot, backups: false }).catch((error: Error) => {
      throw new CliError(error.message, 2);
    });
    try {
      const versions = await checkOpenVersions(services.ctx.db);
      const gallande = await checkGallandeVersions(services.ctx.db, services.ctx.today());
      console.log(values.json ? JSON.stringify(toJson(versions, gallande), null, 2) : toText(versions) + gallandeText(gallande));
      const blocks = (list: CheckedVersion[]) => list.some((v) => v.findings.some((f) => f.severity === 'block'));
      return blocks(versions) || blocks(gallande) ? 1 : 0;
    } finally {
      await services.close();
    }
  },
};
