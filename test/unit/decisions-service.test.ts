// Sammanträden, ärenden and beslut on a real SQLite file: diarienummer never given twice, §§ in order,
// bifall/återremiss/avslag moving the versions, status by date, locked protocols, återrapportering.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { bifall } from '../support/seed-beslut';
import { servicesOnDay, testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-09-01' });
});
afterEach(async () => s.cleanup());

/** A version made ready for decision directly (the lifecycle has its own tests). */
async function readyVersion(namn: string) {
  const v = await s.call('insatser/create', { content: emptyInsatsContent(namn) });
  s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(v.versionId);
  return v;
}

describe('diarienummer', () => {
  it('föreslår nästa lediga nummer per år enligt kommunens mönster', async () => {
    expect(await s.call('arenden/suggestDiarienummer', {})).toEqual({ diarienummer: '2025.001' });
    await s.call('arenden/create', { diarienummer: '2025.052', rubrik: 'Från diariet' });
    expect(await s.call('arenden/suggestDiarienummer', {})).toEqual({ diarienummer: '2025.053' });
    const a = await s.call('arenden/create', { rubrik: 'Insatser utan individuell behovsprövning' });
    expect(a.diarienummer).toBe('2025.053');
    await s.call('settings/update', { diarienummerMonster: 'SN {year}/{seq}' });
    expect(await s.call('arenden/suggestDiarienummer', { year: 2026 })).toEqual({ diarienummer: 'SN 2026/1' });
  });

  it('ger aldrig samma nummer två gånger, inte ens vid samtidiga anrop', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, (_, i) => s.call('arenden/create', { rubrik: `Ärende ${i}` })));
    const numbers = created.map((a) => a.diarienummer);
    expect(new Set(numbers).size).toBe(8);
    await expect(s.call('arenden/create', { diarienummer: numbers[0], rubrik: 'Dubblett' })).rejects.toThrow(/används redan/);
  });
});

describe('sammanträde och beslut', () => {
  it('återger seed 002:s beslut: 2025.053 SN § 37, giltig från 2025-10-01, revideras senast 2026-12-31', async () => {
    const versions = await Promise.all(['Familjerådgivning', 'Aktivitetshus Gläntan'].map(readyVersion));
    // §§ 1–36 of the year were earlier ärenden.
    const earlier = await s.call('sammantraden/create', { datum: '2025-08-19' });
    for (let i = 1; i <= 36; i++) {
      const a = await s.call('arenden/create', { diarienummer: `2025.${String(i).padStart(3, '0')}x`, rubrik: `Ärende ${i}` });
      await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: earlier.id });
    }
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const arende = await s.call('arenden/create', {
      diarienummer: '2025.053',
      rubrik: 'Insatser utan individuell behovsprövning',
      versionIds: versions.map((v) => v.versionId),
    });
    const scheduled = await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
    expect(scheduled.paragraf).toBe(37);
    const decided = await s.call('beslut/record', bifall(arende.id));
    expect(decided.beslut).toMatchObject({ beteckning: '2025.053 SN § 37', giltigFran: '2025-10-01', reviderasSenast: '2026-12-31', utfall: 'bifall' });
    expect(decided.versioner.map((v) => v.status)).toEqual(['beslutad', 'beslutad']);
  });

  it('gör versionerna gällande från giltig från, ersatta av en senare version och utgångna efter giltig till', async () => {
    const v1 = await readyVersion('Medling');
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a = await s.call('arenden/create', { rubrik: 'Medling', versionIds: [v1.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    await s.call('beslut/record', { ...bifall(a.id), giltigTill: '2026-06-30' });
    const status = async (today: string, versionId = v1.versionId) => {
      const t = await servicesOnDay(s.file, today);
      try {
        return (await t.call('versions/get', { versionId })).status;
      } finally {
        await t.close();
      }
    };
    expect(await status('2025-09-20')).toBe('beslutad');
    expect(await status('2025-10-01')).toBe('gallande');
    expect(await status('2026-06-30')).toBe('gallande');
    expect(await status('2026-07-01')).toBe('utgangen');
  });

  it('skickar tillbaka versionerna vid återremiss med nämndens skäl och avslår vid avslag', async () => {
    const v1 = await readyVersion('Kontaktpersonsliknande stöd');
    const v2 = await readyVersion('Spelbehandling');
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a1 = await s.call('arenden/create', { rubrik: 'Stöd', versionIds: [v1.versionId] });
    const a2 = await s.call('arenden/create', { rubrik: 'Spel', versionIds: [v2.versionId] });
    for (const a of [a1, a2]) await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    await expect(s.call('beslut/record', { ...bifall(a1.id), utfall: 'aterremiss' })).rejects.toThrow(/skäl för återremissen/);
    await s.call('beslut/record', { ...bifall(a1.id), utfall: 'aterremiss', motivering: 'Villkoren behöver förtydligas.' });
    await s.call('beslut/record', { ...bifall(a2.id), utfall: 'avslag' });
    const back = await s.call('versions/get', { versionId: v1.versionId });
    expect(back).toMatchObject({ status: 'aterremitterad', editable: true });
    expect((await s.call('versions/get', { versionId: v2.versionId })).status).toBe('avslagen');
    const timeline = (await s.call('insatser/get', { insatsId: v1.insatsId })).timeline;
    expect(timeline.at(-1)).toMatchObject({ toStatus: 'aterremitterad', reason: 'Villkoren behöver förtydligas.' });
  });

  it('antar bara versioner som är redo för beslut', async () => {
    const draft = await s.call('insatser/create', { content: emptyInsatsContent('Utkast') });
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a = await s.call('arenden/create', { rubrik: 'X', versionIds: [draft.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    await expect(s.call('beslut/record', bifall(a.id))).rejects.toThrow(/redo för beslut/);
    expect(s.sqlite.prepare('SELECT count(*) n FROM beslut').get()).toEqual({ n: 0 });
  });

  it('låser ett justerat protokoll och räknar fram överklagandetiden från anslaget', async () => {
    const v = await readyVersion('Budgetrådgivning');
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    expect(meeting.justeringSenast).toBe('2025-09-30');
    const a = await s.call('arenden/create', { rubrik: 'Budget', versionIds: [v.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    const decided = await s.call('beslut/record', bifall(a.id));
    // The protocol is justerat and anslaget after the meeting, on the day itself.
    const after = await servicesOnDay(s.file, '2025-09-23');
    try {
      await expect(after.call('sammantraden/update', { id: meeting.id, status: 'justerat' })).rejects.toThrow(/justeringsdatum/);
      await after.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2025-09-22', anslagsdatum: '2025-09-23' });
      await expect(after.call('sammantraden/update', { id: meeting.id, status: 'hallet' })).rejects.toThrow(/justerat/);
      await expect(after.call('sammantraden/update', { id: meeting.id, justeringsdatum: '2025-09-24' })).rejects.toThrow(
        /justeringsdatum, ordförande och justerare kan inte ändras/,
      );
      expect((await after.call('sammantraden/update', { id: meeting.id, anslagsdatum: '2025-09-23', justeringsdatum: '2025-09-22' })).anslagsdatum).toBe(
        '2025-09-23',
      );
    } finally {
      await after.close();
    }
    const late = await servicesOnDay(s.file, '2025-10-20');
    try {
      const arende = (await late.call('arenden/list', {})).find((x) => x.id === a.id)!;
      expect(arende.beslut).toMatchObject({ lasst: true, overklagandeTidSlut: '2025-10-14', vunnitLagaKraft: true });
    } finally {
      await late.close();
    }
    expect(decided.beslut!.lasst).toBe(false);
    const other = await s.call('arenden/create', { rubrik: 'För sent' });
    await expect(s.call('arenden/schedule', { arendeId: other.id, sammantradeId: meeting.id })).rejects.toThrow(/justerat/);
  });

  it('ett sammanträde hålls inte före sitt datum och justeras eller anslås inte på ett datum som inte har kommit', async () => {
    // today is 2025-09-01
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    await expect(s.call('sammantraden/update', { id: meeting.id, status: 'hallet' })).rejects.toThrow(/har inte ägt rum än/);
    await expect(s.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2025-09-22' })).rejects.toThrow(/har inte ägt rum än/);
    expect(s.sqlite.prepare('SELECT status FROM sammantrade WHERE id = ?').get(meeting.id)).toEqual({ status: 'planerat' });
    const onDay = await servicesOnDay(s.file, '2025-09-16');
    try {
      expect((await onDay.call('sammantraden/update', { id: meeting.id, status: 'hallet' })).status).toBe('hallet');
      await expect(onDay.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2025-09-22' })).rejects.toThrow(
        /Justeringsdatum 2025-09-22 har inte kommit än/,
      );
      await expect(
        onDay.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2025-09-16', anslagsdatum: '2025-09-17' }),
      ).rejects.toThrow(/Anslagsdatum 2025-09-17 har inte kommit än/);
      expect(
        (await onDay.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2025-09-16', anslagsdatum: '2025-09-16' })).status,
      ).toBe('justerat');
    } finally {
      await onDay.close();
    }
  });

  it('håller återrapporteringsuppgifter med datum eller säsong', async () => {
    const v = await readyVersion('Pilot');
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a = await s.call('arenden/create', { rubrik: 'Pilot', versionIds: [v.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    const decided = await s.call('beslut/record', bifall(a.id));
    const withTask = await s.call('beslut/addTask', { beslutId: decided.beslut!.id, text: 'Utvärdering till nämnden', due: 'hösten 2026' });
    expect(withTask.beslut!.uppgifter).toEqual([
      { id: expect.any(Number), text: 'Utvärdering till nämnden', dueFrom: '2026-08-01', dueTo: '2026-12-31', done: false },
    ]);
    await expect(s.call('beslut/addTask', { beslutId: decided.beslut!.id, text: 'X', due: 'någon gång' })).rejects.toThrow(/Förstod inte datumet/);
    const done = await s.call('beslut/completeTask', { taskId: withTask.beslut!.uppgifter[0].id, done: true });
    expect(done.beslut!.uppgifter[0].done).toBe(true);
  });
});

describe('paragraf på dagordningen', () => {
  it('låter sekreteraren sätta och rätta §, föreslår nästa lediga och ger aldrig samma § två gånger', async () => {
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    // The year's earlier §§ are not in the app: the secretary starts the meeting at § 35.
    expect(await s.call('arenden/suggestParagraf', { sammantradeId: meeting.id })).toEqual({ paragraf: 1 });
    const a = await s.call('arenden/create', { rubrik: 'Delegationsordning' });
    const b = await s.call('arenden/create', { rubrik: 'Insatser utan individuell behovsprövning' });
    const c = await s.call('arenden/create', { rubrik: 'Budgetuppföljning' });
    expect((await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id, paragraf: 35 })).paragraf).toBe(35);
    expect(await s.call('arenden/suggestParagraf', { sammantradeId: meeting.id })).toEqual({ paragraf: 36 });
    await expect(s.call('arenden/schedule', { arendeId: b.id, sammantradeId: meeting.id, paragraf: 35 })).rejects.toThrow(
      `§ 35 används redan av ärende ${a.diarienummer} (Delegationsordning) på samma sammanträde (2025-09-16). Nästa lediga paragraf är § 36.`,
    );
    expect((await s.call('arenden/schedule', { arendeId: b.id, sammantradeId: meeting.id })).paragraf).toBe(36);
    // A § of another meeting the same year is taken too: the numbering runs through the year.
    const next = await s.call('sammantraden/create', { datum: '2025-10-14' });
    await expect(s.call('arenden/schedule', { arendeId: c.id, sammantradeId: next.id, paragraf: 36 })).rejects.toThrow(
      /sammanträdet 2025-09-16; paragraferna numreras löpande/,
    );
    // Correcting: § 36 becomes § 37, and § 36 is free again.
    expect((await s.call('arenden/setParagraf', { arendeId: b.id, paragraf: 37 })).paragraf).toBe(37);
    await expect(s.call('arenden/setParagraf', { arendeId: b.id, paragraf: 35 })).rejects.toThrow(/§ 35 används redan/);
    await expect(s.call('arenden/setParagraf', { arendeId: b.id, paragraf: 0 })).rejects.toThrow(/1 eller högre/);
    expect((await s.call('arenden/schedule', { arendeId: c.id, sammantradeId: next.id, paragraf: 36 })).paragraf).toBe(36);
    // A new year starts at § 1.
    const january = await s.call('sammantraden/create', { datum: '2026-01-20' });
    expect(await s.call('arenden/suggestParagraf', { sammantradeId: january.id })).toEqual({ paragraf: 1 });
    const rows = (await s.call('sammantraden/list', {})).find((m) => m.id === meeting.id)!.paragrafer.map((p) => p.paragraf);
    expect(rows).toEqual([35, 37]);
  });

  it('tar ett ärende från dagordningen före beslut, men inte efter', async () => {
    const v = await readyVersion('Medling');
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a = await s.call('arenden/create', { rubrik: 'Medling', versionIds: [v.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    expect(await s.call('arenden/unschedule', { arendeId: a.id })).toMatchObject({ sammantradeId: null, paragraf: null });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id });
    await s.call('beslut/record', bifall(a.id));
    await expect(s.call('arenden/unschedule', { arendeId: a.id })).rejects.toThrow(/registrerat beslut/);
  });
});

describe('rättelse före justering, låst efter', () => {
  it('rättar beslutets uppgifter och utfall så länge protokollet inte är justerat', async () => {
    const v = await readyVersion('Föräldraträffar');
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a = await s.call('arenden/create', { rubrik: 'Föräldraträffar', versionIds: [v.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id, paragraf: 37 });
    const decided = await s.call('beslut/record', bifall(a.id));
    const beslutId = decided.beslut!.id;
    const { arendeId: _omit, ...fields } = bifall(a.id);
    // A mistyped revision date is corrected.
    const fixed = await s.call('beslut/update', { beslutId, ...fields, reviderasSenast: '2026-12-31', giltigTill: '2027-09-30' });
    expect(fixed.beslut).toMatchObject({ giltigTill: '2027-09-30', beteckning: `${a.diarienummer} SN § 37` });
    await expect(s.call('beslut/update', { beslutId, ...fields, reviderasSenast: '2025-01-01' })).rejects.toThrow(
      /Revideras senast kan inte vara före giltig från/,
    );
    // The nämnd in fact sent it back: the version moves with the corrected outcome.
    const back = await s.call('beslut/update', { beslutId, ...fields, utfall: 'aterremiss', motivering: 'Målgruppen ska förtydligas.' });
    // An återremiss is not a final beslut: the ärende is open again, the återremiss stays in its history at § 37.
    expect(back.beslut).toBeNull();
    expect(back).toMatchObject({ sammantradeId: null, paragraf: null });
    expect(back.historik).toEqual([
      expect.objectContaining({ id: beslutId, utfall: 'aterremiss', giltigFran: null, paragraf: 37, sammantradesdatum: '2025-09-16' }),
    ]);
    expect((await s.call('versions/get', { versionId: v.versionId })).status).toBe('aterremitterad');
    const again = await s.call('beslut/update', { beslutId, ...fields });
    expect(again.versioner[0].status).toBe('beslutad');
    expect(again).toMatchObject({ paragraf: 37, beslut: { id: beslutId, beteckning: `${a.diarienummer} SN § 37` } });
    const justering = await servicesOnDay(s.file, '2025-09-22');
    await justering.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2025-09-22' }).finally(() => justering.close());
    const before = s.sqlite.prepare('SELECT * FROM beslut WHERE id = ?').get(beslutId);
    await expect(s.call('beslut/update', { beslutId, ...fields, beslutstext: 'Annan text.' })).rejects.toThrow(/justerat.*nytt beslut/);
    await expect(s.call('arenden/update', { arendeId: a.id, rubrik: 'Ny rubrik' })).rejects.toThrow(/justerat/);
    await expect(s.call('arenden/setParagraf', { arendeId: a.id, paragraf: 38 })).rejects.toThrow(/justerat/);
    expect(s.sqlite.prepare('SELECT * FROM beslut WHERE id = ?').get(beslutId)).toEqual(before);
  });

  it('visar på versionen vilket beslut som omfattar den och vilka ärenden den varit med i', async () => {
    const v = await readyVersion('Budgetrådgivning');
    expect(await s.call('beslut/forVersion', { versionId: v.versionId })).toEqual({ covering: null, arenden: [] });
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const a = await s.call('arenden/create', { diarienummer: '2025.053', rubrik: 'Riktlinjer', versionIds: [v.versionId] });
    await s.call('arenden/schedule', { arendeId: a.id, sammantradeId: meeting.id, paragraf: 37 });
    const pending = await s.call('beslut/forVersion', { versionId: v.versionId });
    expect(pending).toEqual({
      covering: null,
      arenden: [
        {
          arendeId: a.id,
          beslutId: null,
          diarienummer: '2025.053',
          rubrik: 'Riktlinjer',
          sammantradesdatum: '2025-09-16',
          paragraf: 37,
          utfall: null,
          beteckning: '2025.053 SN § 37',
          motivering: '',
        },
      ],
    });
    await s.call('beslut/record', bifall(a.id));
    const covered = await s.call('beslut/forVersion', { versionId: v.versionId });
    expect(covered.covering).toMatchObject({
      beteckning: '2025.053 SN § 37',
      giltigFran: '2025-10-01',
      giltigTill: null,
      reviderasSenast: '2026-12-31',
      dokumentansvarig: 'Verksamhetsutvecklare',
      rubrik: 'Riktlinjer',
    });
  });
});

describe('ärendets uppgifter', () => {
  it('ändrar rubrik, underlag, expediering och insatser tills beslutet är registrerat', async () => {
    const v1 = await readyVersion('A');
    const v2 = await readyVersion('B');
    const a = await s.call('arenden/create', { rubrik: 'Förslag', versionIds: [v1.versionId] });
    const updated = await s.call('arenden/update', {
      arendeId: a.id,
      rubrik: 'Insatser utan individuell behovsprövning',
      beslutsunderlag: ['Tjänsteskrivelse 2025-08-28', '  ', 'Riktlinje'],
      expedierasTill: ['Socialförvaltningen'],
      versionIds: [v1.versionId, v2.versionId],
    });
    expect(updated).toMatchObject({
      rubrik: 'Insatser utan individuell behovsprövning',
      beslutsunderlag: ['Tjänsteskrivelse 2025-08-28', 'Riktlinje'],
      expedierasTill: ['Socialförvaltningen'],
    });
    expect(updated.versioner.map((v) => v.namn)).toEqual(['A', 'B']);
    await expect(s.call('arenden/update', { arendeId: a.id, rubrik: '' })).rejects.toThrow();
  });
});
