// Issue 16, finding 8: text that looks like something else does not get in. One normalisation for
// every stored name and text (NFC, LF line ends), through the real dispatcher and the contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseText, storedName, storedText, visibleText } from '../../shared/domain/stored-text';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeAll(async () => {
  s = await testServices();
});
afterAll(() => s.cleanup());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'sparades',
    (e: Error) => e.message,
  );

describe('namn i organisationen', () => {
  it('ett NFC/NFD-par blir ett och samma namn, inte två sektorer som ser likadana ut', async () => {
    const nfc = 'Äldreomsorg Åre';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const first = await s.call('organisation/createSektor', { namn: nfc });
    expect(first.namn).toBe(nfc);
    const second = await refusal(s.call('organisation/createSektor', { namn: nfd }));
    expect(second).not.toBe('sparades');
    const org = await s.call('organisation/get', {});
    expect(org.sektorer.filter((x) => x.namn.normalize('NFC') === nfc)).toHaveLength(1);
  });

  it.each([
    ['bara nollbreda tecken', '\u200b\u200c\u200d\ufeff', /bara av osynliga tecken/],
    ['en bidi-överstyrning', 'Stöd\u202eexe.pdf', /vänder textriktningen/],
    ['en isolerad bidi-styrning', '\u2067Stöd\u2069', /vänder textriktningen/],
    ['en ensam surrogathalva', 'Stöd\ud800', /halv teckenkod/],
    ['ett kontrolltecken', 'Stöd\u0007', /kontrolltecken/],
    ['ett C1-kontrolltecken', 'Stöd\u0085', /kontrolltecken/],
    ['en radbrytning', 'Stöd\r\nEND:VEVENT', /på en rad/],
  ])('ett namn med %s vägras', async (_name, namn, message) => {
    expect(await refusal(s.call('organisation/createKategori', { namn }))).toMatch(message);
  });
});

describe('inställningarna', () => {
  it.each(['\r', '\n', '\r\n'])('nämnd och kommun med %j vägras och inget sparas', async (br) => {
    const before = await s.call('settings/get', {});
    const message = await refusal(s.call('settings/update', { ...before, namnd: `Socialnämnden${br}URL:https://evil.example/`, kommun: 'Alingsås' } as never));
    expect(message).toMatch(/på en rad/);
    expect(await s.call('settings/get', {})).toEqual(before);
  });
});

describe('normaliseringen', () => {
  it('NFC och LF', () => {
    expect(normaliseText('A\u030a\r\nb\rc')).toBe('Å\nb\nc');
    expect(storedText(100).parse('rad ett\r\nrad två\ttab')).toBe('rad ett\nrad två\ttab');
  });
  it('namn trimmas, och synligt innehåll räknas utan osynliga tecken', () => {
    expect(storedName(100).parse('  Familjerådgivning ')).toBe('Familjerådgivning');
    expect(visibleText('\u00ad\u2060 a')).toBe('a');
    expect(storedName(100).safeParse('Ölandsfärjan 🚢').success).toBe(true);
  });
});
