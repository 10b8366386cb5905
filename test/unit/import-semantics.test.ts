// The importer's reading of meaning (issue 15 items 3, 4 and 7): villkor with their ages and scope,
// decision metadata in the schemes municipalities use, and tjänsteskrivelser with their Förslag till beslut.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDecisionMetadata, splitBeslutad } from '../../shared/import/decision-metadata';
import { readDocumentHeader } from '../../shared/import/document-header';
import type { InsatsSection } from '../../shared/import/insats-sections';
import type { Line } from '../../shared/import/lines';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { parsedCatalogueSchema } from '../../shared/import/proposal';
import { findDates } from '../../shared/import/swedish-dates';
import { memoKind, readBilagaInsatser, readForslagTillBeslut } from '../../shared/import/tjansteskrivelse';
import { isLamplighetsbedomning, readVillkor } from '../../shared/import/villkor';
import { checkInsats } from '../../shared/rules/check-insats';
import { CORPUS_DIR } from '../support/corpus-score';
import { importJson } from '../../electron/cli/commands/import-report';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ no: i + 1, text, pageBreakBefore: false }));
const read = (...texts: string[]) =>
  readVillkor([{ key: 'villkor', label: 'Villkor', lines: texts.map((text) => ({ text })) } as unknown as InsatsSection], '', 'Västanå');
const shape = (...texts: string[]) => read(...texts).villkor.map((v) => [v.typ, v.alderMin, v.alderMax]);
const meta = (...texts: string[]) => readDecisionMetadata(lines(...texts), () => '')?.draft;

describe('villkor med sin betydelse', () => {
  it.each([
    ['Under 15 år.', null, 14],
    ['Mellan 15 och 20 år.', 15, 20],
    ['Vara 18 år eller äldre.', 18, null],
  ])('ålder: %s', (text, min, max) => {
    expect(shape(text)).toEqual([['alder', min, max]]);
  });

  it.each([
    ['Den som inte fyllt 15 år behöver samtycke från vårdnadshavare.', null, 14],
    ['Barn under 15 år behöver vårdnadshavares samtycke.', null, 14],
    ['Deltagande upp till 14 år sker med vårdnadshavares medgivande.', null, 14],
    ['För den som är under 15 år krävs vårdnadshavares samtycke.', null, 14],
    ['Upp till 14 år med vårdnadshavares medgivande.', null, 14],
    ['Vårdnadshavare ska ha lämnat sitt samtycke för barn yngre än 15 år.', null, 14],
  ])('samtycke behåller sin ålder och meningen hålls ihop: %s', (text, min, max) => {
    expect(shape(text)).toEqual([['samtycke', min, max]]);
    expect(read(text).villkor[0].text).toBe(text);
  });

  it('delar på semikolon: folkbokföring och samtycke blir två villkor, samtycket med sin ålder', () => {
    expect(shape('folkbokförd i kommunen; den som inte fyllt 15 år behöver samtycke från vårdnadshavare')).toEqual([
      ['folkbokford', null, null],
      ['samtycke', null, 14],
    ]);
  });

  it.each([
    'Nämnden har bedömt att insatsen är lämplig att ge till ungdomar 15–17 år utan vårdnadshavares samtycke.',
    'Lämplighetsbedömning 15–17 år: Nämnden har bedömt att insatsen kan ges utan samtycke.',
    'lämplighetsbedömning 15–17 år gjord, insatsen är lämplig utan samtycke',
  ])('lämplighetsbedömning, inte en åldersgräns 15–17: %s', (text) => {
    expect(shape(text)).toEqual([['lamplighetsbedomning', null, null]]);
  });

  it.each(['Ingen lämplighetsbedömning har gjorts.', 'Lämplighetsbedömning har inte gjorts.'])('ingen lämplighetsbedömning: %s', (text) => {
    expect(isLamplighetsbedomning(text)).toBe(false);
  });

  it.each([
    ['Folkbokförd i Västanå kommun.', true],
    ['Krav på folkbokföring i kommunen.', true],
    ['Folkbokföring i kommunen krävs inte.', false],
    ['Deltagaren behöver inte vara folkbokförd i kommunen.', false],
    ['Oavsett folkbokföring.', false],
    ['Folkbokföring i kommunen är inget krav.', false],
  ])('folkbokföring: %s → %s', (text, required) => {
    expect(read(text).villkor.some((v) => v.typ === 'folkbokford')).toBe(required);
  });

  it('"Folkbokföring i kommunen krävs inte" är inget villkor alls, men känns igen', () => {
    const r = read('Från 18 år. Folkbokföring i kommunen krävs inte.');
    expect(r.villkor.map((v) => v.typ)).toEqual(['alder']);
    expect(r.recognised.map((x) => x.label)).toContain('Inget krav på folkbokföring');
    expect(r.unrecognised).toEqual([]);
  });

  it('föräldrar till barn 3–12 år: åldern är barnens, insatsen får ingen ålder', () => {
    const parsed = parseCatalogueDocument(
      [
        '1 Insatser',
        '1.1 Föräldragrupp',
        'Målgrupp',
        'Föräldrar till barn 3–12 år.',
        'Villkor',
        'Folkbokförd i kommunen.',
        'Dokumentation',
        '14 kap. 3 §.',
      ].join('\n\n'),
    );
    const i = parsed.insatser[0];
    expect(i.content.malgruppAlder).toBeNull();
    expect(i.content.villkor.map((v) => v.typ)).toEqual(['folkbokford']);
  });

  it('"Inga villkor utöver ålder" är målgruppens ålder som villkor, inte ett övrigt villkor', () => {
    const v = readVillkor(
      [{ key: 'villkor', label: 'Villkor', lines: [{ text: 'Inga villkor utöver ålder.' }] } as unknown as InsatsSection],
      'anhöriga, 18 år och äldre, till personer som spelar om pengar',
      '',
    ).villkor;
    expect(v.map((x) => [x.typ, x.alderMin, x.alderMax])).toEqual([['alder', 18, null]]);
  });

  it('tidigare insats och dokument att visa läses med sitt värde', () => {
    const v = read('Ha deltagit i Föräldrakurs ABC.', 'Visa hyreskontrakt i Västanå kommun.').villkor;
    expect(v.map((x) => [x.typ, x.tidigareInsats || x.dokument])).toEqual([
      ['tidigareInsats', 'Föräldrakurs ABC'],
      ['dokument', 'Hyreskontrakt i Västanå kommun'],
    ]);
  });
});

describe('samtyckets ålder når lagkontrollen efter importen', () => {
  const doc = (villkor: string[]) =>
    ['1 Insatser', '1.1 Samtalsgrupp Vågen', 'Målgrupp', 'Ungdomar 13–16 år.', 'Villkor', ...villkor, 'Dokumentation', 'Dokumenteras enligt 14 kap. 3 §.'].join(
      '\n\n',
    );
  const findings = (villkor: string[]) => {
    const i = parseCatalogueDocument(doc(villkor)).insatser[0];
    // The portable content as the confirm turns it into an insats version (no enhet or kategori here).
    return checkInsats({
      content: { ...i.content, enhetId: null, kategoriId: null },
      kategoriNamn: null,
      rka: null,
      policy: { requireFolkbokforing: false },
      dismissed: [],
    });
  };

  it('13–16 år med samtycke bara under 15 och utan lämplighetsbedömning spärras', () => {
    const f = findings(['Folkbokförd i kommunen.', 'Den som inte fyllt 15 år behöver samtycke från vårdnadshavare.']);
    expect(f.find((x) => x.ruleId === 'child-15-17-assessment')).toMatchObject({ severity: 'block' });
    expect(f.find((x) => x.ruleId === 'child-under-15-consent')).toBeUndefined();
  });

  it('med en lämplighetsbedömning för 15–17 spärras den inte', () => {
    const f = findings([
      'Folkbokförd i kommunen.',
      'Den som inte fyllt 15 år behöver samtycke från vårdnadshavare.',
      'Nämnden har bedömt att insatsen är lämplig att ge till ungdomar 15–17 år utan vårdnadshavares samtycke.',
    ]);
    expect(f.filter((x) => x.severity === 'block')).toEqual([]);
  });

  it('utan samtycke spärras den för barnen under 15', () => {
    expect(findings(['Folkbokförd i kommunen.']).find((x) => x.ruleId === 'child-under-15-consent')).toMatchObject({ severity: 'block' });
  });
});

describe('beslutsuppgifter', () => {
  it.each([
    ['den 11 juni 2025', '2025-06-11'],
    ['1 juli 2025', '2025-07-01'],
    ['2025-05-20', '2025-05-20'],
  ])('datum "%s" → %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it('"Beslutad av socialnämnden 2025-06-17 § 88, dnr SN 2025/0311" ger instans, datum, paragraf och dnr', () => {
    expect(splitBeslutad('socialnämnden 2025-06-17 § 88, dnr SN 2025/0311')).toEqual({
      instans: 'Socialnämnden',
      datum: '2025-06-17',
      paragraf: 88,
      diarienummer: 'SN 2025/0311',
    });
    expect(
      meta('Beslutad av socialnämnden 2025-06-17 § 88, dnr SN 2025/0311', 'Gäller från 2025-07-01 och tills vidare. Revideras senast 2026-12-31.'),
    ).toMatchObject({
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '2025-06-17',
      diarienummer: 'SN 2025/0311',
      paragraf: 88,
      giltigFran: '2025-07-01',
      giltigTill: null,
      reviderasSenast: '2026-12-31',
    });
  });

  it('"Dnr", "Beslutad av … den …, § 74", "Giltig t.o.m.", "Ses över senast", "Dokumentägare:"', () => {
    expect(
      meta(
        'Dnr SN 2025.077',
        'Beslutad av socialnämnden den 24 juni 2025, § 74',
        'Gäller från 1 juli 2025',
        'Giltig t.o.m. 2026-12-31',
        'Ses över senast 2026-09-30',
        'Dokumentägare: Enhetschef, förebyggande enheten',
      ),
    ).toEqual({
      typAvStyrdokument: '',
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '2025-06-24',
      diarienummer: 'SN 2025.077',
      paragraf: 74,
      gallerFor: '',
      giltigFran: '2025-07-01',
      giltigTill: '2026-12-31',
      reviderasSenast: '2026-09-30',
      dokumentansvarig: 'Enhetschef, förebyggande enheten',
    });
  });

  it('"Fastställd av socialnämnden 2025-05-20, § 61": § 61 hör inte till diarienumret', () => {
    expect(
      meta(
        'Diarienummer: SN 2025/0214',
        'Fastställd av socialnämnden 2025-05-20, § 61',
        'Gäller till: tills vidare',
        'Ansvarig för dokumentet: Utvecklingsstrateg',
      ),
    ).toMatchObject({ diarienummer: 'SN 2025/0214', paragraf: 61, datumForBeslut: '2025-05-20', giltigTill: null, dokumentansvarig: 'Utvecklingsstrateg' });
  });

  it('etikett och värde med tabb eller som tabellrad | a | b |', () => {
    expect(
      meta(
        '| Diarienummer | SN/2025:00187 |',
        'Beslutat av\tSocialnämnden',
        '| Beslutades den | 2025-06-10 |',
        'Gäller för\tSocialförvaltningen',
        'Ersätter\t–',
      ),
    ).toMatchObject({ diarienummer: 'SN/2025:00187', beslutandeInstans: 'Socialnämnden', datumForBeslut: '2025-06-10', gallerFor: 'Socialförvaltningen' });
  });

  it('"Dokumentet beslutades den: den 11 juni 2025", "Dnr:", "Giltig till", "Dokumentansvarig"', () => {
    expect(meta('Dnr: KS 2025/12', 'Dokumentet beslutades den: den 11 juni 2025', 'Giltig till: 2027-06-30', 'Dokumentansvarig: Socialchef')).toMatchObject({
      diarienummer: 'KS 2025/12',
      datumForBeslut: '2025-06-11',
      giltigTill: '2027-06-30',
      dokumentansvarig: 'Socialchef',
    });
  });

  it('"Diarienr", "Antagen av kommunstyrelsen …", "Ikraftträdande", "Giltighet" som intervall, "Nästa revidering", "Dokumentets ägare"', () => {
    expect(
      meta(
        'Diarienr: KS 2025.0312',
        'Antagen av kommunstyrelsen 2025-02-14, § 12',
        'Ikraftträdande: 2025-03-01',
        'Giltighet: 2025-03-01 – 2026-02-28',
        'Nästa revidering: 2025-12-31',
        'Dokumentets ägare: Socialchef',
      ),
    ).toMatchObject({
      diarienummer: 'KS 2025.0312',
      beslutandeInstans: 'Kommunstyrelsen',
      datumForBeslut: '2025-02-14',
      paragraf: 12,
      giltigFran: '2025-03-01',
      giltigTill: '2026-02-28',
      reviderasSenast: '2025-12-31',
      dokumentansvarig: 'Socialchef',
    });
  });

  it.each([
    ['tabellrader med tomma celler', (r: string) => `| ${r} |  |  |  |`],
    ['semikolonseparerade rader', (r: string) => `${r};;;;;;;;`],
  ])('fritextraderna ovanför kartläggningens rubrikrad (d2) som %s', (_, row) => {
    expect(
      meta(
        ...[
          'Kartläggning – insatser utan individuell behovsprövning, socialnämnden i Sjöhamra kommun',
          'Beslutad av socialnämnden 2025-06-17 § 88, dnr SN 2025/0311',
          'Gäller från 2025-07-01 och tills vidare. Revideras senast 2026-12-31.',
          'Dokumentägare: Avdelningschef individ- och familjeomsorg',
        ].map(row),
      ),
    ).toMatchObject({
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '2025-06-17',
      diarienummer: 'SN 2025/0311',
      paragraf: 88,
      giltigFran: '2025-07-01',
      giltigTill: null,
      reviderasSenast: '2026-12-31',
      dokumentansvarig: 'Avdelningschef individ- och familjeomsorg',
    });
  });

  it('en etikett i löptext är inga beslutsuppgifter', () => {
    expect(
      meta(
        'Gäller från att den enskilde har fyllt 18 år och bor i kommunen, vilket utföraren kontrollerar genom att den enskilde visar legitimation vid första besöket hos verksamheten och sedan vid varje nytt tillfälle under hela året som insatsen pågår, med undantag för telefonrådgivning.',
      ),
    ).toBeUndefined();
  });
});

describe('dokumentets titel och nämnd', () => {
  it('en numrerad titel (Word-rubrik) utan sitt nummer', () => {
    expect(readDocumentHeader(lines('1. Riktlinje för insatser utan individuell behovsprövning'), 'Socialnämnden')).toEqual({
      titel: 'Riktlinje för insatser utan individuell behovsprövning',
      namnd: 'Socialnämnden',
    });
  });

  it('kommunstyrelsen som beslutande är dokumentets nämnd', () => {
    expect(readDocumentHeader(lines('Förteckning över insatser utan behovsprövning'), 'Kommunstyrelsen').namnd).toBe('Kommunstyrelsen');
  });

  it('titeln efter en numrerad rubrik läses ur rubrikerna före insatserna, inte ur löptexten', () => {
    const text = fs
      .readFileSync(path.join(CORPUS_DIR, 'e1-riktlinje-aldersgrans.txt'), 'utf8')
      .replace('Riktlinje för insatser utan individuell behovsprövning\n', '');
    const parsed = parseCatalogueDocument(text.replace('1 Inledning', '1 Riktlinje för insatser utan individuell behovsprövning'));
    expect(parsed.titel).toBe('Riktlinje för insatser utan individuell behovsprövning');
  });
});

describe('tjänsteskrivelser', () => {
  const text = fs.readFileSync(path.join(CORPUS_DIR, 'd4-tjansteskrivelse.txt'), 'utf8');
  const parsed = parseCatalogueDocument(text);

  it('känns igen, med förslaget till beslut och en svensk upplysning', () => {
    expect(parsedCatalogueSchema.safeParse(parsed).success).toBe(true);
    expect(parsed.tjansteskrivelse).toBe(true);
    expect(parsed.forslagTillBeslut).toHaveLength(4);
    expect(parsed.forslagTillBeslut?.[2]).toBe('Förteckningen ska revideras senast 2026-06-30.');
    expect(parsed.warnings.find((w) => w.code === 'tjansteskrivelse')?.message).toMatch(
      /tjänsteskrivelse – ett förslag till beslut.*2025-05-06 är skrivelsens/,
    );
    expect(parsed.warnings.some((w) => w.code === 'no_decision' || w.code === 'decision_incomplete')).toBe(false);
  });

  it('läser insatserna ur bilaga 1, också de som bryts på två rader, och ingen beslutspunkt blir en insats', () => {
    expect(parsed.insatser.map((i) => [i.nummer, i.content.namn, i.content.dokumentation.regim])).toEqual([
      [null, 'Familjerådgivning', '14:4'],
      [null, 'Budget- och skuldrådgivning', '14:4'],
      [null, 'Anhöriggrupp vid spelproblem', '14:5'],
      [null, 'Mötesplats Ängen', '14:5'],
      [null, 'Föräldraskapsstöd Alla barn i centrum (ABC)', '14:3'],
      [null, 'Samtalsgrupp Ankaret', '14:3'],
      [null, 'Sommaraktiviteter för unga', '14:3'],
    ]);
    expect(parsed.insatser[6].content.villkor.map((v) => v.typ)).toEqual(['folkbokford', 'samtycke', 'lamplighetsbedomning']);
  });

  it('utan bilaga i filen blir ingen beslutspunkt en insats', () => {
    const withoutBilaga = parseCatalogueDocument(text.slice(0, text.indexOf('\nBilaga 1\n')));
    expect(withoutBilaga.tjansteskrivelse).toBe(true);
    expect(withoutBilaga.insatser.map((i) => i.content.namn)).toEqual([]);
    expect(withoutBilaga.forslagTillBeslut).toHaveLength(4);
  });

  it('skrivelsens datum är inget beslutsdatum', () => {
    expect(parsed.decision?.draft).toMatchObject({
      datumForBeslut: '',
      diarienummer: 'SN 2025/0142',
      beslutandeInstans: 'Socialnämnden',
      giltigFran: '2025-07-01',
    });
    expect(parsed.decision?.complete).toBe(false);
  });

  it('de särskilda skälen i Ärendet blir bedömningen för 14 kap. 5 §-insatserna, inte beslutspunktens hänvisning', () => {
    const bedomning = parsed.insatser.filter((i) => i.content.dokumentation.regim === '14:5').map((i) => i.bedomningSarskildaSkal);
    expect(bedomning).toHaveLength(2);
    for (const b of bedomning) expect(b).toMatch(/^För Anhöriggrupp vid spelproblem och Mötesplats Ängen bedömer förvaltningen att det finns särskilda skäl/);
    expect(parsed.warnings.some((w) => w.code === 'rka_missing')).toBe(false);
  });

  it('iub import --json visar flaggan och förslaget till beslut, beslutsfälten är kvar', () => {
    const json = importJson({ ...parsed, fileName: 'd4.txt', format: 'text', appliedProfile: null }, null, true);
    expect(json).toMatchObject({ tjansteskrivelse: true, forslagTillBeslut: parsed.forslagTillBeslut });
    expect(Object.keys(json.decision ?? {})).toEqual(
      expect.arrayContaining(['diarienummer', 'datumForBeslut', 'beslutandeInstans', 'giltigFran', 'giltigTill', 'reviderasSenast', 'dokumentansvarig']),
    );
  });

  it('ett generellt undantag i förslaget till beslut är en spärr', () => {
    const blanket = text.replace(
      /2\. Socialnämnden beslutar med stöd av 14 kap\. 5 § .*\n/u,
      '2. Socialnämnden beslutar om undantag från dokumentationsskyldigheten för samtliga insatser i bilaga 1.\n',
    );
    const w = parseCatalogueDocument(blanket).warnings.filter((x) => x.code === 'blanket_exemption');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^Spärr: .*14 kap\. 5 §/);
    expect(parsed.warnings.some((x) => x.code === 'blanket_exemption')).toBe(false);
  });

  it('delarna var för sig: typ, punkter, punktlistor', () => {
    expect(memoKind(lines('KOMMUN', 'TJÄNSTEUTLÅTANDE'))).toBe('tjänsteutlåtande');
    expect(memoKind(lines('Insatser utan individuell behovsprövning'))).toBeNull();
    expect(
      readForslagTillBeslut(
        lines('Förslag till beslut', '1. Nämnden beslutar att anta förteckningen.', '2. Paragrafen justeras.', 'Sammanfattning', '3. Inte en punkt.'),
      ),
    ).toEqual(['Nämnden beslutar att anta förteckningen.', 'Paragrafen justeras.']);
    expect(readBilagaInsatser(lines('Bilaga 1', '- Mötesplats Ängen – vuxna 18–64 år – inga villkor –', 'folkbokförd i kommunen – 14 kap. 5 §'))).toEqual([
      {
        line: expect.anything(),
        name: 'Mötesplats Ängen',
        malgrupp: 'vuxna 18–64 år',
        villkor: 'inga villkor – folkbokförd i kommunen',
        dokumentation: '14 kap. 5 §',
      },
    ]);
  });
});
