// What `iub import` prints: a readable summary, or with --json one object for scripts.
import type { ImportProposal, ProposedInsats } from '../../../shared/import/proposal';
import { VILLKOR_LABELS } from '../../../shared/domain/insats';
import { formatAge } from '../../../shared/import/ages';
import type { ImportResult } from '../../services/portable';

/** The age the insats is for: its age villkor when it has one (what the utförare checks), else the målgrupp's. */
function ages(i: ProposedInsats): { ageMin?: number; ageMax?: number } {
  const villkor = i.content.villkor.filter((v) => v.typ === 'alder');
  const min = villkor.length > 0 ? villkor.map((v) => v.alderMin).find((x) => x !== null) : i.content.malgruppAlder?.min;
  const max = villkor.length > 0 ? villkor.map((v) => v.alderMax).find((x) => x !== null) : i.content.malgruppAlder?.max;
  return { ...(min != null ? { ageMin: min } : {}), ...(max != null ? { ageMax: max } : {}) };
}

export function importJson(proposal: ImportProposal, imported: ImportResult | null, dryRun: boolean) {
  return {
    file: proposal.fileName,
    format: proposal.format,
    titel: proposal.titel,
    kommun: proposal.kommun,
    namnd: proposal.namnd,
    grouping: proposal.grouping,
    insatser: proposal.insatser.map((i) => ({
      number: i.nummer,
      name: i.content.namn,
      ...(i.tocName ? { tocName: i.tocName } : {}),
      sektor: i.sektor,
      enhet: i.enhet,
      kategori: i.kategori,
      villkor: i.content.villkor.map((v) => ({
        typ: v.typ,
        text: v.text,
        ...(v.typ === 'alder' ? { alderMin: v.alderMin, alderMax: v.alderMax } : {}),
        ...(v.kommun ? { kommun: v.kommun } : {}),
        ...(v.undantag ? { undantag: v.undantag } : {}),
        ...(v.tidigareInsats ? { tidigareInsats: v.tidigareInsats } : {}),
        ...(v.dokument ? { dokument: v.dokument } : {}),
      })),
      ...ages(i),
      malgruppAlder: i.content.malgruppAlder,
      dokumentation: i.content.dokumentation.regim,
      dokumentationssystem: i.content.dokumentation.system || null,
      uppfoljning: i.content.uppfoljning.typ,
      metoder: i.content.metoder.map((m) => ({ namn: m.namn, malgrupp: m.malgrupp, omfattning: m.omfattning })),
      bedomningSarskildaSkal: i.bedomningSarskildaSkal || null,
      empty: i.empty,
      lines: [i.source.fromLine, i.source.toLine],
      unrecognised: i.unrecognised.map((u) => u.reason),
    })),
    decision: proposal.decision ? { ...proposal.decision.draft, complete: proposal.decision.complete, missing: proposal.decision.missing } : null,
    // A tjänsteskrivelse proposes its decision: the flag and the numbered Förslag till beslut.
    ...(proposal.tjansteskrivelse ? { tjansteskrivelse: true, forslagTillBeslut: proposal.forslagTillBeslut ?? [] } : {}),
    warnings: proposal.warnings,
    unknownLabels: proposal.unknownLabels,
    ...(proposal.tableColumns ? { tableColumns: proposal.tableColumns } : {}),
    importProfile: proposal.appliedProfile?.kommun ?? null,
    dryRun,
    imported,
  };
}

function villkorSummary(i: ProposedInsats): string {
  if (i.content.villkor.length === 0) return 'inga villkor';
  return i.content.villkor
    .map((v) => {
      if (v.typ === 'alder') return `ålder ${formatAge(v.alderMin, v.alderMax)}`;
      if (v.typ === 'folkbokford') return `folkbokförd${v.kommun ? ` i ${v.kommun}` : ''}${v.undantag ? ' (med undantag)' : ''}`;
      if (v.typ === 'tidigareInsats') return `tidigare insats: ${v.tidigareInsats}`;
      if (v.typ === 'dokument') return `visar ${v.dokument}`;
      return VILLKOR_LABELS[v.typ].toLowerCase();
    })
    .join('; ');
}

export function importText(proposal: ImportProposal, imported: ImportResult | null, dryRun: boolean): string {
  const lines = [
    `Dokument: ${proposal.fileName} (${proposal.format}) – ${proposal.titel || 'utan titel'}`,
    `${proposal.insatser.length} insatser, grupperade efter ${proposal.grouping === 'sektor' ? 'sektor och enhet' : 'kategori'}.`,
  ];
  if (proposal.appliedProfile) lines.push(`Importprofil för ${proposal.appliedProfile.kommun} används.`);
  const d = proposal.decision?.draft;
  lines.push(
    d
      ? `Beslut: ${d.beslutandeInstans}${d.datumForBeslut ? ` ${d.datumForBeslut}` : ''}, dnr ${d.diarienummer}${d.paragraf ? ` § ${d.paragraf}` : ''}, gäller från ${d.giltigFran || '?'}${d.reviderasSenast ? `, revideras senast ${d.reviderasSenast}` : ''}${proposal.decision?.complete ? '' : ' (ofullständigt)'}`
      : 'Beslut: inga beslutsuppgifter i dokumentet.',
  );
  if (proposal.forslagTillBeslut?.length) lines.push('Förslag till beslut:', ...proposal.forslagTillBeslut.map((p, k) => `  ${k + 1}. ${p}`));
  lines.push('');
  let group = '';
  for (const i of proposal.insatser) {
    const g = proposal.grouping === 'sektor' ? `${i.sektor ?? ''} › ${i.enhet ?? ''}` : (i.kategori ?? '');
    if (g !== group) lines.push(`${g}`);
    group = g;
    const tail = i.empty ? 'ingen text i dokumentet' : `14 kap. ${i.content.dokumentation.regim.slice(3)} §; ${villkorSummary(i)}`;
    lines.push(`  ${i.nummer ?? '–'} ${i.content.namn}: ${tail}`);
  }
  if (proposal.warnings.length > 0) lines.push('', 'Att kontrollera:', ...proposal.warnings.map((w) => `  - ${w.message}`));
  lines.push('');
  if (dryRun) lines.push('Torrkörning: inget har sparats.');
  else if (imported) lines.push(`Importerade ${imported.insatser} insatser${imported.beslutId ? ' och registrerade beslutet från diariet' : ' som utkast'}.`);
  return lines.join('\n');
}
