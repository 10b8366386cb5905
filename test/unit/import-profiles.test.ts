// Import profiles: the review's mapping choices re-read the document at once, are saved per kommun when
// the import is confirmed (in the same transaction), and are applied to the next document from that kommun.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../electron/cli/commands/import';
import { proposalAsCatalogue } from '../../shared/import/to-portable';
import type { ImportProfile } from '../../shared/import/import-profile';
import { loadImportProfile, saveImportProfileInTrx } from '../../electron/services/import-profiles';
import { APP_ROOT, testServices, type TestServices } from '../support/services';

const upload = (fileName: string, text: string) => ({ file: { fileName, base64: Buffer.from(text).toString('base64') } });

/** A catalogue from Alingsås that writes "Vilka kan delta:" for the målgrupp; `year` makes next year's revision. */
function alingsas(year: number): string {
  return [
    'Insatser utan individuell behovsprövning – Alingsås kommun',
    `Diarienummer: SN ${year}/12`,
    `Datum för beslut: ${year}-05-20`,
    'Beslutande instans: Socialnämnden',
    `Giltighetstid: ${year}-07-01 –`,
    '1. Insatser',
    '1.1 Anhörigstöd',
    'Vilka kan delta: Anhöriga från 18 år.',
    'Villkor: Folkbokförd i Alingsås kommun.',
    'Dokumentation: Ingen dokumentation (14 kap. 4 § SoL).',
    '1.2 Samtalsgrupp',
    `Vilka kan delta: Unga ${year === 2025 ? '13–17' : '12–17'} år.`,
    'Villkor: Folkbokförd i Alingsås kommun.',
    'Dokumentation: 14 kap. 3 § SoL.',
  ].join('\n\n');
}

const PROFILE: ImportProfile = { labels: { 'vilka kan delta': 'malgrupp' }, columns: {}, insatsLevel: null };

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-10-15' });
});
afterEach(async () => {
  await s.cleanup();
});

const profileRows = () => s.sqlite.prepare('SELECT kommun_key, kommun, profile FROM import_profile').all();

describe('import profiles', () => {
  it('an unknown label is listed; the same upload with the choice is read again with it, and nothing is written', async () => {
    const first = await s.call('import/parse', upload('alingsas.txt', alingsas(2025)));
    expect(first.unknownLabels.map((u) => u.label)).toEqual(['Vilka kan delta']);
    expect(first.appliedProfile).toBeNull();
    expect(first.insatser[0].content.malgrupp).toBe('');
    const mapped = await s.call('import/parse', { ...upload('alingsas.txt', alingsas(2025)), profile: PROFILE });
    expect(mapped.unknownLabels).toEqual([]);
    expect(mapped.insatser.map((i) => i.content.malgrupp)).toEqual(['Anhöriga från 18 år.', 'Unga 13–17 år.']);
    expect(profileRows()).toEqual([]);
  });

  it('confirming saves the profile for the kommun; next year the revision is read with it, no choices sent', async () => {
    const mapped = await s.call('import/parse', { ...upload('alingsas.txt', alingsas(2025)), profile: PROFILE });
    await s.call('import/confirm', { catalogue: proposalAsCatalogue(mapped), fileName: 'alingsas.txt', profile: { kommun: mapped.kommun, profile: PROFILE } });
    expect(profileRows()).toEqual([{ kommun_key: 'alingsås', kommun: 'Alingsås', profile: JSON.stringify(PROFILE) }]);
    const audit = s.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'importprofil'").all();
    expect(audit).toEqual([{ action: 'spara importprofil' }]);

    const revision = await s.call('import/parse', upload('alingsas-2026.txt', alingsas(2026)));
    expect(revision.appliedProfile).toEqual({ kommun: 'Alingsås', profile: PROFILE });
    expect(revision.unknownLabels).toEqual([]);
    expect(revision.insatser.map((i) => i.content.malgrupp)).toEqual(['Anhöriga från 18 år.', 'Unga 12–17 år.']);
    expect(revision.insatser[1].content.malgruppAlder).toEqual({ min: 12, max: 17 });
  });

  it('round-trips: saved and loaded, the profile gives the same parse as the choices it was saved from', async () => {
    const direct = await s.call('import/parse', { ...upload('alingsas.txt', alingsas(2025)), profile: PROFILE });
    await s.ctx.db.transaction().execute((trx) => saveImportProfileInTrx(trx, s.ctx, 'Alingsås', PROFILE));
    const loaded = await loadImportProfile(s.ctx.db, 'ALINGSÅS');
    expect(loaded).toEqual({ kommun: 'Alingsås', profile: PROFILE });
    const viaSaved = await s.call('import/parse', upload('alingsas.txt', alingsas(2025)));
    expect({ ...viaSaved, appliedProfile: null }).toEqual(direct);
    // Saving a profile with no choices removes it.
    await s.ctx.db.transaction().execute((trx) => saveImportProfileInTrx(trx, s.ctx, 'Alingsås', { labels: {}, columns: {}, insatsLevel: null }));
    expect(await loadImportProfile(s.ctx.db, 'Alingsås')).toBeNull();
  });

  it('iub import applies the saved profile too', async () => {
    await s.ctx.db.transaction().execute((trx) => saveImportProfileInTrx(trx, s.ctx, 'Alingsås', PROFILE));
    const file = path.join(s.dir, 'alingsas-2026.txt');
    fs.writeFileSync(file, alingsas(2026));
    const output: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void output.push(args.join(' ')));
    try {
      expect(await importCommand.run([file, '--db', s.file, '--json'], { appRoot: APP_ROOT })).toBe(0);
    } finally {
      log.mockRestore();
    }
    const json = JSON.parse(output.join('\n'));
    expect(json).toMatchObject({ importProfile: 'Alingsås', unknownLabels: [], imported: { insatser: 2 } });
    expect(json.insatser[1]).toMatchObject({ ageMin: 12, ageMax: 17 });
  });

  it('refuses choices that are no field, on the way in, and saves nothing when the import is refused', async () => {
    await expect(
      s.call('import/parse', {
        ...upload('alingsas.txt', alingsas(2025)),
        profile: { labels: { 'vilka kan delta': 'kostnad' }, columns: {}, insatsLevel: null } as never,
      }),
    ).rejects.toMatchObject({ apiError: { code: 'invalid_input' } });
    const mapped = await s.call('import/parse', { ...upload('alingsas.txt', alingsas(2025)), profile: PROFILE });
    await s.call('import/confirm', { catalogue: proposalAsCatalogue(mapped), fileName: 'alingsas.txt' });
    // The same decision again is refused as a whole: the profile sent with it is not saved either.
    await expect(
      s.call('import/confirm', { catalogue: proposalAsCatalogue(mapped), fileName: 'alingsas.txt', profile: { kommun: 'Alingsås', profile: PROFILE } }),
    ).rejects.toThrow(/finns redan/u);
    expect(profileRows()).toEqual([]);
  });
});
