// The contract at the boundary: unknown methods and bad input get clear Swedish errors, nothing is
// written by a rejected call, and every write lands in the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(async () => s.cleanup());

function counts() {
  const q = (t: string) => (s.sqlite.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n;
  return { insats: q('insats'), version: q('insats_version'), audit: q('audit_log'), settings: q('settings') };
}

describe('API-kontraktet', () => {
  it('svarar med ett tydligt fel på en okänd metod', async () => {
    const result = await dispatch(s.ctx, 'insatser/raderaAllt', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Okänd funktion: "insatser/raderaAllt".' } });
  });

  it.each([
    ['saknat namn', { content: { ...emptyInsatsContent(''), namn: '' } }, /Namn måste anges/],
    ['fel typ', { content: 'inte ett objekt' }, /Uppgifterna är inte giltiga/],
    ['okänt fält', { content: emptyInsatsContent('X'), extra: 1 }, /Uppgifterna är inte giltiga/],
    ['åldrar i fel ordning', { content: { ...emptyInsatsContent('X'), malgruppAlder: { min: 18, max: 7 } } }, /Lägsta ålder kan inte vara högre/],
    ['för lång text', { content: { ...emptyInsatsContent('X'), innehall: 'a'.repeat(20_001) } }, /högst 20000 tecken/],
    ['kontrolltecken', { content: emptyInsatsContent('Ful\u0007text') }, /kontrolltecken/],
    [
      'okänd dokumentationsregim',
      { content: { ...emptyInsatsContent('X'), dokumentation: { regim: '14:9', system: '', anteckningar: '' } } },
      /14 kap. 3, 4 eller 5 §/,
    ],
  ])('avvisar %s utan att skriva något', async (_name, input, message) => {
    const before = counts();
    const result = await dispatch(s.ctx, 'insatser/create', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
    }
    expect(counts()).toEqual(before);
  });

  it('avvisar en referens till en enhet som inte finns och skriver ingenting halvt', async () => {
    const before = counts();
    const result = await dispatch(s.ctx, 'insatser/create', { content: { ...emptyInsatsContent('X'), enhetId: 999 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Den valda enheten finns inte.' } });
    expect(counts()).toEqual(before);
  });

  it('skriver granskningslogg med vem, när och vad för varje ändring', async () => {
    const v = await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    await s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: { ...v.content, innehall: 'Samtal för par och familjer.' } });
    const rows = s.sqlite.prepare("SELECT * FROM audit_log WHERE entity IN ('insats', 'insats_version') ORDER BY id").all() as Array<Record<string, string>>;
    expect(rows.map((r) => r.action)).toEqual(['skapa', 'spara utkast']);
    expect(rows[1]).toMatchObject({ actor: 'Test Testsson', entity: 'insats_version', entity_id: String(v.versionId) });
    expect(rows[1].os_user).toBeTruthy();
    expect(JSON.parse(rows[1].before_json).innehall).toBe('');
    expect(JSON.parse(rows[1].after_json).innehall).toBe('Samtal för par och familjer.');
    expect(Date.parse(rows[1].at)).not.toBeNaN();
  });

  it('låter inte granskningsloggen ändras eller tas bort', async () => {
    await s.call('insatser/create', { content: emptyInsatsContent('X') });
    expect(() => s.sqlite.prepare("UPDATE audit_log SET actor = 'någon annan'").run()).toThrow(/kan inte ändras/);
    expect(() => s.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/kan inte ändras/);
  });

  it('validerar svaren mot kontraktet', async () => {
    const result = await dispatch(s.ctx, 'settings/get', {});
    expect(result).toMatchObject({ ok: true, value: { kommun: 'Alingsås', konfigurerad: true } });
  });
});
