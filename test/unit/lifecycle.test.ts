// The lifecycle state machine of an insats version (shared/domain/lifecycle.ts).
import { describe, it, expect } from 'vitest';
import { FINAL_STATUSES, TRANSITIONS, canTransition, checkTransition, findTransition, statusOnDate, transitionsFrom } from '../../shared/domain/lifecycle';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { EDITABLE_STATUSES, VERSION_STATUSES, type VersionStatus } from '../../shared/domain/status';
import type { Finding } from '../../shared/rules/findings';

const ALLOWED: Array<[VersionStatus, VersionStatus]> = [
  ['utkast', 'forslag'],
  ['forslag', 'utkast'],
  ['forslag', 'redo_for_beslut'],
  ['redo_for_beslut', 'utkast'],
  ['redo_for_beslut', 'beslutad'],
  ['redo_for_beslut', 'aterremitterad'],
  ['redo_for_beslut', 'avslagen'],
  ['aterremitterad', 'forslag'],
  ['beslutad', 'gallande'],
  ['gallande', 'ersatt'],
  ['gallande', 'upphavd'],
  ['gallande', 'utgangen'],
];

describe('övergångar', () => {
  it.each(ALLOWED)('%s → %s är tillåten', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('inga andra övergångar finns', () => {
    const allowed = new Set(ALLOWED.map(([f, t]) => `${f}>${t}`));
    for (const from of VERSION_STATUSES) {
      for (const to of VERSION_STATUSES) {
        expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
    expect(TRANSITIONS).toHaveLength(ALLOWED.length);
  });

  it.each<[VersionStatus, VersionStatus]>([
    ['utkast', 'beslutad'],
    ['forslag', 'beslutad'],
    ['utkast', 'redo_for_beslut'],
    ['beslutad', 'ersatt'],
    ['beslutad', 'utgangen'],
    ['aterremitterad', 'beslutad'],
    ['avslagen', 'utkast'],
    ['gallande', 'utkast'],
  ])('%s → %s är inte tillåten', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('slutlägen har inga övergångar', () => {
    for (const s of FINAL_STATUSES) expect(transitionsFrom(s)).toEqual([]);
  });

  it('varje status kan nås från utkast', () => {
    const reached = new Set<VersionStatus>(['utkast']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...VERSION_STATUSES].sort());
  });

  it('har svenska etiketter', () => {
    expect(findTransition('utkast', 'forslag')?.label).toBe('Lämna som förslag');
    expect(findTransition('forslag', 'redo_for_beslut')?.label).toBe('Markera redo för beslut');
    expect(findTransition('forslag', 'utkast')?.label).toBe('Återta till utkast');
    for (const t of TRANSITIONS) expect(t.label).toMatch(/^[A-ZÅÄÖ]/);
  });

  it('en återremitterad version redigeras på plats och lämnas som förslag igen', () => {
    expect(EDITABLE_STATUSES).toContain('aterremitterad');
    expect(transitionsFrom('aterremitterad').map((t) => t.to)).toEqual(['forslag']);
  });

  it('nämndens beslut och datumen är egna utlösare', () => {
    expect(findTransition('redo_for_beslut', 'beslutad')?.trigger).toBe('decision');
    expect(findTransition('beslutad', 'gallande')?.trigger).toBe('date');
    expect(findTransition('utkast', 'forslag')?.trigger).toBe('user');
  });
});

const block: Finding = {
  ruleId: 'excluded-kind',
  severity: 'block',
  field: 'namn',
  message: 'Kontaktperson får inte tillhandahållas utan individuell behovsprövning.',
  reference: '11 kap. 5 § SoL',
};
const warn: Finding = { ruleId: 'no-uppfoljning', severity: 'warn', field: 'uppfoljning', message: 'Ange uppföljning.', reference: '5 kap. 1–2 §§ SoL' };

const content = (andringssammanfattning = '', namn = 'Aktivitetshus Gläntan') => ({ ...emptyInsatsContent(namn), andringssammanfattning });

describe('checkTransition', () => {
  it.each<[string, Parameters<typeof checkTransition>[0], boolean, RegExp | null]>([
    [
      'första versionen lämnas som förslag utan sammanfattning',
      { from: 'utkast', to: 'forslag', findings: [], content: content(), previousVersionExists: false },
      true,
      null,
    ],
    [
      'ny version kräver ändringssammanfattning',
      { from: 'utkast', to: 'forslag', findings: [], content: content('  '), previousVersionExists: true },
      false,
      /ändringssammanfattning/,
    ],
    [
      'ny version med sammanfattning',
      { from: 'utkast', to: 'forslag', findings: [], content: content('Nytt villkor om folkbokföring.'), previousVersionExists: true },
      true,
      null,
    ],
    [
      'förslag med spärrar får lämnas (beredning pågår)',
      { from: 'utkast', to: 'forslag', findings: [block], content: content(), previousVersionExists: false },
      true,
      null,
    ],
    ['förslag utan namn', { from: 'utkast', to: 'forslag', findings: [], content: content('', ' '), previousVersionExists: false }, false, /namn/],
    [
      'redo för beslut med spärr',
      { from: 'forslag', to: 'redo_for_beslut', findings: [block, warn], content: content(), previousVersionExists: false },
      false,
      /Kontaktperson får inte/,
    ],
    [
      'redo för beslut med bara varningar',
      { from: 'forslag', to: 'redo_for_beslut', findings: [warn], content: content(), previousVersionExists: false },
      true,
      null,
    ],
    [
      'redo för beslut utan sammanfattning för ny version',
      { from: 'forslag', to: 'redo_for_beslut', findings: [], content: content(), previousVersionExists: true },
      false,
      /ändringssammanfattning/,
    ],
    ['beslut från redo för beslut', { from: 'redo_for_beslut', to: 'beslutad', findings: [], content: content(), previousVersionExists: false }, true, null],
    [
      'beslut direkt från förslag',
      { from: 'forslag', to: 'beslutad', findings: [], content: content(), previousVersionExists: false },
      false,
      /Det går inte att gå från ”Förslag” till ”Beslutad”/,
    ],
    ['återremiss', { from: 'redo_for_beslut', to: 'aterremitterad', findings: [], content: content(), previousVersionExists: false }, true, null],
    ['avslag', { from: 'redo_for_beslut', to: 'avslagen', findings: [], content: content(), previousVersionExists: false }, true, null],
    [
      'återremitterad tillbaka till förslag',
      { from: 'aterremitterad', to: 'forslag', findings: [], content: content(), previousVersionExists: false },
      true,
      null,
    ],
    ['gällande från beslutad', { from: 'beslutad', to: 'gallande', findings: [], content: content(), previousVersionExists: false }, true, null],
    ['upphävd från beslutad', { from: 'beslutad', to: 'upphavd', findings: [], content: content(), previousVersionExists: false }, false, /inte att gå/],
    ['ut ur ett slutläge', { from: 'avslagen', to: 'utkast', findings: [], content: content(), previousVersionExists: false }, false, /slutläge/],
  ])('%s', (_name, args, ok, reason) => {
    const result = checkTransition(args);
    expect(result.ok).toBe(ok);
    if (!result.ok && reason) expect(result.reasons.join(' ')).toMatch(reason);
  });

  it('varje spärr blir ett eget skäl', () => {
    const other: Finding = { ...block, ruleId: 'doc-14-5-no-rka', message: 'RKA saknas.' };
    const result = checkTransition({
      from: 'forslag',
      to: 'redo_for_beslut',
      findings: [block, other, warn],
      content: content(),
      previousVersionExists: false,
    });
    expect(result).toEqual({ ok: false, reasons: [block.message, other.message] });
  });
});

describe('statusOnDate', () => {
  const base = {
    decidedStatus: 'beslutad' as VersionStatus,
    giltigFran: '2025-10-01',
    giltigTill: '2026-06-30' as string | null,
    superseded: false,
    revoked: false,
  };
  it.each<[string, Partial<Parameters<typeof statusOnDate>[0]> & { today: string }, VersionStatus]>([
    ['före giltig från', { today: '2025-09-20' }, 'beslutad'],
    ['på giltig från', { today: '2025-10-01' }, 'gallande'],
    ['sista giltiga dagen', { today: '2026-06-30' }, 'gallande'],
    ['dagen efter giltig till', { today: '2026-07-01' }, 'utgangen'],
    ['utan slutdatum', { today: '2030-01-01', giltigTill: null }, 'gallande'],
    ['utan giltig från', { today: '2030-01-01', giltigFran: null }, 'beslutad'],
    ['ersatt av en senare version', { today: '2026-01-01', superseded: true }, 'ersatt'],
    ['ersatt även efter egen giltighetstid', { today: '2027-01-01', superseded: true }, 'ersatt'],
    ['ersatt innan den hann börja gälla', { today: '2025-09-20', superseded: true }, 'ersatt'],
    ['upphävd', { today: '2026-01-01', revoked: true }, 'upphavd'],
    ['upphävd går före ersatt', { today: '2026-01-01', revoked: true, superseded: true }, 'upphavd'],
    ['lagrad som gällande räknas också om', { today: '2026-07-01', decidedStatus: 'gallande' }, 'utgangen'],
    ['utkast påverkas inte av datum', { today: '2026-01-01', decidedStatus: 'utkast' }, 'utkast'],
    ['lagrad som upphävd förblir upphävd', { today: '2026-01-01', decidedStatus: 'upphavd' }, 'upphavd'],
  ])('%s', (_name, args, expected) => {
    expect(statusOnDate({ ...base, ...args })).toBe(expected);
  });
});
