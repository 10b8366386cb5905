// The pure rule behind the disabled controls (shared/domain/roles.ts): which role may take which action,
// and the Swedish reason shown beside a control the role may not use.
import { describe, expect, it } from 'vitest';
import { ATGARDER, behorigheter, skalAttInteFa, type Atgard } from '../../shared/domain/roles';

const SEKRETERARE: Atgard[] = ['sammantraden', 'arenden', 'beslut', 'installningar'];
const UTVECKLARE: Atgard[] = ['utkast', 'rka', 'paminnelser'];

describe('vad en roll får göra', () => {
  it('ger en lokal databas och databasens ägare alla åtgärder', () => {
    for (const atgard of ATGARDER) {
      expect(skalAttInteFa('lokal', atgard)).toBeNull();
      expect(skalAttInteFa('agare', atgard)).toBeNull();
    }
  });

  it('låter sekreteraren sköta sammanträden, ärenden, beslut och inställningar men inte skriva utkast', () => {
    for (const atgard of SEKRETERARE) expect(skalAttInteFa('sekreterare', atgard)).toBeNull();
    for (const atgard of UTVECKLARE) expect(skalAttInteFa('sekreterare', atgard)).toMatch(/^Din roll är nämndsekreterare\. .*verksamhetsutvecklarna\.$/);
  });

  it('låter verksamhetsutvecklaren skriva utkast, RKA och påminnelser men inte besluta', () => {
    for (const atgard of UTVECKLARE) expect(skalAttInteFa('verksamhetsutvecklare', atgard)).toBeNull();
    for (const atgard of SEKRETERARE)
      expect(skalAttInteFa('verksamhetsutvecklare', atgard)).toMatch(/^Din roll är verksamhetsutvecklare\. .*nämndsekreteraren\.$/);
  });

  it('nekar läsaren och den utan roll allt, med skälet', () => {
    for (const atgard of ATGARDER) {
      expect(skalAttInteFa('lasare', atgard)).toMatch(/^Du har läsbehörighet\. /);
      expect(skalAttInteFa('ingen', atgard)).toMatch(/^Du har ingen roll i katalogen\. /);
    }
    expect(skalAttInteFa('lasare', 'utkast')).toBe('Du har läsbehörighet. Utkast och förslag skrivs av verksamhetsutvecklarna.');
  });

  it('sammanställer alla åtgärder för en roll', () => {
    const lasare = behorigheter('lasare');
    expect(Object.keys(lasare).sort()).toEqual([...ATGARDER].sort());
    expect(Object.values(behorigheter('lokal')).every((r) => r === null)).toBe(true);
    expect(behorigheter('sekreterare').beslut).toBeNull();
    expect(behorigheter('sekreterare').utkast).not.toBeNull();
  });
});
