// The document import parser, piece by piece: each concern with a table of the forms real catalogues use.
import { describe, expect, it } from 'vitest';
import { findAges, parseAge } from '../../shared/import/ages';
import { ageBelongsToOther, villkorAgeIsAboutChildOfParticipant } from '../../shared/import/age-subject';
import { parseNumberedHeading, followsInOutline } from '../../shared/import/headings';
import { detectToc } from '../../shared/import/toc';
import { splitLines, type Line } from '../../shared/import/lines';
import { matchSectionLabel } from '../../shared/import/section-labels';
import { stripMarkupText } from '../../shared/import/markup';
import { isPageNumber, removePageArtefacts } from '../../shared/import/page-artefacts';
import { joinBrokenParagraphs } from '../../shared/import/paragraphs';
import { kommunFromGenitive } from '../../shared/import/kommun';
import { detectVillkor } from '../../shared/import/villkor-detectors';
import { cutClauses, readVillkor } from '../../shared/import/villkor';
import { emptyVillkor } from '../../shared/domain/insats';
import { splitSections } from '../../shared/import/insats-sections';
import { readDocumentation } from '../../shared/import/documentation';
import { readFollowUp } from '../../shared/import/follow-up';
import { readMethods } from '../../shared/import/methods';
import { isOmfattningSentence } from '../../shared/import/omfattning';
import { readDecisionMetadata, splitDiarienummer, splitGiltighetstid } from '../../shared/import/decision-metadata';
import { parseSwedishDate } from '../../shared/import/swedish-dates';
import { splitSentences } from '../../shared/import/sentences';
import { findFolkbokfordUndantag } from '../../shared/import/undantag';
import { assignMotivering } from '../../shared/import/motivering';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { parsedCatalogueSchema } from '../../shared/import/proposal';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ no: i + 1, text, pageBreakBefore: false }));

describe('ages', () => {
  it.each([
    ['Personen är mellan 18-65 år', 18, 65],
    ['Barn och unga i åldern 7–18 år', 7, 18],
    ['Åldersgränser är 7- 18 år', 7, 18],
    ['ungdomar 15 – 17 år', 15, 17],
    ['Föräldrar till barn 0-17år', 0, 17],
    ['unga mellan 13 och 21 år', 13, 21],
    ['Vuxna mellan 18 till 65 år.', 18, 65],
    ['Unga från 15 år till 21 år', 15, 21],
    ['Personer som fyllt 18 år', 18, null],
    ['Personen har fyllt 18 år eller äldre', 18, null],
    ['18 år och äldre', 18, null],
    ['Invånare som är 21 år och uppåt', 21, null],
    ['Vuxna från 18 år.', 18, null],
    ['Barn och unga upp till 18 år', null, 17],
    ['barn under 18 år', null, 17],
    ['upp till och med 20 år', null, 20],
    ['över 65 år', 66, null],
    ['Föräldrar med barn 4 mån-6 år', 0, 6],
  ])('%s → %s–%s', (text, min, max) => {
    expect(parseAge(text)).toMatchObject({ min, max, ambiguous: false });
  });

  it('reads a bare "18 år" as the lowest age, and says it is a guess', () => {
    expect(parseAge('Personer som 18 år och har en CRA-behandlare.')).toMatchObject({ min: 18, max: null, ambiguous: true });
  });

  it.each(['förskolan till årskurs 6', 'minst 4 veckor', 'inom ett år', '12 st strukturerade samtal', 'under 5 månader'])('finds no age in "%s"', (text) => {
    expect(findAges(text)).toEqual([]);
  });

  it('finds every age in order', () => {
    expect(findAges('barn 3-12 år och 13-18 år').map((a) => [a.min, a.max])).toEqual([
      [3, 12],
      [13, 18],
    ]);
  });

  it.each([
    ['Föräldrar med barn 0-6 år', true],
    ['Föräldrar till barn mellan 3 och 12 år', true],
    ['Separerade föräldrar med gemensamma barn under 18 år', true],
    ['Familjer med ungdomar (11–18 år)', true],
    ['Barn 7-12år som har föräldrar', false],
    ['Unga upp till 18 år', false],
  ])('the age in "%s" belongs to someone else: %s', (text, other) => {
    expect(ageBelongsToOther(text, findAges(text)[0].index)).toBe(other);
  });

  it.each([
    ['Barn upp till 18 år.', 'Barn och föräldrar där det finns misstanke om barnmisshandel', true],
    ['Placerat barn upp till 18 år.', 'Föräldrar vars barn placerats utanför det egna hemmet.', true],
    ['Barn och unga upp till 18 år med vårdnadshavares samtycke.', 'Unga upp till 18 år i allvarigare konflikter.', false],
    ['Barn och unga i åldern 7–18 år', 'barn mellan 7-18 år som är anhörig till en vuxen', false],
  ])('a villkor "%s" with målgrupp "%s" is about the participant\'s child: %s', (villkor, malgrupp, expected) => {
    expect(villkorAgeIsAboutChildOfParticipant(villkor, malgrupp)).toBe(expected);
  });
});

describe('headings and table of contents', () => {
  it.each([
    ['2.1.1. Arbetsmarknadsinsatser', '2.1.1', 'Arbetsmarknadsinsatser'],
    ['3.4.6 Beroendestöd vid Socialmedicinsk mottagning', '3.4.6', 'Beroendestöd vid Socialmedicinsk mottagning'],
    ['1.\tInledning', '1', 'Inledning'],
    ['4.5.8. 12 steg grupp-primärbehandling', '4.5.8', '12 steg grupp-primärbehandling'],
    ['3.4.7 Beroendestöd.....', '3.4.7', 'Beroendestöd'],
  ])('%s is heading %s "%s"', (text, number, title) => {
    expect(parseNumberedHeading(text)).toMatchObject({ number, title });
  });

  it.each(['12 st strukturerade manualstyrda KBT-samtal med 1-3 enskilda samtal vid behov.', '2025.053 SN § 37', 'Inledning'])(
    '"%s" is not a heading',
    (text) => {
      expect(parseNumberedHeading(text)).toBeNull();
    },
  );

  it.each([
    [[2, 1], [2, 1, 1], true],
    [[2, 1, 1], [2, 1, 2], true],
    [[2, 2, 2], [3], true],
    [[4, 5, 12], [4, 5, 13], true],
    [[4, 5, 5], [12], false],
    [[3, 1, 1], [1], false],
    [[2, 1, 1], [2, 1, 9], false],
  ])('%j → %j follows in the outline: %s', (prev, next, ok) => {
    expect(followsInOutline(prev, next)).toBe(ok);
  });

  it('finds a TOC with dot leaders and tabs, keeps unnumbered entries and skips the title line', () => {
    const toc = detectToc(
      lines(
        'Innehåll',
        '1. Inledning\t4',
        '2.1. Enhet Arbetsmarknad.....\t5',
        '2.1.1. Arbetsmarknadsinsatser\t5',
        'Dokumentation.\t5',
        '2.2.1. BoSoL.....\t6',
        '1. Inledning',
      ),
    );
    expect(toc.entries.map((e) => [e.number, e.title, e.page])).toEqual([
      ['1', 'Inledning', 4],
      ['2.1', 'Enhet Arbetsmarknad', 5],
      ['2.1.1', 'Arbetsmarknadsinsatser', 5],
      [null, 'Dokumentation', 5],
      ['2.2.1', 'BoSoL', 6],
    ]);
    expect([...toc.lineNos].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes a PDF-style TOC without tabs when it follows an "Innehåll" title', () => {
    const toc = detectToc(lines('Innehållsförteckning', '1. Inledning 4', '3.1 Rådgivning 10', '3.1.1 Familjerådgivning 10', 'Brödtext'));
    expect(toc.entries).toHaveLength(3);
  });

  it('does not take body text ending in a number for a TOC', () => {
    expect(detectToc(lines('Omfattning 1-5 samtal', 'Familjen träffas 3 gånger i veckan 12', 'Barn 3')).entries).toEqual([]);
  });
});

describe('section labels', () => {
  it.each([
    ['Målgrupp och villkor', 'malgruppOchVillkor', ''],
    ['Villkor:', 'villkor', ''],
    ['Villkoren', 'villkor', ''],
    ['Motivering:', 'motivering', ''],
    ['Lämplighetsprövning för ungdomar 15-17 år:', 'lamplighet', ''],
    ['Lämplighetsprövning för barn 15-17 år', 'lamplighet', ''],
    ['För barn 7-14 år:', 'samtyckeFor', ''],
    ['För samtal där barn deltar', 'samtyckeFor', ''],
    ['Innehåll och genomförande', 'innehall', ''],
    ['Dokumentation.', 'dokumentation', ''],
    ['Dokumentaton', 'dokumentation', ''],
    ['Uppföljning', 'uppfoljning', ''],
    ['Metoder', 'metod', ''],
    ['Villkor: Vuxna från 18 år.', 'villkor', 'Vuxna från 18 år.'],
    ['Bedömning särskilda skäl: Skälen för att göra undantag', 'bedomning', 'Skälen för att göra undantag'],
    ['Målgrupp: Föräldrar med barn 4 mån-6 år.', 'malgrupp', 'Föräldrar med barn 4 mån-6 år.'],
    // Synonyms other municipalities use (issue 15): the same section under another name.
    ['Vem vänder sig insatsen till', 'malgrupp', ''],
    ['För vem: Unga vuxna 18-25 år.', 'malgrupp', 'Unga vuxna 18-25 år.'],
    ['Förutsättningar för att ta del', 'villkor', ''],
    ['Krav för att delta: Folkbokförd i kommunen.', 'villkor', 'Folkbokförd i kommunen.'],
    ['Journalföring', 'dokumentation', ''],
    ['Utvärdering', 'uppfoljning', ''],
  ])('"%s" is %s', (text, key, rest) => {
    expect(matchSectionLabel(text)).toMatchObject({ key, rest });
  });

  it.each([
    'Villkoren behöver vara tydligt utformade och enkla att kontrollera',
    'Vad som utgör särskilda skäl',
    'Inga',
    'Metoden bygger på anknytningsteori.',
    'För att i ett eventuellt nästa steg kunna ingå avtal om dessa frågor krävs det.',
  ])('"%s" is no label', (text) => expect(matchSectionLabel(text)).toBeNull());

  it('keeps "Målgrupp:" and "Omfattning:" lines inside a Metod section with their method', () => {
    const sections = splitSections(
      lines('Metod', 'Trappan. Att ge barnen möjlighet.', 'Målgrupp: Barn 4 – 18 år.', 'Omfattning: 3- 8 samtal', 'Målgrupp', 'Familjer.'),
    );
    expect(sections.map((s) => [s.key, s.lines.length])).toEqual([
      ['metod', 3],
      ['malgrupp', 1],
    ]);
  });
});

describe('text clean-up', () => {
  it.each([
    ['enligt ~~nuvarande~~ **tidigare** socialtjänstlag', 'enligt tidigare socialtjänstlag', 1],
    ['hjälpa personen med **skadligt bruk eller beroende** att bli', 'hjälpa personen med skadligt bruk eller beroende att bli', 0],
    ['__Villkor__', 'Villkor', 0],
  ])('"%s" → "%s"', (text, plain, struck) => {
    expect(stripMarkupText(text)).toEqual({ text: plain, struck });
  });

  it.each([
    ['12', true],
    ['Sida 3 av 27', true],
    ['3 (27)', true],
    ['- 4 -', true],
    ['3/27', true],
    ['-', false],
    ['12 steg', false],
  ])('"%s" is a page number: %s', (text, yes) => {
    expect(isPageNumber(text)).toBe(yes);
  });

  it('removes headers and footers repeated on every page and page numbers', () => {
    const text = [
      'Östersunds kommun – Bilaga 1',
      'Första sidans text.',
      'Sida 1 av 3',
      '\fÖstersunds kommun – Bilaga 1',
      'Andra sidans text.',
      'Sida 2 av 3',
      '\fÖstersunds kommun – Bilaga 1',
      'Tredje sidans text.',
      'Sida 3 av 3',
    ].join('\n');
    const result = removePageArtefacts(splitLines(text));
    expect(result.lines.map((l) => l.text)).toEqual(['Första sidans text.', 'Andra sidans text.', 'Tredje sidans text.']);
  });

  it('joins a paragraph cut by a page break, but not a heading or a finished sentence', () => {
    const joined = joinBrokenParagraphs(
      lines('vilket i sin tur kan leda till', 'att individer i behov av stöd inte får det.', 'Villkor:', 'folkbokförd i kommunen.', 'Slut.', 'början på nytt'),
    );
    expect(joined.lines.map((l) => l.text)).toEqual([
      'vilket i sin tur kan leda till att individer i behov av stöd inte får det.',
      'Villkor:',
      'folkbokförd i kommunen.',
      'Slut.',
      'början på nytt',
    ]);
  });

  it('joins across a page break before a capital only where the line cannot end', () => {
    const page = (text: string): Line => ({ no: 0, text, pageBreakBefore: true });
    const joined = joinBrokenParagraphs([
      { no: 1, text: 'Personen är folkbokförd i', pageBreakBefore: false },
      page('Östersunds kommun.'),
      { no: 3, text: 'Omfattning: cirka 12 tillfällen under 3 månader', pageBreakBefore: false },
      page('Möta pappor (MPV). Syftet är att öka motivationen.'),
      { no: 5, text: 'Motivering: För att säkerställa att resurserna används på', pageBreakBefore: false },
      page('rätt sätt.'),
    ]);
    expect(joined.lines.map((l) => l.text)).toEqual([
      'Personen är folkbokförd i Östersunds kommun.',
      'Omfattning: cirka 12 tillfällen under 3 månader',
      'Möta pappor (MPV). Syftet är att öka motivationen.',
      'Motivering: För att säkerställa att resurserna används på rätt sätt.',
    ]);
  });

  it('splits sentences but not at "14 kap. 3 §" or "t.ex."', () => {
    expect(splitSentences('Enligt 14 kap. 3 § ska det dokumenteras, t.ex. namn. Sedan följer mer.')).toEqual([
      'Enligt 14 kap. 3 § ska det dokumenteras, t.ex. namn.',
      'Sedan följer mer.',
    ]);
  });
});

describe('villkor', () => {
  it.each([
    ['Östersunds', '', 'Östersund'],
    ['Alingsås', '', 'Alingsås'],
    ['Lunds', '', 'Lund'],
    ['Kramfors', '', 'Kramfors'],
    ['Kalmar', 'Kalmar', 'Kalmar'],
    ['Alingsås', 'Alingsås', 'Alingsås'],
  ])('"i %s kommun" (configured %s) → %s', (word, hint, kommun) => {
    expect(kommunFromGenitive(word, hint)).toBe(kommun);
  });

  it.each([
    [
      'Personen är mellan 18-65 år och folkbokförd i Östersunds kommun.',
      ['alder', 'folkbokford'],
      ['Personen är mellan 18-65 år.', 'Folkbokförd i Östersunds kommun.'],
    ],
    [
      'Invånare ska vara 21 år eller äldre och haft insatsen Bostad Först och hyreskontrakt i Östersunds kommun.',
      ['alder', 'tidigareInsats', 'dokument'],
      ['Invånare ska vara 21 år eller äldre.', 'Haft insatsen Bostad Först.', 'Hyreskontrakt i Östersunds kommun.'],
    ],
    [
      '18 år och äldre som gått en 12 stegs primärbehandling samt folkbokförda i Östersunds kommun.',
      ['alder', 'tidigareInsats', 'folkbokford'],
      ['18 år och äldre.', 'Gått en 12 stegs primärbehandling.', 'Folkbokförda i Östersunds kommun.'],
    ],
    ['Barn och unga upp till 18 år med vårdnadshavares samtycke.', ['alder', 'samtycke'], ['Barn och unga upp till 18 år.', 'Med vårdnadshavares samtycke.']],
    ['Personer som 18 år och har en CRA-behandlare.', ['alder', 'tidigareInsats'], ['Personer som 18 år.', 'Har en CRA-behandlare.']],
  ])('"%s" → %j', (sentence, kinds, clauses) => {
    const hits = detectVillkor(sentence, { kommunHint: '' });
    expect(hits.map((h) => h.typ)).toEqual(kinds);
    expect(cutClauses(sentence, hits)).toEqual(clauses);
  });

  it.each([
    ['Påbörjas inom ett år efter insats på Bryggan.', 'Bryggan'],
    ['Deltagit i någon av insatserna CRA, Återfallsprevention, Spelbehandling samt folkbokförd i X kommun.', 'CRA, Återfallsprevention, Spelbehandling'],
    ['Personer som 18 år och har en CRA-behandlare.', 'CRA'],
  ])('"%s" names the prior insats %s', (sentence, value) => {
    expect(detectVillkor(sentence, { kommunHint: '' }).find((h) => h.typ === 'tidigareInsats')?.tidigareInsats).toBe(value);
  });

  it('does not read "utan föräldrars samtycke" as a consent villkor', () => {
    expect(detectVillkor('Ungdomen kan gå insatsen utan föräldrars samtycke.', { kommunHint: '' })).toEqual([]);
  });

  it('reads villkor sections: none, lämplighet and consent for an age group', () => {
    const sections = splitSections(
      lines(
        'Villkoren',
        'Inga',
        'Lämplighetsprövning för barn 15-17 år:',
        'Bedömning har gjorts att ungdomen kan gå denna insats utan föräldrars samtycke.',
        'För barn 7-14 år:',
        'Samtycke från vårdnadshavare krävs.',
      ),
    );
    const result = readVillkor(sections, '', '');
    expect(result.villkor.map((v) => [v.typ, v.text])).toEqual([
      ['lamplighetsbedomning', 'Bedömning har gjorts att ungdomen kan gå denna insats utan föräldrars samtycke.'],
      ['samtycke', 'För barn 7-14 år: Samtycke från vårdnadshavare krävs.'],
    ]);
    expect(result.recognised.map((r) => r.label)).toContain('Inga villkor');
  });

  it('gives "Motivering: …" under a villkor to that villkor, and reads "Insatsen har inga villkor."', () => {
    const result = readVillkor(
      splitSections(
        lines(
          'Villkor',
          'Personen är mellan 18-65 år.',
          'Motivering: Insatsen riktas till vuxna.',
          'Folkbokförd i Lunds kommun.',
          'Motivering: Kommunens ansvar.',
        ),
      ),
      '',
      '',
    );
    expect(result.villkor.map((v) => [v.typ, v.motivering])).toEqual([
      ['alder', 'Insatsen riktas till vuxna.'],
      ['folkbokford', 'Kommunens ansvar.'],
    ]);
    expect(readVillkor(splitSections(lines('Villkor', 'Insatsen har inga villkor.')), '', '').villkor).toEqual([]);
  });

  it('types a sentence it cannot read as övrigt and says so', () => {
    const result = readVillkor(splitSections(lines('Villkor', 'Samarbetssamtal inleds efter föräldrarnas gemensamma begäran.')), '', '');
    expect(result.villkor.map((v) => v.typ)).toEqual(['ovrigt']);
    expect(result.unrecognised[0].reason).toContain('övrigt villkor');
  });

  it("makes the age of the participant's child an övrigt villkor", () => {
    const result = readVillkor(splitSections(lines('Villkor', 'Föräldrar med barn upp till 18 år.')), 'Familjer med tillfälliga behov av stöd.', '');
    expect(result.villkor.map((v) => [v.typ, v.alderMax])).toEqual([['ovrigt', null]]);
  });

  it('finds the exception to folkbokföring in the insats text', () => {
    const paragraphs = [
      'Insatsen tillhandahålls för personer som är folkbokförda i Östersunds kommun, samt en natt, eventuellt till nästkommande vardag, för personer som inte är folkbokförda i Östersunds kommun.',
    ];
    expect(findFolkbokfordUndantag(paragraphs, '')).toBe(
      'En natt, eventuellt till nästkommande vardag, för personer som inte är folkbokförda i Östersunds kommun.',
    );
    expect(findFolkbokfordUndantag([], 'För längre tid än till nästkommande vardag ska man vara folkbokförd.')).toContain(
      'längre tid än till nästkommande vardag',
    );
  });

  it('gives each motivering sentence to the villkor it talks about, folkbokförd the general one', () => {
    const villkor = [emptyVillkor('alder', '18 år'), emptyVillkor('folkbokford', 'Folkbokförd')];
    const out = assignMotivering(
      villkor,
      ['Denna insats är avsedd för endast vuxna. Villkoret uppställs mot bakgrund av kommunens ansvar.'],
      'Allmän motivering.',
    );
    expect(out.map((v) => v.motivering)).toEqual(['Denna insats är avsedd för endast vuxna.', 'Villkoret uppställs mot bakgrund av kommunens ansvar.']);
    expect(assignMotivering([emptyVillkor('folkbokford', 'F')], [], 'Allmän motivering.')[0].motivering).toBe('Allmän motivering.');
  });
});

describe('documentation, follow-up and methods', () => {
  it.each([
    ['14 kap 3 § SoL, då det är en stödinsats och dokumentation ska ske på individnivå.', '14:3', '', true],
    ['14 kap 3§ då det är en stödinsats', '14:3', '', true],
    ['Det här en rådgivande insats och, i enlighet med 14 kap 4 § SoL, ska dokumentation inte innehålla uppgifter.', '14:4', '', true],
    ['Undantag enligt 14 kap. 5 § socialtjänstlagen för dokumentation av personuppgifter.', '14:5', '', true],
    ['Dokumenteras enligt 14 kap. 3 § socialtjänstlagen i verksamhetssystemet Lifecare IFO.', '14:3', 'Lifecare IFO', true],
    ['Dokumenteras enligt 14 kap. 3 § socialtjänstlagen i UNGDOK', '14:3', 'UNGDOK', true],
    ['Rådgivningen dokumenteras utan uppgifter om personliga förhållanden.', '14:4', '', true],
    ['Se rutin.', '14:3', '', false],
  ])('"%s" → %s %s', (text, regim, system, found) => {
    expect(readDocumentation(text)).toMatchObject({ regim, system, found });
  });

  it.each([
    ['Besöksstatistik för verksamhetsuppföljning.', 'besoksstatistik'],
    ['Individbaserad uppföljning.', 'individbaserad'],
    ['Följs upp årligen.', null],
  ])('uppföljning "%s" → %s', (text, typ) => {
    expect(readFollowUp(text).typ).toBe(typ);
  });

  it.each([
    ['Behandlingen omfattar 8-10 tillfällen på cirka 2 timmar.', true],
    ['Uppstart genom hembesök och fem föräldrasamtal och fem barnsamtal.', true],
    ['Programmet består av 18 träffar under sex veckor.', true],
    ['därefter bestämmer de berörda om de vill ha ett gemensamt samtal.', false],
    ['Samtal erbjuds till barn som är anhöriga.', false],
  ])('omfattning "%s": %s', (sentence, yes) => {
    expect(isOmfattningSentence(sentence)).toBe(yes);
  });

  it('reads labelled methods with målgrupp and omfattning, a title line and a continued description', () => {
    const { metoder } = readMethods(
      [
        'Cirkel of security (COS). Metoden bygger på anknytningsteori.',
        'Målgrupp: Föräldrar med barn 4 mån-6 år.',
        'Omfattning: 8-10 träffar',
        'Psykosocialt stöd- och förändringsarbete. Stödjande samtal.',
        'Familjen kan få hjälp och stöd.',
        'Omfattning: cirka 12 tillfällen',
        'Community Parent Education (COPE)',
        'Ett manualbaserat program.',
        'Omfattning: cirka 10 träffar',
      ],
      [],
      'Familjebehandling',
    );
    expect(metoder).toEqual([
      {
        namn: 'Cirkel of security (COS)',
        beskrivning: 'Metoden bygger på anknytningsteori.',
        malgrupp: 'Föräldrar med barn 4 mån-6 år.',
        omfattning: '8-10 träffar',
      },
      {
        namn: 'Psykosocialt stöd- och förändringsarbete',
        beskrivning: 'Stödjande samtal.\n\nFamiljen kan få hjälp och stöd.',
        malgrupp: '',
        omfattning: 'cirka 12 tillfällen',
      },
      { namn: 'Community Parent Education (COPE)', beskrivning: 'Ett manualbaserat program.', malgrupp: '', omfattning: 'cirka 10 träffar' },
    ]);
  });

  it('reads one method per paragraph and gives "ÅP består av 10 träffar" to ÅP', () => {
    const { metoder } = readMethods(
      ['Återfallsprevention (ÅP). En metod som syftar till att undvika återfall.', 'Motiverande intervju (MI). En samtalsmetod. ÅP består av 10 träffar.'],
      [],
      'Beroendestöd',
    );
    expect(metoder.map((m) => [m.namn, m.omfattning])).toEqual([
      ['Återfallsprevention (ÅP)', 'ÅP består av 10 träffar.'],
      ['Motiverande intervju (MI)', ''],
    ]);
  });

  it('names a lone unnamed method after the insats and takes its omfattning from the Innehåll; "-" is no method', () => {
    expect(
      readMethods(['Metoden bygger på en arbetsmodell med hembesök.'], ['Uppstart genom hembesök och fem föräldrasamtal.'], 'Efter barnförhöret').metoder,
    ).toEqual([
      {
        namn: 'Efter barnförhöret',
        beskrivning: 'Metoden bygger på en arbetsmodell med hembesök.',
        malgrupp: '',
        omfattning: 'Uppstart genom hembesök och fem föräldrasamtal.',
      },
    ]);
    expect(readMethods(['-'], [], 'X').metoder).toEqual([]);
    expect(readMethods(['ABC, Alla Barn i Centrum, är ett föräldrastödsprogram om fyra gruppträffar.'], [], 'X').metoder[0].namn).toBe(
      'ABC (Alla Barn i Centrum)',
    );
  });

  it('reads a bulleted "- Name: description" list in the Innehåll as methods', () => {
    const { metoder } = readMethods(
      null,
      ['Utifrån behov erbjuds olika insatser, såsom:', '- Praktik: individuell insats.', '- STARTA: en gruppinsats två dagar i veckan.', 'Avslutning.'],
      'Arbetsmarknadsinsatser',
    );
    expect(metoder.map((m) => [m.namn, m.beskrivning, m.omfattning])).toEqual([
      ['Praktik', 'Individuell insats.', ''],
      ['STARTA', 'En gruppinsats två dagar i veckan.', 'En gruppinsats två dagar i veckan.'],
    ]);
  });
});

describe('decision metadata', () => {
  it.each([
    ['2025.053 SN § 37', '2025.053', 37],
    ['SN 2025/53 § 12', 'SN 2025/53', 12],
    ['SN 2025/53', 'SN 2025/53', null],
    ['2025.053 §37', '2025.053', 37],
  ])('diarienummer "%s" → %s § %s', (text, diarienummer, paragraf) => {
    expect(splitDiarienummer(text)).toEqual({ diarienummer, paragraf });
  });

  it.each([
    ['2025-10-01 –', '2025-10-01', null],
    ['2025-10-01 – 2026-12-31', '2025-10-01', '2026-12-31'],
    ['från 1 oktober 2025 tills vidare', '2025-10-01', null],
  ])('giltighetstid "%s"', (text, fran, till) => {
    expect(splitGiltighetstid(text)).toEqual({ fran, till });
  });

  it.each([
    ['16 september 2025', '2025-09-16'],
    ['2025-09-16', '2025-09-16'],
    ['16/9 2025', '2025-09-16'],
    ['2025-02-30', null],
  ])('date "%s" → %s', (text, iso) => {
    expect(parseSwedishDate(text)).toBe(iso);
  });

  it('reads "Etikett: värde", table rows and label-above-value', () => {
    const found = readDecisionMetadata(
      lines(
        'Beslutande instans: Socialnämnden',
        'Datum för beslut\t2025-09-16',
        'Diarienummer',
        '2025.053 SN § 37',
        'Giltighetstid: 2025-10-01 –',
        'Revideras senast: 2026-12-31',
      ),
      () => '',
    );
    expect(found?.draft).toMatchObject({
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '2025-09-16',
      diarienummer: '2025.053',
      paragraf: 37,
      giltigFran: '2025-10-01',
      giltigTill: null,
      reviderasSenast: '2026-12-31',
    });
    expect(found?.complete).toBe(true);
  });

  it('says what is missing, and finds nothing in ordinary text', () => {
    const partial = readDecisionMetadata(lines('Diarienummer: SN 2025/53', 'Dokumentansvarig: Verksamhetsutvecklare'), () => '');
    expect(partial?.complete).toBe(false);
    expect(partial?.missing).toEqual(['Datum för beslut', 'Beslutande instans', 'Giltig från (giltighetstid)']);
    expect(readDecisionMetadata(lines('Bilaga 1; Insatser', 'ÖSTERSUNDS KOMMUN'), () => '')).toBeNull();
  });
});

describe('the whole parse on small documents', () => {
  const doc = (...l: string[]) => l.join('\n\n');

  it('finds insatser at the level that carries sections and reports an empty one without inventing content', () => {
    const parsed = parseCatalogueDocument(
      doc(
        '1. Inledning',
        'Allmän text.',
        '2. Insatser som tillhandahålls av sektor Stöd',
        '2.1. Enhet Råd',
        '2.1.1. Tomma insatsen',
        '2.1.2. Rådgivning',
        'Villkor:',
        'Folkbokförd i Lunds kommun.',
        'Dokumentation',
        '14 kap. 4 § SoL.',
      ),
    );
    expect(parsed.insatser.map((i) => [i.nummer, i.content.namn, i.sektor, i.enhet, i.empty])).toEqual([
      ['2.1.1', 'Tomma insatsen', 'Stöd', 'Råd', true],
      ['2.1.2', 'Rådgivning', 'Stöd', 'Råd', false],
    ]);
    expect(parsed.insatser[0].content).toMatchObject({ villkor: [], innehall: '', malgrupp: '', metoder: [], dokumentation: { anteckningar: '' } });
    expect(parsed.warnings.map((w) => w.code)).toContain('empty_insats');
    expect(parsed.insatser[1].content.villkor[0]).toMatchObject({ typ: 'folkbokford', kommun: 'Lund' });
    expect(parsed.kommun).toBe('Lund');
  });

  it('reads the placeholders of the app\'s own export ("Uppgift saknas.") as empty', () => {
    const parsed = parseCatalogueDocument(
      doc(
        '3. Förteckning',
        '3.1 Rådgivning',
        '3.1.1 Tom',
        'Innehåll och genomförande',
        'Uppgift saknas.',
        'Metod',
        'Ingen särskild metod anges.',
        '3.1.2 Full',
        'Villkor',
        'Vuxna från 18 år.',
      ),
    );
    expect(parsed.insatser.map((i) => [i.content.namn, i.empty, i.content.innehall, i.content.metoder.length])).toEqual([
      ['Tom', true, '', 0],
      ['Full', false, '', 0],
    ]);
  });

  it("cuts runaway text to the content model's limits and says so, so the proposal stays valid", () => {
    const parsed = parseCatalogueDocument(
      doc('3. Förteckning', '3.1 Rådgivning', '3.1.1 Lång\u0007', 'Innehåll', 'ord '.repeat(6000), 'Villkor', 'Vuxna från 18 år.'),
    );
    const i = parsed.insatser[0];
    expect(i.content.innehall.length).toBe(20_000);
    expect(i.content.namn).toBe('Lång');
    expect(i.unrecognised.some((u) => u.reason.includes('för lång'))).toBe(true);
    expect(parsedCatalogueSchema.safeParse(parsed).success).toBe(true);
  });

  it('finds no insatser in text without numbered insats headings', () => {
    expect(parseCatalogueDocument('Missbruk och beroende\n\nVi hjälper dig som har problem med alkohol.\n\nRing oss.').insatser).toEqual([]);
  });
});
