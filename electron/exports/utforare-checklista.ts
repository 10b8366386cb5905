// The utförare's checklist: for each insats, the villkor to check at the first contact, in plain words and with
// how to check each one summarily; what to do when in doubt (refer to the nämnd, never assess); the duty to inform
// about the right to apply for needs-assessed insatser (11 kap. 6 § SoL); and what to document. Grouped and
// numbered as the catalogue document is, so "3.1.2" means the same insats in both.
import type { PortableInsatsContent } from '../../shared/domain/portable';
import type { Villkor } from '../../shared/domain/insats';
import { lowerFirst } from '../../shared/domain/text';
import { accessAgeSpan, overlap } from '../../shared/rules/children';
import {
  AVIDENTIFIERADE_UPPGIFTER,
  enhetRubrik,
  groupInsatser,
  numberedOutline,
  joinSv,
  kommunNamn,
  label,
  sektorRubrik,
  sentence,
  type CatalogueGrouping,
  type CatalogueInsats,
} from './catalogue-document';
import { joinFilled, type Block, type DocumentModel } from './document-model';

export interface ChecklistInput {
  kommun: string;
  namnd: string;
  /** "Socialförvaltningen": where a person is referred to apply. */
  forvaltning: string;
  /** The catalogue's title. */
  titel: string;
  /** The decision the insatser rest on ("2025.053 SN § 37, 2025-09-16"); null for a draft or when none. */
  beslut: string | null;
  /** The date the checklist describes: in force on (decided) or printed on (draft). */
  datum: string;
  draft: boolean;
  grouping: CatalogueGrouping;
  insatser: readonly CatalogueInsats[];
  sektorer?: ReadonlyArray<{ namn: string; enheter: readonly string[] }>;
  kategorier?: readonly string[];
}

/** One row of an insats's intake check. */
export interface IntakeCheck {
  /** "Ålder", "Folkbokföring", … */
  label: string;
  /** The villkor as the nämnd decided it (or, for a rule of law, the rule). */
  villkor: string;
  /** How the utförare checks it, in plain words. */
  kontroll: string;
}

const AGE_CHECK = 'Fråga om åldern. Be om legitimation om åldern är oklar.';

function ageText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `Personen är mellan ${min} och ${max} år.`;
  if (min !== null) return `Personen har fyllt ${min} år.`;
  if (max !== null) return `Personen är högst ${max} år.`;
  return 'Ålder enligt nämndens beslut.';
}

function villkorCheck(v: Villkor): IntakeCheck {
  const text = v.text.trim();
  switch (v.typ) {
    case 'alder':
      return { label: 'Ålder', villkor: text || ageText(v.alderMin, v.alderMax), kontroll: AGE_CHECK };
    case 'folkbokford': {
      const undantag = v.undantag.trim();
      const kommun = v.kommun.trim() ? kommunNamn(v.kommun) : 'kommunen';
      return {
        label: 'Folkbokföring',
        villkor: [text || `Folkbokförd i ${kommun}.`, undantag ? `Undantag: ${sentence(undantag)}` : ''].filter(Boolean).join('\n'),
        kontroll: `Fråga var personen är folkbokförd. Om det är oklart kan personen visa ett personbevis från Skatteverket.${
          undantag ? ' Den som inte är folkbokförd i kommunen kan ändå ta del av insatsen så som undantaget säger.' : ''
        }`,
      };
    }
    case 'samtycke':
      return {
        label: 'Vårdnadshavares samtycke',
        villkor: text || 'Barn under 15 år deltar med vårdnadshavares samtycke.',
        kontroll: 'Kontrollera att vårdnadshavaren har gett sitt samtycke innan barnet börjar.',
      };
    case 'lamplighetsbedomning':
      return {
        label: 'Ungdomar 15–17 år',
        villkor: text || 'Nämnden har bedömt att insatsen är lämplig för ungdomar 15–17 år utan vårdnadshavares samtycke.',
        kontroll: 'Ungdomen får delta utan vårdnadshavares samtycke. Nämnden har redan bedömt lämpligheten; gör ingen egen bedömning.',
      };
    case 'tidigareInsats': {
      const tidigare = v.tidigareInsats.trim();
      return {
        label: 'Tidigare insats',
        villkor: text || `Personen har haft insatsen ${tidigare}.`,
        kontroll: `Kontrollera att personen har haft ${tidigare || 'den insats som villkoret anger'}, i verksamhetens egna uppgifter eller genom att fråga personen.`,
      };
    }
    case 'dokument': {
      const dokument = v.dokument.trim();
      return {
        label: 'Handling att visa',
        villkor: text || `Personen visar ${lowerFirst(dokument)}.`,
        kontroll: `Be personen visa ${dokument ? lowerFirst(dokument) : 'handlingen'}. Titta på den; du behöver inte göra någon bedömning av den.`,
      };
    }
    case 'ovrigt':
      return {
        label: 'Övrigt villkor',
        villkor: text || 'Se nämndens beslut.',
        kontroll: 'Kontrollera uppgiften så som villkoret är skrivet. Kräver det en egen bedömning: hänvisa till nämnden.',
      };
  }
}

/**
 * The intake checks of one insats: its villkor in the nämnd's order, then what the law adds for children when the
 * villkor do not say it (consent under 15; consent for 15–17 where the nämnd has made no lämplighetsbedömning).
 */
export function intakeChecks(content: PortableInsatsContent): IntakeCheck[] {
  const checks = content.villkor.map(villkorCheck);
  const span = accessAgeSpan({ ...content, enhetId: null, kategoriId: null });
  if (overlap(span, 0, 14) && !content.villkor.some((v) => v.typ === 'samtycke')) {
    checks.push({
      label: 'Vårdnadshavares samtycke',
      villkor: 'Barn under 15 år får ta del av insatsen endast med vårdnadshavares samtycke (11 kap. socialtjänstlagen).',
      kontroll: 'Kontrollera att vårdnadshavaren har gett sitt samtycke innan barnet börjar.',
    });
  }
  if (overlap(span, 15, 17) && !content.villkor.some((v) => v.typ === 'lamplighetsbedomning')) {
    checks.push({
      label: 'Ungdomar 15–17 år',
      villkor: 'Nämnden har inte bedömt att insatsen kan ges till ungdomar 15–17 år utan vårdnadshavares samtycke.',
      kontroll: 'Kontrollera att vårdnadshavaren har gett sitt samtycke även för ungdomar 15–17 år.',
    });
  }
  return checks;
}

/** What the utförare documents, in plain words. */
export function documentationInstruction(content: PortableInsatsContent): string {
  const system = content.dokumentation.system.trim();
  switch (content.dokumentation.regim) {
    case '14:3':
      return `Dokumentera insatsen för varje person enligt 14 kap. 3 § socialtjänstlagen${system ? `, i ${system}` : ''}.`;
    case '14:4':
      return 'Insatsen är rådgivning: dokumentera inte uppgifter om personens personliga förhållanden (14 kap. 4 § socialtjänstlagen).';
    case '14:5':
      return `Dokumentera inte uppgifter som kan röja deltagarnas identitet (nämndens beslut enligt 14 kap. 5 § socialtjänstlagen). Dokumentera i stället avidentifierat: ${joinSv([...AVIDENTIFIERADE_UPPGIFTER])}.`;
  }
}

function insatsBlocks(insats: CatalogueInsats, number: string, input: ChecklistInput): Block[] {
  const c = insats.content;
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', level: 3, number, text: c.namn, marker: insats.changed === 'ny' ? '[Ny]' : insats.changed === 'andrad' ? '[Ändrad]' : null });
  const utforare = c.utforare.trim() || insats.enhet?.trim() || '';
  if (utforare) blocks.push({ kind: 'paragraph', style: 'small', content: label('Utförare', utforare) });

  const checks = intakeChecks(c);
  if (checks.length === 0) {
    blocks.push({ kind: 'paragraph', content: 'Insatsen har inga villkor att kontrollera. Alla som vänder sig till verksamheten kan ta del av den.' });
  } else {
    blocks.push({
      kind: 'table',
      caption: 'Kontrollera vid första kontakten',
      columns: [
        { header: 'Villkor', width: 17 },
        { header: 'Nämndens beslut', width: 37 },
        { header: 'Så kontrollerar du', width: 36 },
        { header: 'Uppfyllt', width: 10, align: 'center' },
      ],
      rowHeaders: true,
      rows: checks.map((k) => [k.label, k.villkor, k.kontroll, { text: '☐', align: 'center' }]),
    });
  }

  const ansvarig = insats.enhet?.trim() ? enhetRubrik(insats.enhet.trim()).replace(/^Enhet /, 'enhet ') : lowerFirst(input.forvaltning || input.namnd);
  blocks.push({
    kind: 'paragraph',
    content: label(
      'Om du är osäker',
      `Gör ingen egen bedömning. Är det oklart om ett villkor är uppfyllt, hänvisa personen till ${lowerFirst(input.namnd)} där hen kan ansöka om stöd och få sin ansökan prövad. Frågor om villkoren besvaras av ${ansvarig}.`,
    ),
  });
  blocks.push({
    kind: 'paragraph',
    content: label(
      'Informera alltid',
      `Berätta att personen har rätt att ansöka om individuellt behovsprövade insatser hos ${lowerFirst(input.namnd)} och vart hen då vänder sig (11 kap. 6 § socialtjänstlagen).`,
    ),
  });
  blocks.push({ kind: 'paragraph', content: label('Dokumentation', documentationInstruction(c)) });
  return blocks;
}

export function buildUtforareChecklista(input: ChecklistInput): DocumentModel {
  const kommun = kommunNamn(input.kommun);
  const namnd = lowerFirst(input.namnd);
  const blocks: Block[] = [];
  blocks.push({ kind: 'title', kicker: kommun, text: 'Checklista för utförare', subtitle: `${input.titel} – ${input.namnd}` });
  blocks.push({
    kind: 'metadata',
    rows: [
      { label: 'Gäller', value: input.draft ? 'Utkast till nästa revision – inte beslutat' : `Insatserna som gäller ${input.datum}` },
      { label: 'Beslut', value: input.beslut ?? (input.draft ? 'Ej fastställt' : '–') },
      { label: 'Antal insatser', value: String(input.insatser.length) },
      { label: 'Hänvisa till', value: input.forvaltning ? `${input.forvaltning}, ${namnd}` : input.namnd },
    ],
  });
  if (input.draft) {
    blocks.push({
      kind: 'paragraph',
      style: 'draftNote',
      content: `Utkast – villkoren är inte beslutade av ${namnd}. Använd checklistan för den beslutade katalogen i verksamheten.`,
    });
  }
  // No page break after the contents: a few entries running over would otherwise stand alone on a near-empty page.
  blocks.push({ kind: 'toc', title: 'Innehåll', maxLevel: 3 });

  // Unnumbered: the insatser keep the catalogue's chapter numbers below (3. when the catalogue has two prose chapters).
  blocks.push({ kind: 'heading', level: 1, number: null, text: 'Så använder du checklistan' });
  blocks.push({
    kind: 'paragraph',
    content: `Insatserna i checklistan ges utan individuell behovsprövning enligt 11 kap. 5 § socialtjänstlagen. Den som vänder sig till verksamheten behöver inte ansöka, och ingen utredning görs. Som utförare kontrollerar du bara de villkor som ${namnd} har beslutat.`,
  });
  blocks.push({
    kind: 'list',
    items: [
      [
        { text: 'Kontrollera villkoren vid första kontakten. ', bold: true },
        {
          text: 'Villkoren ska gå att kontrollera snabbt, till exempel genom att se en legitimation, ett hyresavtal eller ett intyg. Bocka av varje villkor i tabellen.',
        },
      ],
      [
        { text: 'Målgruppen prövas inte. ', bold: true },
        { text: 'Målgruppen beskriver vilka nämnden vill nå. Ingen ska avvisas för att hen inte tycks tillhöra den.' },
      ],
      [
        { text: 'Gör aldrig en egen bedömning. ', bold: true },
        { text: `Är det oklart om ett villkor är uppfyllt, hänvisa personen till ${namnd}. Där kan hen ansöka och få sin sak prövad.` },
      ],
      [
        { text: 'Barn och ungdomar. ', bold: true },
        {
          text: 'Barn under 15 år deltar bara med vårdnadshavares samtycke. Ungdomar 15–17 år deltar utan samtycke bara där nämnden har bedömt insatsen som lämplig; det står i så fall vid insatsen.',
        },
      ],
      [
        { text: 'Informera alltid ', bold: true },
        { text: 'om rätten att ansöka om individuellt behovsprövade insatser och om vart personen då vänder sig (11 kap. 6 § socialtjänstlagen).' },
      ],
      [
        { text: 'Dokumentera som det står vid insatsen. ', bold: true },
        { text: 'Undantag från dokumentationen beslutas bara av nämnden, aldrig av utföraren.' },
      ],
    ],
  });

  // The insatser keep the catalogue document's numbers (numberedOutline).
  const groups = groupInsatser(input);
  const outline = numberedOutline({ ...input, introduction: '' });
  if (input.grouping === 'kategori') {
    const chapter = outline[0];
    if (chapter) blocks.push({ kind: 'heading', level: 1, number: `${chapter.number}.`, text: 'Insatser' });
    for (const section of chapter?.sections ?? []) {
      blocks.push({ kind: 'heading', level: 2, number: section.number, text: groups[section.index].name });
      for (const { number, insats } of section.insatser) blocks.push(...insatsBlocks(insats, number, input));
    }
  } else {
    for (const chapter of outline) {
      const g = groups[chapter.index];
      blocks.push({ kind: 'heading', level: 1, number: `${chapter.number}.`, text: sektorRubrik(g.name) });
      for (const section of chapter.sections) {
        blocks.push({ kind: 'heading', level: 2, number: section.number, text: enhetRubrik(g.children[section.index].name) });
        for (const { number, insats } of section.insatser) blocks.push(...insatsBlocks(insats, number, input));
      }
    }
  }
  if (input.insatser.length === 0) blocks.push({ kind: 'paragraph', style: 'note', content: 'Katalogen innehåller ännu inga insatser.' });

  const title = `${input.draft ? 'UTKAST – ' : ''}Checklista för utförare – ${input.titel}`;
  return {
    title,
    subject: `Villkor att kontrollera vid första kontakten – ${joinFilled(', ', input.namnd, kommun)}`,
    author: input.namnd,
    keywords: ['checklista', 'utförare', 'insatser utan individuell behovsprövning', kommun].filter(Boolean),
    language: 'sv-SE',
    draft: input.draft,
    header: { left: joinFilled(' · ', kommun, input.namnd), right: 'Checklista för utförare' },
    footer: { left: input.beslut ? `Beslut ${input.beslut}` : input.draft ? 'Utkast' : '' },
    blocks,
  };
}
