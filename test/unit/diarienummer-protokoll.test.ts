// Diarienummer patterns and protocol dates: the rules behind ärenden, justering and återrapportering.
import { describe, expect, it } from 'vitest';
import { formatDiarienummer, nextSequence, parseDiarienummer } from '../../shared/domain/diarienummer';
import { justeringDeadline, nextWorkingDay, overklagandeTidSlut, parseSeason, vunnitLagaKraft } from '../../shared/domain/protokoll';

describe('diarienummer', () => {
  it.each([
    ['{year}.{seq:000}', 2025, 53, '2025.053'],
    ['SN {year}/{seq}', 2025, 53, 'SN 2025/53'],
    ['SN {year}/{seq:0000}', 2026, 7, 'SN 2026/0007'],
    ['{year}-{seq}', 2026, 1234, '2026-1234'],
  ])('%s ger %s nr %i som %s och läser tillbaka det', (pattern, year, seq, expected) => {
    expect(formatDiarienummer(pattern, year, seq)).toBe(expected);
    expect(parseDiarienummer(pattern, expected)).toEqual({ year, seq });
  });

  it('känner inte igen nummer i ett annat format', () => {
    expect(parseDiarienummer('{year}.{seq:000}', 'SN 2025/53')).toBeNull();
    expect(parseDiarienummer('{year}.{seq:000}', '2025.053x')).toBeNull();
    // a dot in the pattern is a literal dot, not "any character"
    expect(parseDiarienummer('{year}.{seq:000}', '2025-053')).toBeNull();
  });

  it('föreslår ett över det högsta använda numret samma år', () => {
    const used = ['2025.052', '2025.007', '2024.300', 'SN 2025/99', '2025.053x'];
    expect(nextSequence('{year}.{seq:000}', 2025, used)).toBe(53);
    expect(nextSequence('{year}.{seq:000}', 2026, used)).toBe(1);
  });
});

describe('protokollets datum', () => {
  it('justering senast 14 dagar efter sammanträdet', () => {
    expect(justeringDeadline('2025-09-16')).toBe('2025-09-30');
  });

  it('överklagandetiden är tre veckor från anslaget och flyttas förbi helg', () => {
    expect(overklagandeTidSlut('2025-09-23')).toBe('2025-10-14');
    // 2025-12-03 + 21 days is 2025-12-24 (julafton), then juldagen, annandagen, a weekend → Monday 29th
    expect(overklagandeTidSlut('2025-12-03')).toBe('2025-12-29');
    // 2026-03-14 + 21 = 2026-04-04, påskafton is a Saturday; påskdagen, annandag påsk → Tuesday 7 April
    expect(overklagandeTidSlut('2026-03-14')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-06-19')).toBe('2026-06-22'); // midsommarafton
  });

  it('vinner laga kraft dagen efter att överklagandetiden gått ut, om ingen överklagat', () => {
    expect(vunnitLagaKraft({ anslagsdatum: '2025-09-23', today: '2025-10-14', overklagad: false })).toBe(false);
    expect(vunnitLagaKraft({ anslagsdatum: '2025-09-23', today: '2025-10-15', overklagad: false })).toBe(true);
    expect(vunnitLagaKraft({ anslagsdatum: '2025-09-23', today: '2026-01-01', overklagad: true })).toBe(false);
  });

  it.each([
    ['2026-10-01', '2026-10-01', '2026-10-01'],
    ['mars 2026', '2026-03-01', '2026-03-31'],
    ['Februari 2028', '2028-02-01', '2028-02-29'],
    ['hösten 2026', '2026-08-01', '2026-12-31'],
    ['våren 2027', '2027-01-01', '2027-06-30'],
    ['första halvåret 2026', '2026-01-01', '2026-06-30'],
    ['slutet av 2026', '2026-09-01', '2026-12-31'],
    ['kvartal 3 2026', '2026-07-01', '2026-09-30'],
    ['Q4 2026', '2026-10-01', '2026-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['under hösten 2026', '2026-08-01', '2026-12-31'],
  ])('förstår ”%s” som %s–%s', (text, from, to) => {
    expect(parseSeason(text)).toEqual({ from, to });
  });

  it.each(['någon gång', 'hösten', '2026-02-30', 'kvartal 5 2026', ''])('förstår inte ”%s”', (text) => {
    expect(parseSeason(text)).toBeNull();
  });
});
