// The legal checks and the lifecycle as services, on a real SQLite file through the real dispatcher:
// findings from the stored version (kategori, RKA, policy, dismissals) and from unsaved content,
// dismissals of false alarms, and user transitions allowed, refused (with nothing written) and recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InsatsContent } from '../../shared/domain/insats';
import type { RkaContent } from '../../shared/domain/rka';
import { braSamtal, glantan, glantanRka, insats, villkor } from '../support/seed-insatser';
import { bifall } from '../support/seed-beslut';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-09-01' });
});
afterEach(async () => s.cleanup());

async function kategoriId(namn: string): Promise<number> {
  const org = await s.call('organisation/get', {});
  return org.kategorier.find((k) => k.namn === namn)!.id;
}

async function create(content: InsatsContent) {
  return s.call('insatser/create', { content });
}

/** The RKA service is another feature's; the checks only read the table. */
function storeRka(versionId: number, content: RkaContent, complete: boolean) {
  s.sqlite
    .prepare("INSERT INTO rka (version_id, content_json, complete, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')")
    .run(versionId, JSON.stringify(content), complete ? 1 : 0);
}

const count = (table: string) => (s.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const ids = (r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId);
const rejection = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: Error & { apiError?: { code: string; message: string; issues?: Array<{ path: string; message: string }> } }) => e,
  );
  expect(error, 'anropet skulle ha nekats').not.toBeNull();
  return error!.apiError!;
};
const statusOf = (versionId: number) => (s.sqlite.prepare('SELECT status FROM insats_version WHERE id = ?').get(versionId) as { status: string }).status;

describe('fynd för en sparad version', () => {
  it('Östersund BRA-samtal i kategorin Rådgivning passerar; utan samtycke spärras', async () => {
    const radgivning = await kategoriId('Rådgivning');
    const ok = await create(braSamtal({ kategoriId: radgivning }));
    const checked = await s.call('findings/forVersion', { versionId: ok.versionId });
    expect(checked).toMatchObject({ versionId: ok.versionId, findings: [], blocking: false, canDismiss: true });

    const without = braSamtal({ kategoriId: radgivning });
    without.villkor = without.villkor.filter((v) => v.typ !== 'samtycke');
    const bad = await create(without);
    const r = await s.call('findings/forVersion', { versionId: bad.versionId });
    expect(r.blocking).toBe(true);
    expect(r.findings[0]).toMatchObject({ ruleId: 'child-under-15-consent', severity: 'block', field: 'villkor', dismissible: false, dismissed: false });
    expect(r.findings[0].reference).toMatch(/11 kap/);
  });

  it('läser kategorins namn via versionens kategori: Gläntan som Mötesplats med 14:4 spärras', async () => {
    const v = await create(glantan('14:4', { kategoriId: await kategoriId('Mötesplats') }));
    expect((await s.call('findings/forVersion', { versionId: v.versionId })).findings[0]).toMatchObject({
      ruleId: 'doc-14-4-not-radgivning',
      severity: 'block',
      reference: '14 kap. 4 § SoL',
    });
  });

  it('läser versionens RKA: Gläntan med 14:5 spärras utan färdig analys och passerar med den', async () => {
    const v = await create(glantan('14:5', { kategoriId: await kategoriId('Mötesplats') }));
    expect(ids(await s.call('findings/forVersion', { versionId: v.versionId }))).toEqual(['doc-14-5-no-rka']);
    storeRka(v.versionId, glantanRka(), false);
    const draft = await s.call('findings/forVersion', { versionId: v.versionId });
    expect(draft.findings[0].message).toMatch(/inte markerad som färdig/);
    s.sqlite.prepare('UPDATE rka SET complete = 1 WHERE version_id = ?').run(v.versionId);
    expect(await s.call('findings/forVersion', { versionId: v.versionId })).toMatchObject({ findings: [], blocking: false });
  });

  it('följer nämndens riktlinje om folkbokföring (inställningen kravFolkbokforing)', async () => {
    const v = await create(insats('Booster efter avslutad insats'));
    expect(ids(await s.call('findings/forVersion', { versionId: v.versionId }))).not.toContain('no-folkbokforing');
    await s.call('settings/update', { kravFolkbokforing: true });
    const r = await s.call('findings/forVersion', { versionId: v.versionId });
    expect(r.findings.find((f) => f.ruleId === 'no-folkbokforing')).toMatchObject({ severity: 'warn', field: 'villkor' });
  });

  it('ger ett begripligt fel för en version som inte finns', async () => {
    expect(await rejection(s.call('findings/forVersion', { versionId: 999 }))).toMatchObject({ code: 'not_found', message: 'Versionen finns inte.' });
  });
});

describe('fynd för osparat innehåll', () => {
  it('kontrollerar det användaren skriver utan att spara något', async () => {
    const v = await create(insats('Stödgrupp'));
    const auditBefore = count('audit_log');
    const r = await s.call('findings/preview', { versionId: v.versionId, content: insats('Kontaktperson för unga') });
    expect(r.findings[0]).toMatchObject({ ruleId: 'excluded-kind', severity: 'block', field: 'namn', dismissible: true });
    expect(count('audit_log')).toBe(auditBefore);
    expect((await s.call('versions/get', { versionId: v.versionId })).content.namn).toBe('Stödgrupp');
    expect(ids(await s.call('findings/forVersion', { versionId: v.versionId }))).toEqual([]);
  });

  it('använder kategorin i det osparade innehållet och versionens avfärdanden', async () => {
    const v = await create(insats('Träffpunkt för kontaktpersoner'));
    await s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: 'Träffpunkten är för uppdragstagarna själva.' });
    const r = await s.call('findings/preview', {
      versionId: v.versionId,
      content: insats('Träffpunkt för kontaktpersoner', {
        kategoriId: await kategoriId('Mötesplats'),
        dokumentation: { regim: '14:4', system: '', anteckningar: '' },
      }),
    });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['doc-14-4-not-radgivning', 'block'],
      ['excluded-kind', 'info'],
    ]);
  });

  it('avvisar ogiltigt innehåll vid gränsen', async () => {
    const v = await create(insats('Stödgrupp'));
    const e = await rejection(s.call('findings/preview', { versionId: v.versionId, content: { ...insats('x'), namn: '' } }));
    expect(e.code).toBe('invalid_input');
  });
});

describe('avfärda falska larm', () => {
  it('avfärdar med motivering, visar fyndet som information med skälet, loggar och kan ångras', async () => {
    const v = await create(insats('Träffpunkt för kontaktpersoner och kontaktfamiljer'));
    expect((await s.call('findings/forVersion', { versionId: v.versionId })).blocking).toBe(true);

    const reason = 'Träffpunkten riktar sig till uppdragstagarna själva; insatsen är inte kontaktperson.';
    const r = await s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: `  ${reason}  ` });
    expect(r.blocking).toBe(false);
    expect(r.findings[0]).toMatchObject({ ruleId: 'excluded-kind', severity: 'info', dismissed: true });
    expect(r.findings[0].message).toContain(reason);
    expect(r.dismissals).toEqual([{ ruleId: 'excluded-kind', reason, actor: 'Test Testsson', at: expect.any(String) }]);

    const audit = await s.call('audit/list', { entity: 'insats_version', entityId: String(v.versionId) });
    expect(audit.find((a) => a.action === 'avfärda fynd')).toBeDefined();

    const undone = await s.call('findings/undismiss', { versionId: v.versionId, ruleId: 'excluded-kind' });
    expect(undone).toMatchObject({ blocking: true, dismissals: [] });
    expect(undone.findings[0]).toMatchObject({ severity: 'block', dismissed: false });
    const audit2 = await s.call('audit/list', { entity: 'insats_version', entityId: String(v.versionId) });
    expect(audit2.find((a) => a.action === 'ångra avfärdat fynd')).toBeDefined();
  });

  it('kräver en motivering', async () => {
    const v = await create(insats('Kontaktperson'));
    const e = await rejection(s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: '   ' }));
    expect(e).toMatchObject({ code: 'invalid_input' });
    expect(e.issues?.[0].message).toBe('Skriv varför fyndet är ett falskt larm.');
    expect(count('dismissed_finding')).toBe(0);
  });

  it('vägrar avfärda regler om saknade uppgifter, okända regler och fynd som inte finns', async () => {
    const content = braSamtal();
    content.villkor = content.villkor.filter((v) => v.typ !== 'samtycke');
    const v = await create(content);
    const auditBefore = count('audit_log');
    expect(
      await rejection(s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'child-under-15-consent', reason: 'Vi tycker inte det.' })),
    ).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/kan inte avfärdas.*Rätta uppgifterna/),
    });
    expect(await rejection(s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: 'Inget att avfärda.' }))).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/inget fynd av typen/),
    });
    expect(await rejection(s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'hittepå' as 'excluded-kind', reason: 'x' }))).toMatchObject({
      code: 'invalid_input',
    });
    expect(await rejection(s.call('findings/undismiss', { versionId: v.versionId, ruleId: 'excluded-kind' }))).toMatchObject({ code: 'not_found' });
    expect(count('dismissed_finding')).toBe(0);
    expect(count('audit_log')).toBe(auditBefore);
  });

  it('vägrar ett andra avfärdande av samma regel', async () => {
    const v = await create(insats('Kontaktperson'));
    await s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: 'Första.' });
    expect(await rejection(s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: 'Andra.' }))).toMatchObject({
      code: 'conflict',
    });
  });

  it('låser avfärdanden när versionen är redo för beslut', async () => {
    const v = await create(insats('Stödgrupp', { uppfoljning: { typ: null, text: '' } }));
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    // förslag: still under beredning, so a false alarm may be dismissed here.
    await s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'no-uppfoljning', reason: 'Följs upp i verksamhetsplanen.' });
    await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
    expect((await s.call('findings/forVersion', { versionId: v.versionId })).canDismiss).toBe(false);
    expect(await rejection(s.call('findings/undismiss', { versionId: v.versionId, ruleId: 'no-uppfoljning' }))).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/Återta den till utkast/),
    });
  });
});

describe('livscykeln', () => {
  it('går från utkast till redo för beslut och registrerar varje steg i tidslinjen och granskningsloggen', async () => {
    const v = await create(braSamtal({ kategoriId: await kategoriId('Rådgivning') }));
    const proposed = await s.call('versions/transition', { versionId: v.versionId, to: 'forslag', reason: 'Till beredning.' });
    expect(proposed).toMatchObject({ status: 'forslag', editable: false });
    const ready = await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
    expect(ready.status).toBe('redo_for_beslut');

    const detail = await s.call('insatser/get', { insatsId: v.insatsId });
    expect(detail.timeline.map((e) => [e.fromStatus, e.toStatus, e.actor, e.reason])).toEqual([
      [null, 'utkast', 'Test Testsson', ''],
      ['utkast', 'forslag', 'Test Testsson', 'Till beredning.'],
      ['forslag', 'redo_for_beslut', 'Test Testsson', ''],
    ]);
    const audit = (await s.call('audit/list', { entity: 'insats_version', entityId: String(v.versionId) })).filter((a) => a.action === 'ändra status');
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => [a.before, (a.after as { status: string }).status])).toEqual(
      expect.arrayContaining([
        [{ status: 'forslag' }, 'redo_for_beslut'],
        [{ status: 'utkast' }, 'forslag'],
      ]),
    );
    expect(audit.every((a) => a.actor === 'Test Testsson' && a.at.length > 0)).toBe(true);
  });

  it('spärrande fynd hindrar redo för beslut och inget skrivs; efter rättelse går det', async () => {
    const without = braSamtal({ kategoriId: await kategoriId('Rådgivning') });
    without.villkor = without.villkor.filter((x) => x.typ !== 'samtycke');
    const v = await create(without);
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });

    const before = { events: count('status_event'), audit: count('audit_log') };
    const e = await rejection(s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' }));
    expect(e.code).toBe('refused');
    expect(e.message).toMatch(/^”Markera redo för beslut” går inte: Insatsen når barn under 15 år/);
    expect(e.issues?.map((i) => i.message)).toEqual([expect.stringMatching(/vårdnadshavares samtycke/)]);
    expect(statusOf(v.versionId)).toBe('forslag');
    expect({ events: count('status_event'), audit: count('audit_log') }).toEqual(before);

    // Back to utkast, add the consent villkor, propose again.
    await s.call('versions/transition', { versionId: v.versionId, to: 'utkast', reason: 'Samtycke saknas.' });
    const fixed = { ...without, villkor: [...without.villkor, villkor('samtycke', 'Vårdnadshavares samtycke krävs.', { alderMin: 7, alderMax: 14 })] };
    await s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: fixed });
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    expect((await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' })).status).toBe('redo_for_beslut');
  });

  it('ett förslag om kontaktpersoner spärras, men ett motiverat falskt larm släpper igenom', async () => {
    const v = await create(insats('Träffpunkt för kontaktpersoner'));
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    expect((await rejection(s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' }))).message).toMatch(/kontaktperson/i);
    await s.call('findings/dismiss', {
      versionId: v.versionId,
      ruleId: 'excluded-kind',
      reason: 'Träffpunkten är för uppdragstagarna, inte en kontaktpersonsinsats.',
    });
    expect((await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' })).status).toBe('redo_for_beslut');
  });

  it('14:5 utan färdig RKA spärras', async () => {
    const v = await create(glantan('14:5', { kategoriId: await kategoriId('Mötesplats') }));
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    expect((await rejection(s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' }))).message).toMatch(/risk- och konsekvensanalys/);
    storeRka(v.versionId, glantanRka(), true);
    expect((await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' })).status).toBe('redo_for_beslut');
  });

  it.each([
    ['utkast', 'redo_for_beslut', /Det går inte att gå från ”Utkast” till ”Redo för beslut”. Möjliga steg: ”Förslag”/],
    ['utkast', 'gallande', /från ”Utkast” till ”Gällande”/],
    ['utkast', 'utkast', /från ”Utkast” till ”Utkast”/],
    ['forslag', 'beslutad', /från ”Förslag” till ”Beslutad”/],
  ] as const)('nekar otillåtna steg: %s → %s', async (from, to, message) => {
    const v = await create(braSamtal({ kategoriId: await kategoriId('Rådgivning') }));
    if (from === 'forslag') await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    const before = { events: count('status_event'), audit: count('audit_log') };
    const e = await rejection(s.call('versions/transition', { versionId: v.versionId, to }));
    expect(e.code).toBe('refused');
    expect(e.message).toMatch(message);
    expect(statusOf(v.versionId)).toBe(from);
    expect({ events: count('status_event'), audit: count('audit_log') }).toEqual(before);
  });

  it('nämndens beslut och datumstegen kan inte tas härifrån', async () => {
    const v = await create(braSamtal({ kategoriId: await kategoriId('Rådgivning') }));
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
    for (const to of ['beslutad', 'aterremitterad', 'avslagen'] as const) {
      expect(await rejection(s.call('versions/transition', { versionId: v.versionId, to }))).toMatchObject({
        code: 'refused',
        message: expect.stringMatching(/registrera nämndens beslut/),
      });
    }
    // The nämnd's decision goes through beslut/record; then only the calendar moves the version.
    const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
    const arende = await s.call('arenden/create', { rubrik: 'BRA-samtal', versionIds: [v.versionId] });
    await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
    await s.call('beslut/record', bifall(arende.id, { beslutstext: 'Antas.' }));
    expect(await rejection(s.call('versions/transition', { versionId: v.versionId, to: 'gallande' }))).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/sker av sig själv utifrån beslutets datum/),
    });
    expect(await rejection(s.call('versions/transition', { versionId: v.versionId, to: 'utkast' }))).toMatchObject({ code: 'refused' });
    expect(statusOf(v.versionId)).toBe('beslutad');
  });

  it('återtar förslag och redo för beslut till utkast med skäl', async () => {
    const v = await create(braSamtal({ kategoriId: await kategoriId('Rådgivning') }));
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    expect((await s.call('versions/transition', { versionId: v.versionId, to: 'utkast', reason: 'Fel målgrupp.' })).editable).toBe(true);
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
    await s.call('versions/transition', { versionId: v.versionId, to: 'utkast' });
    const timeline = (await s.call('insatser/get', { insatsId: v.insatsId })).timeline;
    expect(timeline.map((e) => e.toStatus)).toEqual(['utkast', 'forslag', 'utkast', 'forslag', 'redo_for_beslut', 'utkast']);
    expect(timeline[2].reason).toBe('Fel målgrupp.');
  });

  it('en ny version kräver ändringssammanfattning innan den lämnas som förslag', async () => {
    const v1 = await create(braSamtal({ kategoriId: await kategoriId('Rådgivning') }));
    s.sqlite.prepare("UPDATE insats_version SET status = 'gallande' WHERE id = ?").run(v1.versionId);
    const v2 = await s.call('versions/newDraft', { insatsId: v1.insatsId });
    expect(await rejection(s.call('versions/transition', { versionId: v2.versionId, to: 'forslag' }))).toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/ändringssammanfattning/),
    });
    await s.call('versions/save', { versionId: v2.versionId, revision: v2.revision, content: { ...v2.content, andringssammanfattning: 'Ny åldersgräns.' } });
    expect((await s.call('versions/transition', { versionId: v2.versionId, to: 'forslag' })).status).toBe('forslag');
  });

  it('avvisar okänd status och saknad version med svenska fel', async () => {
    const v = await create(insats('Stödgrupp'));
    expect(await rejection(s.call('versions/transition', { versionId: v.versionId, to: 'klar' as 'forslag' }))).toMatchObject({ code: 'invalid_input' });
    expect(await rejection(s.call('versions/transition', { versionId: 4242, to: 'forslag' }))).toMatchObject({
      code: 'not_found',
      message: 'Versionen finns inte.',
    });
  });

  it('ett förslag går inte att spara över', async () => {
    const v = await create(insats('Stödgrupp'));
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    expect(await rejection(s.call('versions/save', { versionId: v.versionId, revision: v.revision, content: insats('Kontaktperson') }))).toMatchObject({
      code: 'refused',
    });
  });
});
