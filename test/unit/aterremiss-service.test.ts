// An ärende that the nämnd återremitterar comes back to a later sammanträde under the same diarienummer with a new §:
// återremiss at meeting 1 → the förvaltning reworks the proposal → redo för beslut → scheduled at meeting 2 → bifall.
// Through the real dispatcher on a real SQLite file, with the lifecycle steps a user takes (no status set by hand).
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArendeDto } from '../../shared/api/decisions-contract';
import type { GeneratedFile } from '../../shared/api/files';
import { arendeByParagraf, protokollsutdragFile } from '../../electron/services/decision-documents';
import { importCatalogue } from '../../electron/services/portable';
import { readDocumentTextsOf } from '../../electron/services/document-texts';
import { loadFixture } from '../fixtures/load-fixture';
import { glantan, villkor } from '../support/seed-insatser';
import { servicesOnDay, testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-09-01' });
});
afterEach(async () => s.cleanup());

const SKAL = 'Villkoren behöver förtydligas.';
const pdfText = (file: GeneratedFile) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(file.base64, 'base64') })
    .toString('utf8')
    .replace(/\s+/g, ' ');
/** Justering is recorded on the day it happens (a protocol cannot be justerat on a future date). */
async function justera(input: { id: number; justeringsdatum: string; ordforande?: string; justerare?: string }) {
  const day = await servicesOnDay(s.file, input.justeringsdatum);
  try {
    await day.call('sammantraden/update', { ...input, status: 'justerat' });
  } finally {
    await day.close();
  }
}
const count = (table: string) => (s.sqlite.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;

const beslut = (arendeId: number, utfall: 'bifall' | 'aterremiss' | 'avslag', beslutsdatum: string) => ({
  arendeId,
  utfall,
  beslutsdatum,
  beslutandeInstans: 'Socialnämnden',
  beslutstext:
    utfall === 'aterremiss'
      ? 'Socialnämnden beslutar att återremittera ärendet till förvaltningen.'
      : utfall === 'avslag'
        ? 'Socialnämnden avslår förslaget.'
        : 'Socialnämnden antar riktlinjen.',
  motivering: utfall === 'aterremiss' ? SKAL : '',
  giltigFran: utfall === 'bifall' ? '2025-11-01' : null,
  giltigTill: null,
  reviderasSenast: utfall === 'bifall' ? '2026-12-31' : null,
  dokumentansvarig: 'Verksamhetsutvecklare',
  typAvStyrdokument: 'Riktlinjer',
  gallerFor: 'Socialförvaltningen',
});

/** An insats proposed and made redo för beslut the way a user does it: förslag, then redo för beslut. */
async function proposedVersion() {
  const v = await s.call('insatser/create', { content: glantan('14:3') });
  await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
  await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
  return v;
}

/** Meeting 1 (2025-09-16) with § 36 taken by another ärende, and ärende 2025.053 on it at § 37. */
async function onFirstMeeting() {
  const v = await proposedVersion();
  const m1 = await s.call('sammantraden/create', { datum: '2025-09-16' });
  const m2 = await s.call('sammantraden/create', { datum: '2025-10-14' });
  const other = await s.call('arenden/create', { rubrik: 'Delegationsordning' });
  await s.call('arenden/schedule', { arendeId: other.id, sammantradeId: m1.id, paragraf: 36 });
  const a = await s.call('arenden/create', {
    diarienummer: '2025.053',
    rubrik: 'Aktivitetshus Gläntan',
    beskrivning: 'Förvaltningens första förslag.',
    versionIds: [v.versionId],
  });
  expect((await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m1.id })).paragraf).toBe(37);
  return { v, m1, m2, a };
}

/** The förvaltning reworks the återremitterade version and proposes it again. */
async function rework(versionId: number) {
  const version = await s.call('versions/get', { versionId });
  await s.call('versions/save', {
    versionId,
    revision: version.revision,
    content: {
      ...version.content,
      villkor: [
        ...version.content.villkor,
        villkor('dokument', 'Visa giltig ID-handling vid första besöket.', {
          dokument: 'ID-handling',
          motivering: 'Utföraren kan pröva villkoret summariskt.',
        }),
      ],
    },
  });
  await s.call('versions/transition', { versionId, to: 'forslag', reason: 'Omarbetat efter återremissen.' });
  await s.call('versions/transition', { versionId, to: 'redo_for_beslut' });
}

const meetingOf = async (id: number) => (await s.call('sammantraden/list', {})).find((m) => m.id === id)!;

describe('återremiss och ny behandling', () => {
  it('återremiss på sammanträde 1, omarbetning, ny § på sammanträde 2 och bifall – i samma ärende', async () => {
    const { v, m1, m2, a } = await onFirstMeeting();

    // Meeting 1: återremiss. The ärende leaves the agenda; the återremiss stays in its history with § 37 and the reason.
    const sent = await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    expect(sent).toMatchObject({ sammantradeId: null, paragraf: null, beslut: null, diarienummer: '2025.053' });
    expect(sent.historik).toEqual([
      expect.objectContaining({
        utfall: 'aterremiss',
        sammantradeId: m1.id,
        sammantradesdatum: '2025-09-16',
        paragraf: 37,
        beteckning: '2025.053 SN § 37',
        motivering: SKAL,
        lasst: false,
      }),
    ]);
    expect(sent.versioner).toEqual([expect.objectContaining({ versionId: v.versionId, status: 'aterremitterad' })]);
    expect(await s.call('versions/get', { versionId: v.versionId })).toMatchObject({ status: 'aterremitterad', editable: true });

    // Not yet: the proposal must be reworked and redo för beslut, and the meeting must be a later one.
    expect(sent.planering).toEqual({
      mojlig: false,
      senareAn: '2025-09-16',
      hinder: [
        {
          versionId: v.versionId,
          insatsId: v.insatsId,
          text: 'Aktivitetshus Gläntan (version 1) är återremitterad: arbeta om den i Katalog, lämna den som förslag och markera den redo för beslut.',
        },
      ],
    });
    const auditBefore = count('audit_log');
    await expect(s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id })).rejects.toThrow(
      /förrän förslaget är omarbetat.*Aktivitetshus Gläntan \(version 1\) är återremitterad/,
    );
    await expect(s.call('beslut/record', beslut(a.id, 'bifall', '2025-10-14'))).rejects.toThrow(
      'Ärendet återremitterades 2025-09-16 § 37. Lägg det på ett senare sammanträdes dagordning innan nästa beslut registreras.',
    );
    expect(count('audit_log')).toBe(auditBefore);

    // Meeting 1's agenda keeps § 37 with the återremiss; § 37 stays taken for the rest of the year.
    expect((await meetingOf(m1.id)).paragrafer.map((p) => [p.paragraf, p.diarienummer, p.beslut?.utfall ?? null])).toEqual([
      [36, expect.any(String), null],
      [37, '2025.053', 'aterremiss'],
    ]);
    expect(await s.call('arenden/suggestParagraf', { sammantradeId: m2.id })).toEqual({ paragraf: 38 });

    // The förvaltning reworks the proposal; it is redo för beslut again and the ärende can be scheduled.
    await rework(v.versionId);
    const ready = (await s.call('arenden/list', {})).find((x) => x.id === a.id)!;
    expect(ready.planering).toEqual({ mojlig: true, hinder: [], senareAn: '2025-09-16' });
    await expect(s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m1.id, paragraf: 40 })).rejects.toThrow(
      'Ärendet återremitterades 2025-09-16 § 37. Lägg det på ett senare sammanträde.',
    );
    await expect(s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id, paragraf: 37 })).rejects.toThrow(
      '§ 37 används redan av ärende 2025.053 (Aktivitetshus Gläntan) på sammanträdet 2025-09-16; paragraferna numreras löpande under året. Nästa lediga paragraf är § 38.',
    );
    const scheduled = await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id });
    expect(scheduled).toMatchObject({ sammantradeId: m2.id, sammantradesdatum: '2025-10-14', paragraf: 38, beslut: null, planering: { mojlig: false } });

    // Meeting 2: bifall, the same diarienummer with the new §.
    const decided = await s.call('beslut/record', beslut(a.id, 'bifall', '2025-10-14'));
    expect(decided).toMatchObject({
      sammantradeId: m2.id,
      paragraf: 38,
      beslut: { utfall: 'bifall', beteckning: '2025.053 SN § 38', sammantradesdatum: '2025-10-14', paragraf: 38 },
    });
    expect(decided.historik.map((b) => `${b.sammantradesdatum} § ${b.paragraf} – ${b.utfall}`)).toEqual([
      '2025-09-16 § 37 – aterremiss',
      '2025-10-14 § 38 – bifall',
    ]);
    expect(decided.versioner[0].status).toBe('beslutad');
    expect((await meetingOf(m1.id)).paragrafer.find((p) => p.paragraf === 37)!.beslut).toMatchObject({ utfall: 'aterremiss', beteckning: '2025.053 SN § 37' });
    expect((await meetingOf(m2.id)).paragrafer).toEqual([
      expect.objectContaining({ paragraf: 38, arendeId: a.id, beslut: expect.objectContaining({ utfall: 'bifall' }) }),
    ]);

    // The insats page: covered by § 38, and the återremiss at § 37 with its reason in the version's history.
    const forVersion = await s.call('beslut/forVersion', { versionId: v.versionId });
    expect(forVersion.covering).toMatchObject({ beteckning: '2025.053 SN § 38', giltigFran: '2025-11-01' });
    expect(forVersion.arenden.map((r) => [r.beteckning, r.utfall, r.motivering])).toEqual([
      ['2025.053 SN § 38', 'bifall', ''],
      ['2025.053 SN § 37', 'aterremiss', SKAL],
    ]);

    // Reminders and the audit trail name each beslut by its own §.
    const reminders = (await s.call('paminnelser/list', {})).reminders;
    expect(reminders.find((r) => r.key === `revidering:beslut-${decided.beslut!.id}`)).toMatchObject({
      title: 'Aktivitetshus Gläntan (2025.053 SN § 38)',
      link: `/beslut/arende/${a.id}`,
    });
    expect(reminders.filter((r) => r.kind === 'revidering')).toHaveLength(1);
    const trail = (await s.call('audit/insats', { insatsId: v.insatsId })).map((e) => e.beskrivning);
    expect(trail).toContain('Beslut 2025.053 SN § 37: registrera');
    expect(trail).toContain('Beslut 2025.053 SN § 38: registrera');
    expect(trail).toContain('Ärende 2025.053: lägg på dagordning igen efter återremiss');

    // Status by date and the catalogue on a date follow the bifall, not the återremiss.
    const later = await servicesOnDay(s.file, '2025-11-02');
    try {
      expect((await later.call('versions/get', { versionId: v.versionId })).status).toBe('gallande');
      expect(await later.call('catalogue/diffDates', { fromDate: '2025-10-31', toDate: '2025-11-01' })).toMatchObject({ added: [{ insatsId: v.insatsId }] });
    } finally {
      await later.close();
    }
  });

  it('ett ärende får ett enda slutligt beslut och kan inte läggas på en dagordning efter det', async () => {
    const { a, m1, m2 } = await onFirstMeeting();
    await s.call('beslut/record', beslut(a.id, 'avslag', '2025-09-16'));
    const auditBefore = count('audit_log');
    await expect(s.call('beslut/record', beslut(a.id, 'bifall', '2025-09-16'))).rejects.toThrow(
      /Ärendet är redan avgjort \(avslag 2025\.053 SN § 37\)\. Ett ärende får ett enda slutligt beslut/,
    );
    await expect(s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'))).rejects.toThrow(/redan avgjort/);
    await expect(s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id })).rejects.toThrow(
      'Ärendet är avgjort (avslag 2025.053 SN § 37) och kan inte läggas på en dagordning igen.',
    );
    await expect(s.call('arenden/unschedule', { arendeId: a.id })).rejects.toThrow(/registrerat beslut/);
    expect(count('beslut')).toBe(1);
    expect(count('audit_log')).toBe(auditBefore);

    // The database refuses it too, whatever writes to it.
    expect(() => s.sqlite.prepare('UPDATE arende SET sammantrade_id = ?, paragraf = 60 WHERE id = ?').run(m2.id, a.id)).toThrow(/slutligt avgjort/);
    expect(() =>
      s.sqlite
        .prepare(
          "INSERT INTO beslut (arende_id, utfall, beslutsdatum, beslutande_instans, created_at) VALUES (?, 'bifall', '2025-10-14', 'Socialnämnden', 'x')",
        )
        .run(a.id),
    ).toThrow(/slutligt avgjort/);
    // § 37 of meeting 1 belongs to the beslut now: no ärende can take it.
    const other = await s.call('arenden/create', { rubrik: 'Annat' });
    expect(() => s.sqlite.prepare('UPDATE arende SET sammantrade_id = ?, paragraf = 37 WHERE id = ?').run(m1.id, other.id)).toThrow(
      /används redan av ett beslut/,
    );
  });

  it('ett ärende kan återremitteras flera gånger; varje gång ett senare sammanträde och en ny §', async () => {
    const { v, m2, a } = await onFirstMeeting();
    await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    await rework(v.versionId);
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id, paragraf: 52 });
    await s.call('beslut/record', { ...beslut(a.id, 'aterremiss', '2025-10-14'), motivering: 'Åldersgränsen ska motiveras.' });
    const m3 = await s.call('sammantraden/create', { datum: '2025-11-18' });
    // The ärende's versions: back to återremitterad; rework again.
    const back = (await s.call('arenden/list', {})).find((x) => x.id === a.id)!;
    expect(back.planering).toMatchObject({ mojlig: false, senareAn: '2025-10-14' });
    await expect(s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id })).rejects.toThrow(/återremitterades 2025-10-14 § 52/);
    const version = await s.call('versions/get', { versionId: v.versionId });
    await s.call('versions/save', {
      versionId: v.versionId,
      revision: version.revision,
      content: { ...version.content, malgrupp: `${version.content.malgrupp} Åldersgränsen följer verksamhetens uppdrag.` },
    });
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
    const scheduled = await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m3.id });
    expect(scheduled.paragraf).toBe(53);
    const decided = await s.call('beslut/record', beslut(a.id, 'bifall', '2025-11-18'));
    expect(decided.historik.map((b) => b.beteckning)).toEqual(['2025.053 SN § 37', '2025.053 SN § 52', '2025.053 SN § 53']);
    const timeline = (await s.call('insatser/get', { insatsId: v.insatsId })).timeline.map((e) => [e.toStatus, e.reason]);
    expect(timeline.filter(([to]) => to === 'aterremitterad')).toEqual([
      ['aterremitterad', SKAL],
      ['aterremitterad', 'Åldersgränsen ska motiveras.'],
    ]);
  });

  it('efter återremissen kan förslaget omfatta andra versioner; beslutet på § 37 minns vilka det gällde', async () => {
    const { v, m2, a } = await onFirstMeeting();
    await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    const extra = await proposedVersion();
    // Only the new insats comes back; the återremitterade one is left out of the reworked proposal.
    const changed = await s.call('arenden/update', { arendeId: a.id, versionIds: [extra.versionId] });
    expect(changed.planering.mojlig).toBe(true);
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id });
    await s.call('beslut/record', beslut(a.id, 'bifall', '2025-10-14'));
    expect(s.sqlite.prepare('SELECT beslut_id, version_id FROM beslut_version ORDER BY beslut_id').all()).toEqual([
      { beslut_id: expect.any(Number), version_id: v.versionId },
      { beslut_id: expect.any(Number), version_id: extra.versionId },
    ]);
    expect((await s.call('versions/get', { versionId: v.versionId })).status).toBe('aterremitterad');
    expect((await s.call('beslut/forVersion', { versionId: v.versionId })).arenden.map((r) => r.beteckning)).toEqual(['2025.053 SN § 37']);
    await expect(s.call('arenden/update', { arendeId: a.id, versionIds: [v.versionId] })).rejects.toThrow(/Beslutet är registrerat/);
  });
});

describe('låsning per sammanträde', () => {
  it('återremissen låses när sammanträde 1 justeras; ärendet kan ändå arbetas om och beslutas på sammanträde 2', async () => {
    const { v, m1, m2, a } = await onFirstMeeting();
    const sent = await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    const aterremiss = sent.historik[0];
    const { arendeId: _a, ...fields } = beslut(a.id, 'aterremiss', '2025-09-16');
    // Before justering the återremiss can be corrected.
    const fixed = await s.call('beslut/update', { beslutId: aterremiss.id, ...fields, motivering: `${SKAL} Åldersgränsen ska motiveras.` });
    expect(fixed.historik[0].motivering).toBe(`${SKAL} Åldersgränsen ska motiveras.`);
    await justera({ id: m1.id, justeringsdatum: '2025-09-22' });
    const locked = (await s.call('arenden/list', {})).find((x) => x.id === a.id)!;
    expect(locked.historik[0].lasst).toBe(true);
    await expect(s.call('beslut/update', { beslutId: aterremiss.id, ...fields, motivering: 'Annat.' })).rejects.toThrow(/justerat/);

    // The ärende itself is not locked: it is reworked, its texts change, and it is decided on meeting 2.
    await s.call('arenden/update', { arendeId: a.id, beskrivning: 'Förvaltningens omarbetade förslag.', beslutsunderlag: ['Tjänsteskrivelse 2025-10-01'] });
    await rework(v.versionId);
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id });
    const decided = await s.call('beslut/record', beslut(a.id, 'bifall', '2025-10-14'));
    expect(decided.beslut!.lasst).toBe(false);
    const { arendeId: _b, ...bifallFields } = beslut(a.id, 'bifall', '2025-10-14');
    const corrected = await s.call('beslut/update', { beslutId: decided.beslut!.id, ...bifallFields, giltigTill: '2027-10-31' });
    expect(corrected.beslut!.giltigTill).toBe('2027-10-31');
    // The § of the bifall may still be corrected; the återremiss's § 37 is not free.
    await expect(s.call('arenden/setParagraf', { arendeId: a.id, paragraf: 37 })).rejects.toThrow(/§ 37 används redan av ärende 2025\.053/);
    expect((await s.call('arenden/setParagraf', { arendeId: a.id, paragraf: 41 })).beslut!.beteckning).toBe('2025.053 SN § 41');

    await justera({ id: m2.id, justeringsdatum: '2025-10-20' });
    const closed = (await s.call('arenden/list', {})).find((x) => x.id === a.id)!;
    expect(closed.historik.map((b) => b.lasst)).toEqual([true, true]);
    await expect(s.call('beslut/update', { beslutId: decided.beslut!.id, ...bifallFields })).rejects.toThrow(/justerat/);
    await expect(s.call('arenden/update', { arendeId: a.id, rubrik: 'Ny rubrik' })).rejects.toThrow(/justerat/);
    await expect(s.call('arenden/setParagraf', { arendeId: a.id, paragraf: 42 })).rejects.toThrow(/justerat/);
  });

  it('utfallet av en återremiss kan inte rättas när ärendet redan står på ett senare sammanträde eller har beslutats där', async () => {
    const { v, m2, a } = await onFirstMeeting();
    const sent = await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    const beslutId = sent.historik[0].id;
    const { arendeId: _a, ...bifallFields } = beslut(a.id, 'bifall', '2025-09-16');
    await rework(v.versionId);
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id });
    await expect(s.call('beslut/update', { beslutId, ...bifallFields })).rejects.toThrow(
      'Ärendet står redan på dagordningen för sammanträdet 2025-10-14 § 38. Ta bort det därifrån innan återremissen rättas till ett annat utfall.',
    );
    await s.call('beslut/record', beslut(a.id, 'bifall', '2025-10-14'));
    await expect(s.call('beslut/update', { beslutId, ...bifallFields })).rejects.toThrow(/behandlats igen efter det här beslutet/);
    // The text of the återremiss may still be corrected until its protocol is justerat.
    const { arendeId: _b, ...aterremissFields } = beslut(a.id, 'aterremiss', '2025-09-16');
    const fixed = await s.call('beslut/update', { beslutId, ...aterremissFields, beslutstext: 'Socialnämnden återremitterar ärendet.' });
    expect(fixed.historik[0].beslutstext).toBe('Socialnämnden återremitterar ärendet.');
    expect(count('beslut')).toBe(2);
  });
});

describe('protokollsutdrag per §', () => {
  async function decidedTwice(): Promise<{ a: ArendeDto; m1: number; m2: number }> {
    const { v, m1, m2, a } = await onFirstMeeting();
    await s.call('arenden/update', { arendeId: a.id, beslutsunderlag: ['Tjänsteskrivelse 2025-09-01'] });
    await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    await justera({ id: m1.id, justeringsdatum: '2025-09-22', ordforande: 'Olle Ordförande', justerare: 'Jenny Justerare' });
    // Reworked after the justering: the § 37 extract keeps the texts the nämnd had.
    await s.call('arenden/update', { arendeId: a.id, beskrivning: 'Förvaltningens omarbetade förslag.', beslutsunderlag: ['Tjänsteskrivelse 2025-10-01'] });
    await rework(v.versionId);
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: m2.id });
    const decided = await s.call('beslut/record', beslut(a.id, 'bifall', '2025-10-14'));
    return { a: decided, m1: m1.id, m2: m2.id };
  }

  it('återremissens § och bifallets § är var sitt utdrag ur var sitt protokoll', async () => {
    const { a, m1, m2 } = await decidedTwice();
    const first = await s.call('arenden/protokollsutdrag', { arendeId: a.id, sammantradeId: m1, format: 'pdf' });
    expect(first.fileName).toBe('protokollsutdrag-2025-09-16-37.pdf');
    const firstText = pdfText(first);
    for (const value of [
      'Sammanträdesdatum 2025-09-16',
      'Paragraf SN § 37',
      'Socialnämnden beslutar att återremittera ärendet till förvaltningen.',
      `Skäl för återremiss: ${SKAL}`,
      'Förvaltningens första förslag.',
      'Tjänsteskrivelse 2025-09-01',
      'Justeringsdatum 2025-09-22',
      'Olle Ordförande',
    ]) {
      expect(firstText).toContain(value);
    }
    expect(firstText).not.toContain('omarbetade');
    expect(firstText).not.toContain('Beslutsuppgifter');
    expect(firstText).not.toContain('UTKAST');

    const second = await s.call('arenden/protokollsutdrag', { arendeId: a.id, sammantradeId: m2, format: 'pdf' });
    expect(second.fileName).toBe('protokollsutdrag-2025-10-14-38.pdf');
    const secondText = pdfText(second);
    for (const value of [
      'Sammanträdesdatum 2025-10-14',
      'Paragraf SN § 38',
      'Dnr 2025.053',
      'Socialnämnden antar riktlinjen.',
      'Diarienummer 2025.053 SN § 38',
      'Giltighetstid 2025-11-01 –',
      `Socialnämnden återremitterade ärendet till förvaltningen vid sammanträdet 2025-09-16, SN § 37, med motiveringen: ${SKAL}`,
      'Förvaltningens omarbetade förslag.',
      'Tjänsteskrivelse 2025-10-01',
    ]) {
      expect(secondText).toContain(value);
    }
    expect(secondText).not.toContain('Förvaltningens första förslag.');
    // Without a sammanträde: the ärende's place now, the bifall.
    expect((await s.call('arenden/protokollsutdrag', { arendeId: a.id, format: 'docx' })).fileName).toBe('protokollsutdrag-2025-10-14-38.docx');
    const stranger = await s.call('sammantraden/create', { datum: '2025-12-09' });
    await expect(s.call('arenden/protokollsutdrag', { arendeId: a.id, sammantradeId: stranger.id, format: 'pdf' })).rejects.toThrow(
      'Ärende 2025.053 har ingen paragraf på det sammanträdet.',
    );

    // The tjänsteskrivelse for meeting 2 tells the nämnd about the återremiss.
    const memo = pdfText(await s.call('arenden/tjansteskrivelse', { arendeId: a.id, format: 'pdf' }));
    expect(memo).toContain(`återremitterade ärendet till förvaltningen vid sammanträdet 2025-09-16, SN § 37, med motiveringen: ${SKAL}`);
    expect(memo).toContain('Sammanträde 2025-10-14, § 38');
  });

  it('hittar både återremissens och bifallets § utifrån sammanträdets datum och paragraf (som kommandoraden)', async () => {
    const { a, m1, m2 } = await decidedTwice();
    expect(await arendeByParagraf(s.ctx, { sammantradesdatum: '2025-09-16', paragraf: 37 })).toEqual({ arendeId: a.id, sammantradeId: m1 });
    expect(await arendeByParagraf(s.ctx, { sammantradesdatum: '2025-10-14', paragraf: 38 })).toEqual({ arendeId: a.id, sammantradeId: m2 });
    const found = await arendeByParagraf(s.ctx, { sammantradesdatum: '2025-09-16', paragraf: 37 });
    expect(pdfText(await protokollsutdragFile(s.ctx, { ...found, format: 'pdf' }))).toContain(`Skäl för återremiss: ${SKAL}`);
    await expect(arendeByParagraf(s.ctx, { sammantradesdatum: '2025-10-14', paragraf: 37 })).rejects.toThrow(
      'Det finns ingen § 37 på ett sammanträde 2025-10-14.',
    );
  });

  it('ett utdrag före beslutet är ett utkast; efter återremissen visar standardvalet återremissens §', async () => {
    const { a } = await onFirstMeeting();
    expect(pdfText(await s.call('arenden/protokollsutdrag', { arendeId: a.id, format: 'pdf' }))).toContain('UTKAST');
    await s.call('beslut/record', beslut(a.id, 'aterremiss', '2025-09-16'));
    const text = pdfText(await s.call('arenden/protokollsutdrag', { arendeId: a.id, format: 'pdf' }));
    expect(text).toContain('Paragraf SN § 37');
    expect(text).toContain(`Skäl för återremiss: ${SKAL}`);
  });
});

describe('beslut från diariet', () => {
  it('ett importerat beslut ligger på sin § och stänger ärendet', async () => {
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    const [a] = await s.call('arenden/list', {});
    expect(a).toMatchObject({
      diarienummer: '2025.053',
      sammantradesdatum: '2025-09-16',
      paragraf: 37,
      sammantradeStatus: 'justerat',
      planering: { mojlig: false },
    });
    expect(a.beslut).toMatchObject({ utfall: 'bifall', beteckning: '2025.053 SN § 37', franDiarium: true, lasst: true, paragraf: 37 });
    expect(a.historik).toHaveLength(1);
    expect(s.sqlite.prepare('SELECT sammantrade_id, paragraf FROM arende WHERE id = ?').get(a.id)).toEqual({ sammantrade_id: null, paragraf: null });
    // The texts of the § are the ones the protocol had from the start.
    expect(s.sqlite.prepare('SELECT rubrik FROM beslut').get()).toEqual({ rubrik: a.rubrik });
    const later = await s.call('sammantraden/create', { datum: '2025-10-14' });
    await expect(s.call('arenden/schedule', { arendeId: a.id, sammantradeId: later.id })).rejects.toThrow(/avgjort \(bifall 2025\.053 SN § 37\)/);
    expect(await s.call('arenden/suggestParagraf', { sammantradeId: later.id })).toEqual({ paragraf: 38 });
    expect(await arendeByParagraf(s.ctx, { sammantradesdatum: '2025-09-16', paragraf: 37 })).toEqual({ arendeId: a.id, sammantradeId: a.sammantradeId });
  });
});

describe('a bifall recorded in the app keeps the document texts', () => {
  it('re-issues the adopted document with the texts of the day, whatever is edited later', async () => {
    const { a } = await onFirstMeeting();
    await s.call('exports/saveDocumentSettings', { titel: 'Bilaga 1; Insatser som socialnämnden tillhandahåller', inledning: 'Nämndens egen inledning.' });
    await s.call('beslut/record', beslut(a.id, 'bifall', '2025-09-16'));
    const beslutId = (s.sqlite.prepare("SELECT id FROM beslut WHERE utfall = 'bifall'").get() as { id: number }).id;
    await s.call('exports/saveDocumentSettings', { titel: 'En senare titel', inledning: 'En senare inledning.' });
    const adopted = await readDocumentTextsOf(s.ctx.db, beslutId);
    expect(adopted.titel).toBe('Bilaga 1; Insatser som socialnämnden tillhandahåller');
    expect(adopted.inledning).toBe('Nämndens egen inledning.');
    expect(count('katalogdokument_beslut')).toBe(1);
  });
});
