// The documents of an ärende: the tjänsteskrivelse (the förvaltning's proposal to the nämnd) and the
// protokollsutdrag (the § of the protocol with the beslut), as PDF or DOCX. The builders in electron/exports
// lay them out; this module gathers what they print from the ärende, its sammanträde, beslut, insatser,
// their RKA (14 kap. 5 §) and the settings.
import { ServiceError } from '../../shared/api/envelope';
import type { ArendeDto, BeslutDto } from '../../shared/api/decisions-contract';
import type { GeneratedFile } from '../../shared/api/files';
import { defaultForslag } from '../../shared/domain/beslut';
import { overklagandeTidSlut } from '../../shared/domain/protokoll';
import { lowerFirst } from '../../shared/domain/text';
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
import { readArende, splitLines } from './decisions';
import { meetingItems } from './decisions/meeting-items';
import { generatedFile } from './files';
import { readRka, rkaConclusion } from './rka-read';
import { readSettings } from './settings';

export type DocumentFormat = 'pdf' | 'docx';

const BAKGRUND = [
  'Sedan den 1 juli 2025 gäller socialtjänstlagen (2025:400). Enligt 11 kap. 5 § får socialnämnden tillhandahålla insatser utan individuell behovsprövning för personliga behov. Nämnden ska särskilt besluta om vilka insatser det gäller och vilka villkor som gäller för dem.',
  'Genomförandet av insatserna dokumenteras enligt 14 kap. 3 §. För rådgivning får uppgifter om den enskildes personliga förhållanden lämnas odokumenterade (14 kap. 4 §), och nämnden får efter en risk- och konsekvensanalys besluta att uppgifter som kan röja den enskildes identitet inte dokumenteras för en viss insats om det finns särskilda skäl (14 kap. 5 §).',
].join('\n\n');

type MeetingRow = {
  id: number;
  datum: string;
  namnd: string;
  status: string;
  justeringsdatum: string | null;
  anslagsdatum: string | null;
  ordforande: string;
  justerare: string;
};

interface Gathered {
  arende: ArendeDto;
  kommun: string;
  namnd: string;
  namndForkortning: string;
  forvaltning: string;
  anvandare: string;
  /** The sammanträde and § the document concerns; null for an ärende on no agenda. */
  meeting: MeetingRow | null;
  paragraf: number | null;
  /** The beslut taken at that §; null while it is awaited. */
  beslut: BeslutDto | null;
  /** The ärende's texts as that § has them: frozen in the beslut once its protocol is justerat. */
  texter: { rubrik: string; beskrivning: string; beslutsunderlag: string[]; expedierasTill: string[] };
  /** Återremisser before this §, oldest first. */
  tidigare: BeslutDto[];
  insatser: Array<TjansteskrivelseInsats & { versionNo: number }>;
}

/**
 * Which handling of the ärende a document concerns: the § on the given sammanträde, or by default the ärende's
 * place now (its § on an agenda, or of its final beslut), and for the protokollsutdrag, failing those, the
 * § of its latest beslut (an återremiss).
 */
function chooseHandling(
  arende: ArendeDto,
  sammantradeId: number | undefined,
  latestBeslut: boolean,
): { sammantradeId: number | null; paragraf: number | null; beslut: BeslutDto | null } {
  if (sammantradeId !== undefined) {
    const beslut = arende.historik.find((b) => b.sammantradeId === sammantradeId);
    if (beslut) return { sammantradeId, paragraf: beslut.paragraf, beslut };
    if (arende.sammantradeId === sammantradeId) return { sammantradeId, paragraf: arende.paragraf, beslut: null };
    throw new ServiceError('not_found', `Ärende ${arende.diarienummer} har ingen paragraf på det sammanträdet.`);
  }
  if (arende.sammantradeId !== null) return { sammantradeId: arende.sammantradeId, paragraf: arende.paragraf, beslut: arende.beslut };
  const last = arende.historik.at(-1);
  if (latestBeslut && last) return { sammantradeId: last.sammantradeId, paragraf: last.paragraf, beslut: last };
  return { sammantradeId: null, paragraf: null, beslut: null };
}

async function gather(ctx: ServiceContext, arendeId: number, sammantradeId: number | undefined, latestBeslut: boolean): Promise<Gathered> {
  const db: Trx = ctx.db;
  const arende = await readArende(db, ctx, arendeId);
  const settings = await readSettings(db);
  const handling = chooseHandling(arende, sammantradeId, latestBeslut);
  const meeting = handling.sammantradeId
    ? ((await db.selectFrom('sammantrade').selectAll().where('id', '=', handling.sammantradeId).executeTakeFirst()) ?? null)
    : null;
  const frozen = handling.beslut
    ? await db
        .selectFrom('beslut')
        .select(['rubrik', 'beskrivning', 'beslutsunderlag', 'expedieras_till'])
        .where('id', '=', handling.beslut.id)
        .executeTakeFirstOrThrow()
    : null;
  const texter = {
    rubrik: frozen?.rubrik ?? arende.rubrik,
    beskrivning: frozen?.beskrivning ?? arende.beskrivning,
    beslutsunderlag: frozen?.beslutsunderlag != null ? splitLines(frozen.beslutsunderlag) : arende.beslutsunderlag,
    expedierasTill: frozen?.expedieras_till != null ? splitLines(frozen.expedieras_till) : arende.expedierasTill,
  };
  const tidigare = arende.historik.filter((b) => b.utfall === 'aterremiss' && (!handling.beslut || b.id < handling.beslut.id));
  // A beslut concerned the versions it moved; an awaited § the ärende's versions now.
  const versionIds = handling.beslut
    ? (await db.selectFrom('beslut_version').select('version_id').where('beslut_id', '=', handling.beslut.id).execute()).map((r) => r.version_id)
    : arende.versioner.map((v) => v.versionId);
  const names = await nameLookupMaps(db);
  const rows = versionIds.length
    ? await db
        .selectFrom('insats_version as v')
        .innerJoin('insats as i', 'i.id', 'v.insats_id')
        .select(['v.id', 'v.version_no', 'v.content_json', 'v.dokumentation_regim', 'i.nummer'])
        .where('v.id', 'in', versionIds)
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
    paragraf: handling.paragraf,
    beslut: handling.beslut,
    texter,
    tidigare,
    insatser,
  };
}

function beslutsunderlag(g: Gathered): string[] {
  if (g.texter.beslutsunderlag.length) return g.texter.beslutsunderlag;
  const memo = `Tjänsteskrivelse, ${g.forvaltning.toLocaleLowerCase('sv-SE')}`;
  // A decision registered from the diarium was prepared before the app: its memo's date is not known here.
  return [g.beslut?.franDiarium ? memo : `${memo}, ${g.arende.skapad}`];
}

function expedierasTill(g: Gathered): string[] {
  if (g.texter.expedierasTill.length) return g.texter.expedierasTill;
  const out = [g.forvaltning];
  if (g.beslut?.dokumentansvarig) out.push(g.beslut.dokumentansvarig);
  return out.filter(Boolean);
}

/** "Nämnden återremitterade ärendet 2025-09-16, § 37, med motiveringen: …" for each earlier återremiss. */
function tidigareBehandling(g: Gathered): string {
  return g.tidigare
    .map((b) => {
      const where = b.sammantradesdatum
        ? `vid sammanträdet ${b.sammantradesdatum}${b.paragraf !== null ? `, ${g.namndForkortning ? `${g.namndForkortning} ` : ''}§ ${b.paragraf}` : ''}`
        : b.beslutsdatum;
      return `${g.namnd} återremitterade ärendet till förvaltningen ${where}, med motiveringen: ${b.motivering.trim()}`;
    })
    .join('\n\n');
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
  const parts = [tidigareBehandling(g), g.texter.beskrivning.trim()];
  if (g.insatser.length) {
    const n = g.insatser.length;
    parts.push(`Ärendet omfattar ${n === 1 ? 'följande insats' : `följande ${n} insatser`}:`);
    parts.push(
      g.insatser
        .map((i) => `- ${i.nummer ? `${i.nummer} ` : ''}${i.namn}${i.regim === '14:5' ? ' (undantag från dokumentation enligt 14 kap. 5 §)' : ''}`)
        .join('\n'),
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

export async function protokollsutdragModel(ctx: ServiceContext, arendeId: number, sammantradeId?: number): Promise<DocumentModel> {
  const g = await gather(ctx, arendeId, sammantradeId, true);
  const { arende, beslut, texter } = g;
  if (!g.meeting || g.paragraf === null) {
    throw new ServiceError('refused', 'Ärendet står inte på någon dagordning och har ingen paragraf än. Lägg det på ett sammanträde först.');
  }
  const model = buildProtokollsutdrag({
    kommun: g.kommun,
    namnd: g.namnd,
    namndForkortning: g.namndForkortning,
    sammantradesdatum: g.meeting.datum,
    paragraf: g.paragraf,
    diarienummer: arende.diarienummer,
    rubrik: texter.rubrik,
    beslut: beslut ? beslut.beslutstext : defaultForslag(g.namnd, texter.rubrik),
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
    extra.push({
      kind: 'paragraph',
      content: [{ text: beslut.utfall === 'aterremiss' ? 'Skäl för återremiss: ' : 'Motivering: ', bold: true }, { text: beslut.motivering.trim() }],
    });
  }
  if (beslut?.utfall === 'bifall') {
    extra.push({ kind: 'heading', level: 2, text: 'Beslutsuppgifter', toc: false });
    extra.push({ kind: 'metadata', rows: beslutMetadata(beslut) });
  }
  if (beslut && g.meeting.anslagsdatum) {
    const slut = overklagandeTidSlut(g.meeting.anslagsdatum);
    const lines = [
      `Justeringen anslogs på kommunens digitala anslagstavla ${g.meeting.anslagsdatum}. Tiden för att överklaga beslutet (laglighetsprövning) löper ut ${slut}.`,
    ];
    if (beslut.overklagad) lines.push('Beslutet har överklagats.');
    else if (beslut.vunnitLagaKraft) lines.push('Beslutet har vunnit laga kraft.');
    extra.push({ kind: 'paragraph', style: 'small', content: lines.join(' ') });
  }
  const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Beskrivning av ärendet');
  const blocks = [...model.blocks];
  blocks.splice(at < 0 ? blocks.length : at, 0, ...extra);
  return { ...model, keywords: [...(model.keywords ?? []), ...(beslut ? [beslut.beteckning] : [])], blocks };
}

export async function tjansteskrivelseModel(ctx: ServiceContext, arendeId: number, sammantradeId?: number): Promise<DocumentModel> {
  const g = await gather(ctx, arendeId, sammantradeId, false);
  const { arende, beslut, texter } = g;
  const forslag = beslut && beslut.utfall === 'bifall' ? beslut.beslutstext : defaultForslag(g.namnd, texter.rubrik);
  const n = g.insatser.length;
  const sammanfattning =
    texter.beskrivning.trim() ||
    (n
      ? `Förvaltningen föreslår att ${lowerFirst(g.namnd)} beslutar om ${n} ${n === 1 ? 'insats' : 'insatser'} som tillhandahålls utan individuell behovsprövning.`
      : '');
  const tidigare = tidigareBehandling(g);
  const model = buildTjansteskrivelse({
    kommun: g.kommun,
    forvaltning: g.forvaltning,
    datum: arende.skapad,
    diarienummer: arende.diarienummer,
    handlaggare: { namn: arende.handlaggare || g.anvandare },
    mottagare: g.namnd,
    arende: texter.rubrik,
    forslagTillBeslut: forslag,
    sammanfattning,
    // An ärende that comes back after an återremiss says so, and why, before the förvaltning's new proposal.
    bakgrund: tidigare ? `${tidigare}\n\n${BAKGRUND}` : BAKGRUND,
    insatser: g.insatser,
    konsekvenser: [],
    beslutsunderlag: beslutsunderlag(g).filter((u) => !/^tjänsteskrivelse/i.test(u)),
  });
  // Where the ärende is on the agenda, and the decision once taken, as the header of the memo shows it.
  const meta = model.blocks.find((b) => b.kind === 'metadata');
  if (meta && meta.kind === 'metadata') {
    const rows = [...meta.rows];
    if (g.meeting) rows.push({ label: 'Sammanträde', value: `${g.meeting.datum}${g.paragraf ? `, § ${g.paragraf}` : ''}` });
    if (beslut) rows.push({ label: 'Beslut', value: `${beslut.beteckning}, ${beslut.beslutsdatum}` });
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

export async function protokollsutdragFile(
  ctx: ServiceContext,
  input: { arendeId: number; format: DocumentFormat; sammantradeId?: number },
): Promise<GeneratedFile> {
  const model = await protokollsutdragModel(ctx, input.arendeId, input.sammantradeId);
  const g = chooseHandling(await readArende(ctx.db, ctx, input.arendeId), input.sammantradeId, true);
  const meeting = await ctx.db.selectFrom('sammantrade').select('datum').where('id', '=', g.sammantradeId!).executeTakeFirstOrThrow();
  return render(model, `Protokollsutdrag ${meeting.datum} § ${g.paragraf}`, input.format, ctx.now());
}

export async function tjansteskrivelseFile(
  ctx: ServiceContext,
  input: { arendeId: number; format: DocumentFormat; sammantradeId?: number },
): Promise<GeneratedFile> {
  const model = await tjansteskrivelseModel(ctx, input.arendeId, input.sammantradeId);
  const arende = await readArende(ctx.db, ctx, input.arendeId);
  return render(model, `Tjänsteskrivelse ${arende.diarienummer}`, input.format, ctx.now());
}

/**
 * The ärende and sammanträde of § N on the sammanträde of a date (the CLI's way of naming a protocol extract):
 * an ärende awaiting its beslut there, or a beslut taken there (an återremiss as well as a later bifall).
 */
export async function arendeByParagraf(
  ctx: ServiceContext,
  input: { sammantradesdatum: string; paragraf: number },
): Promise<{ arendeId: number; sammantradeId: number }> {
  const rows = await ctx.db
    .selectFrom(meetingItems(ctx.db).as('mi'))
    .innerJoin('sammantrade', 'sammantrade.id', 'mi.sammantrade_id')
    .select(['mi.arende_id as arendeId', 'sammantrade.id as sammantradeId'])
    .where('sammantrade.datum', '=', input.sammantradesdatum)
    .where('mi.paragraf', '=', input.paragraf)
    .execute();
  if (rows.length === 0) throw new ServiceError('not_found', `Det finns ingen § ${input.paragraf} på ett sammanträde ${input.sammantradesdatum}.`);
  if (rows.length > 1) throw new ServiceError('conflict', `Flera nämnder har § ${input.paragraf} på sammanträden ${input.sammantradesdatum}.`);
  return rows[0];
}
