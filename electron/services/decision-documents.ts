// The documents of an ärende: the tjänsteskrivelse (the förvaltning's proposal to the nämnd) and the
// protokollsutdrag (the § of the protocol with the beslut), as PDF or DOCX. The builders in electron/exports
// lay them out; this module gathers what they print from the ärende, its sammanträde, beslut, insatser,
// their RKA (14 kap. 5 §) and the settings.
import { ServiceError } from '../../shared/api/envelope';
import type { ArendeDto, BeslutDto } from '../../shared/api/decisions-contract';
import type { GeneratedFile } from '../../shared/api/files';
import { overklagandeTidSlut } from '../../shared/domain/protokoll';
import type { DokumentationRegim } from '../../shared/domain/insats';
import {
  buildProtokollsutdrag,
  buildTjansteskrivelse,
  giltighetstid,
  renderDocx,
  renderPdf,
  type Block,
  type DocumentModel,
  type TjansteskrivelseInsats,
} from '../exports';
import { compareNummer, nameLookupMaps, parseContent } from './catalogue';
import type { ServiceContext, Trx } from './context';
import { readArende } from './decisions';
import { generatedFile } from './files';
import { readRka, rkaConclusion } from './rka-read';
import { readSettings } from './settings';

export type DocumentFormat = 'pdf' | 'docx';

const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase('sv-SE') + s.slice(1) : s);

/** What the förvaltning proposes when nothing else is written: "Socialnämnden beslutar att anta …". */
export function defaultForslag(namnd: string, rubrik: string): string {
  return `${namnd} beslutar att anta ${lowerFirst(rubrik.trim())}.`;
}

const BAKGRUND = [
  'Sedan den 1 juli 2025 gäller socialtjänstlagen (2025:400). Enligt 11 kap. 5 § får socialnämnden tillhandahålla insatser utan individuell behovsprövning för personliga behov. Nämnden ska särskilt besluta om vilka insatser det gäller och vilka villkor som gäller för dem.',
  'Genomförandet av insatserna dokumenteras enligt 14 kap. 3 §. För rådgivning får uppgifter om den enskildes personliga förhållanden lämnas odokumenterade (14 kap. 4 §), och nämnden får efter en risk- och konsekvensanalys besluta att uppgifter som kan röja den enskildes identitet inte dokumenteras för en viss insats om det finns särskilda skäl (14 kap. 5 §).',
].join('\n\n');

interface Gathered {
  arende: ArendeDto;
  kommun: string;
  namnd: string;
  namndForkortning: string;
  forvaltning: string;
  anvandare: string;
  meeting: { datum: string; namnd: string; status: string; justeringsdatum: string | null; anslagsdatum: string | null; ordforande: string; justerare: string } | null;
  insatser: Array<TjansteskrivelseInsats & { versionNo: number }>;
}

async function gather(ctx: ServiceContext, arendeId: number): Promise<Gathered> {
  const db: Trx = ctx.db;
  const arende = await readArende(db, ctx, arendeId);
  const settings = await readSettings(db);
  const meeting = arende.sammantradeId ? ((await db.selectFrom('sammantrade').selectAll().where('id', '=', arende.sammantradeId).executeTakeFirst()) ?? null) : null;
  const names = await nameLookupMaps(db);
  const rows = arende.versioner.length
    ? await db
        .selectFrom('insats_version as v')
        .innerJoin('insats as i', 'i.id', 'v.insats_id')
        .select(['v.id', 'v.version_no', 'v.content_json', 'v.dokumentation_regim', 'i.nummer'])
        .where(
          'v.id',
          'in',
          arende.versioner.map((v) => v.versionId),
        )
        .execute()
    : [];
  rows.sort((a, b) => compareNummer(a.nummer, b.nummer) || parseContent(a).namn.localeCompare(parseContent(b).namn, 'sv'));
  const anyChanged = rows.some((r) => r.version_no > 1);
  const insatser: Gathered['insatser'] = [];
  for (const r of rows) {
    const content = parseContent(r);
    const regim = content.dokumentation.regim as DokumentationRegim;
    const enhet = content.enhetId !== null ? names.enheter.get(content.enhetId)?.namn : undefined;
    const kategori = content.kategoriId !== null ? names.kategorier.get(content.kategoriId) : undefined;
    const rka = regim === '14:5' ? await readRka(db, r.id) : null;
    insatser.push({
      namn: content.namn,
      nummer: r.nummer,
      grupp: enhet ?? kategori ?? null,
      regim,
      bedomningSarskildaSkal: regim === '14:5' ? (await rkaConclusion(db, r.id)) || null : null,
      rkaDatum: rka ? rka.content.datum || (rka.complete ? rka.updatedAt.slice(0, 10) : null) : null,
      changed: anyChanged ? (r.version_no > 1 ? 'andrad' : 'ny') : null,
      andringssammanfattning: r.version_no > 1 ? content.andringssammanfattning : null,
      versionNo: r.version_no,
    });
  }
  return {
    arende,
    kommun: settings.kommun,
    namnd: meeting?.namnd || settings.namnd,
    namndForkortning: settings.namndForkortning,
    forvaltning: settings.forvaltning,
    anvandare: settings.anvandare,
    meeting,
    insatser,
  };
}

function beslutsunderlag(g: Gathered): string[] {
  if (g.arende.beslutsunderlag.length) return g.arende.beslutsunderlag;
  return [`Tjänsteskrivelse, ${g.forvaltning.toLocaleLowerCase('sv-SE')}, ${g.arende.skapad}`];
}

function expedierasTill(g: Gathered): string[] {
  if (g.arende.expedierasTill.length) return g.arende.expedierasTill;
  const out = [g.forvaltning];
  if (g.arende.beslut?.dokumentansvarig) out.push(g.arende.beslut.dokumentansvarig);
  return out.filter(Boolean);
}

/** The decision metadata as seed 002's header writes it: "Diarienummer: 2025.053 SN § 37", "Giltighetstid: 2025-10-01 –". */
export function beslutMetadata(beslut: BeslutDto): Array<{ label: string; value: string }> {
  const rows = [
    { label: 'Typ av styrdokument', value: beslut.typAvStyrdokument },
    { label: 'Beslutande instans', value: beslut.beslutandeInstans },
    { label: 'Datum för beslut', value: beslut.beslutsdatum },
    { label: 'Diarienummer', value: beslut.beteckning },
    { label: 'Gäller för', value: beslut.gallerFor },
    { label: 'Giltighetstid', value: giltighetstid(beslut.giltigFran, beslut.giltigTill) ?? '' },
    { label: 'Revideras senast', value: beslut.reviderasSenast ?? '' },
    { label: 'Dokumentansvarig', value: beslut.dokumentansvarig },
  ];
  return rows.filter((r) => r.value.trim() !== '');
}

function beskrivningMedInsatser(g: Gathered): string {
  const parts = [g.arende.beskrivning.trim()];
  if (g.insatser.length) {
    const n = g.insatser.length;
    parts.push(`Ärendet omfattar ${n === 1 ? 'följande insats' : `följande ${n} insatser`}:`);
    parts.push(g.insatser.map((i) => `- ${i.nummer ? `${i.nummer} ` : ''}${i.namn}${i.regim === '14:5' ? ' (undantag från dokumentation enligt 14 kap. 5 §)' : ''}`).join('\n'));
  }
  return parts.filter(Boolean).join('\n\n');
}

export async function protokollsutdragModel(ctx: ServiceContext, arendeId: number): Promise<DocumentModel> {
  const g = await gather(ctx, arendeId);
  const { arende } = g;
  if (!g.meeting || arende.paragraf === null || !arende.sammantradesdatum) {
    throw new ServiceError('refused', 'Ärendet står inte på någon dagordning och har ingen paragraf än. Lägg det på ett sammanträde först.');
  }
  const beslut = arende.beslut;
  const model = buildProtokollsutdrag({
    kommun: g.kommun,
    namnd: g.namnd,
    namndForkortning: g.namndForkortning,
    sammantradesdatum: arende.sammantradesdatum,
    paragraf: arende.paragraf,
    diarienummer: arende.diarienummer,
    rubrik: arende.rubrik,
    beslut: beslut ? beslut.beslutstext : defaultForslag(g.namnd, arende.rubrik),
    giltigFran: beslut?.giltigFran,
    giltigTill: beslut?.giltigTill,
    reviderasSenast: beslut?.reviderasSenast,
    beskrivningAvArendet: beskrivningMedInsatser(g),
    beslutsunderlag: beslutsunderlag(g),
    expedierasTill: expedierasTill(g),
    ordforande: g.meeting.ordforande || null,
    justerare: g.meeting.justerare || null,
    sekreterare: g.anvandare || null,
    utdragsbestyrkare: g.anvandare || null,
    justeringsdatum: g.meeting.status === 'justerat' ? g.meeting.justeringsdatum : null,
    // Before the beslut is recorded the extract is a draft of what is proposed.
    draft: !beslut,
  });
  // The beslut's own details follow its text: the nämnd's reasons, the styrdokument's metadata and laga kraft.
  const extra: Block[] = [];
  if (beslut?.motivering.trim()) {
    extra.push({ kind: 'paragraph', content: [{ text: beslut.utfall === 'aterremiss' ? 'Skäl för återremiss: ' : 'Motivering: ', bold: true }, { text: beslut.motivering.trim() }] });
  }
  if (beslut?.utfall === 'bifall') {
    extra.push({ kind: 'heading', level: 2, text: 'Beslutsuppgifter', toc: false });
    extra.push({ kind: 'metadata', rows: beslutMetadata(beslut) });
  }
  if (beslut && g.meeting.anslagsdatum) {
    const slut = overklagandeTidSlut(g.meeting.anslagsdatum);
    const lines = [`Justeringen anslogs på kommunens digitala anslagstavla ${g.meeting.anslagsdatum}. Tiden för att överklaga beslutet (laglighetsprövning) löper ut ${slut}.`];
    if (beslut.overklagad) lines.push('Beslutet har överklagats.');
    else if (beslut.vunnitLagaKraft) lines.push('Beslutet har vunnit laga kraft.');
    extra.push({ kind: 'paragraph', style: 'small', content: lines.join(' ') });
  }
  const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Beskrivning av ärendet');
  const blocks = [...model.blocks];
  blocks.splice(at < 0 ? blocks.length : at, 0, ...extra);
  return { ...model, keywords: [...(model.keywords ?? []), ...(beslut ? [beslut.beteckning] : [])], blocks };
}

export async function tjansteskrivelseModel(ctx: ServiceContext, arendeId: number): Promise<DocumentModel> {
  const g = await gather(ctx, arendeId);
  const { arende } = g;
  const forslag = arende.beslut && arende.beslut.utfall === 'bifall' ? arende.beslut.beslutstext : defaultForslag(g.namnd, arende.rubrik);
  const n = g.insatser.length;
  const sammanfattning =
    arende.beskrivning.trim() ||
    (n ? `Förvaltningen föreslår att ${lowerFirst(g.namnd)} beslutar om ${n} ${n === 1 ? 'insats' : 'insatser'} som tillhandahålls utan individuell behovsprövning.` : '');
  const model = buildTjansteskrivelse({
    kommun: g.kommun,
    forvaltning: g.forvaltning,
    datum: arende.skapad,
    diarienummer: arende.diarienummer,
    handlaggare: { namn: arende.handlaggare || g.anvandare },
    mottagare: g.namnd,
    arende: arende.rubrik,
    forslagTillBeslut: forslag,
    sammanfattning,
    bakgrund: BAKGRUND,
    insatser: g.insatser,
    konsekvenser: [],
    beslutsunderlag: beslutsunderlag(g).filter((u) => !/^tjänsteskrivelse/i.test(u)),
  });
  // Where the ärende is on the agenda, and the decision once taken, as the header of the memo shows it.
  const meta = model.blocks.find((b) => b.kind === 'metadata');
  if (meta && meta.kind === 'metadata') {
    const rows = [...meta.rows];
    if (arende.sammantradesdatum) rows.push({ label: 'Sammanträde', value: `${arende.sammantradesdatum}${arende.paragraf ? `, § ${arende.paragraf}` : ''}` });
    if (arende.beslut) rows.push({ label: 'Beslut', value: `${arende.beslut.beteckning}, ${arende.beslut.beslutsdatum}` });
    const index = model.blocks.indexOf(meta);
    const blocks = [...model.blocks];
    blocks[index] = { ...meta, rows };
    return { ...model, blocks };
  }
  return model;
}

async function render(model: DocumentModel, stem: string, format: DocumentFormat, now: Date): Promise<GeneratedFile> {
  const bytes = format === 'pdf' ? await renderPdf(model, { creationDate: now }) : await renderDocx(model);
  return generatedFile(stem, format, bytes);
}

export async function protokollsutdragFile(ctx: ServiceContext, input: { arendeId: number; format: DocumentFormat }): Promise<GeneratedFile> {
  const model = await protokollsutdragModel(ctx, input.arendeId);
  const arende = await readArende(ctx.db, ctx, input.arendeId);
  return render(model, `Protokollsutdrag ${arende.sammantradesdatum} § ${arende.paragraf}`, input.format, ctx.now());
}

export async function tjansteskrivelseFile(ctx: ServiceContext, input: { arendeId: number; format: DocumentFormat }): Promise<GeneratedFile> {
  const model = await tjansteskrivelseModel(ctx, input.arendeId);
  const arende = await readArende(ctx.db, ctx, input.arendeId);
  return render(model, `Tjänsteskrivelse ${arende.diarienummer}`, input.format, ctx.now());
}

/** The ärende with § N on the sammanträde of a date (the CLI's way of naming a protocol extract). */
export async function arendeByParagraf(ctx: ServiceContext, input: { sammantradesdatum: string; paragraf: number }): Promise<number> {
  const rows = await ctx.db
    .selectFrom('arende')
    .innerJoin('sammantrade', 'sammantrade.id', 'arende.sammantrade_id')
    .select(['arende.id'])
    .where('sammantrade.datum', '=', input.sammantradesdatum)
    .where('arende.paragraf', '=', input.paragraf)
    .execute();
  if (rows.length === 0) throw new ServiceError('not_found', `Det finns ingen § ${input.paragraf} på ett sammanträde ${input.sammantradesdatum}.`);
  if (rows.length > 1) throw new ServiceError('conflict', `Flera nämnder har § ${input.paragraf} på sammanträden ${input.sammantradesdatum}.`);
  return rows[0].id;
}
