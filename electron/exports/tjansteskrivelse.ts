// Tjänsteskrivelse: the förvaltning's memo that proposes the decision to the nämnd — förslag till beslut,
// sammanfattning, bakgrund, ärendet (the insatser proposed with their dokumentation regime and, for 14 kap. 5 §,
// the conclusion of the risk- och konsekvensanalys), konsekvenser and beslutsunderlag.
import type { DokumentationRegim } from '../../shared/domain/insats';
import { lowerFirst } from '../../shared/domain/text';
import { dokumentationIOrd, kommunNamn, type InsatsChange } from './catalogue-document';
import { textToBlocks, type Block, type DocumentModel, type Signer, type TableCell, joinFilled } from './document-model';

export interface TjansteskrivelseInsats {
  namn: string;
  /** Heading number in the catalogue, e.g. "3.2.1". */
  nummer?: string | null;
  /** Enhet or kategori the insats belongs to. */
  grupp?: string | null;
  regim: DokumentationRegim;
  /** For 14 kap. 5 §: the conclusion of the RKA. */
  bedomningSarskildaSkal?: string | null;
  /** Date the RKA was made (14 kap. 5 §). */
  rkaDatum?: string | null;
  /** New or changed compared with the decision in force; null when unchanged. */
  changed?: InsatsChange;
  /** What changed, in a sentence. */
  andringssammanfattning?: string | null;
}

export interface TjansteskrivelseKonsekvens {
  /** "Barnets bästa", "Ekonomiska konsekvenser", "Jämställdhet", … */
  rubrik: string;
  text: string;
}

export interface TjansteskrivelseInput {
  kommun: string;
  /** "Socialförvaltningen". */
  forvaltning: string;
  /** ÅÅÅÅ-MM-DD */
  datum: string;
  diarienummer: string | null;
  handlaggare: { namn: string; titel?: string | null; epost?: string | null; telefon?: string | null };
  /** The nämnd the memo is addressed to, e.g. "Socialnämnden". */
  mottagare: string;
  /** The ärende's heading. */
  arende: string;
  /** Blank lines separate paragraphs, "- " lines are list items (each decision point). */
  forslagTillBeslut: string;
  sammanfattning: string;
  bakgrund: string;
  /** Text before the list of insatser under "Ärendet". */
  arendetText?: string | null;
  insatser: readonly TjansteskrivelseInsats[];
  /** Default: Barnets bästa with a standard text when none is given. */
  konsekvenser: readonly TjansteskrivelseKonsekvens[];
  beslutsunderlag: readonly string[];
  /** Who signs the memo; default the handläggare. */
  underskrifter?: readonly Signer[];
  draft?: boolean;
}

const REGIM_KORT: Record<DokumentationRegim, string> = {
  '14:3': '14 kap. 3 §',
  '14:4': '14 kap. 4 §',
  '14:5': '14 kap. 5 §',
};

const CHANGE_TEXT: Record<'ny' | 'andrad', string> = { ny: 'Ny', andrad: 'Ändrad' };

export function buildTjansteskrivelse(input: TjansteskrivelseInput): DocumentModel {
  const kommun = kommunNamn(input.kommun);
  const blocks: Block[] = [];
  const free = (text: string | null | undefined, missing: string) => {
    const b = textToBlocks(text ?? '');
    blocks.push(...(b.length ? b : [{ kind: 'paragraph', style: 'note', content: missing } as Block]));
  };
  const handlaggare = [input.handlaggare.namn, input.handlaggare.titel].filter(Boolean).join(', ');

  blocks.push({ kind: 'title', kicker: kommun, text: 'Tjänsteskrivelse', subtitle: input.forvaltning, compact: true });
  blocks.push({
    kind: 'metadata',
    rows: [
      { label: 'Datum', value: input.datum },
      { label: 'Diarienummer', value: input.diarienummer || '–' },
      { label: 'Handläggare', value: handlaggare || '–' },
      ...(input.handlaggare.epost || input.handlaggare.telefon
        ? [{ label: 'Kontakt', value: [input.handlaggare.epost, input.handlaggare.telefon].filter(Boolean).join(', ') }]
        : []),
      { label: 'Till', value: input.mottagare },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, text: input.arende, toc: false });

  blocks.push({ kind: 'heading', level: 2, text: 'Förslag till beslut', toc: false });
  free(input.forslagTillBeslut, 'Förslag till beslut saknas.');

  blocks.push({ kind: 'heading', level: 2, text: 'Sammanfattning', toc: false });
  free(input.sammanfattning, 'Sammanfattning saknas.');

  blocks.push({ kind: 'heading', level: 2, text: 'Bakgrund', toc: false });
  free(input.bakgrund, 'Bakgrund saknas.');

  blocks.push({ kind: 'heading', level: 2, text: 'Ärendet', toc: false });
  if (input.arendetText?.trim()) free(input.arendetText, '');
  else {
    const n = input.insatser.length;
    blocks.push({
      kind: 'paragraph',
      content: `Förvaltningen föreslår att ${lowerFirst(input.mottagare)} beslutar om ${n} ${n === 1 ? 'insats' : 'insatser'} som tillhandahålls utan individuell behovsprövning enligt 11 kap. 5 § socialtjänstlagen (2025:400). För varje insats anges hur genomförandet dokumenteras.`,
    });
  }
  if (input.insatser.length) {
    const anyChange = input.insatser.some((i) => i.changed);
    const rows: TableCell[][] = input.insatser.map((i) => {
      const row: TableCell[] = [i.nummer ?? '', i.namn, i.grupp ?? '', REGIM_KORT[i.regim]];
      if (anyChange) row.push(i.changed ? CHANGE_TEXT[i.changed] : '–');
      return row;
    });
    blocks.push({
      kind: 'table',
      caption: 'Insatser som föreslås',
      columns: [
        { header: 'Nr', width: 0.9 },
        { header: 'Insats', width: 5 },
        { header: 'Enhet/kategori', width: 2.4 },
        { header: 'Dokumentation', width: 2.1 },
        ...(anyChange ? [{ header: 'Förändring', width: 1.8 }] : []),
      ],
      rows,
    });
    const regimer = [...new Set(input.insatser.map((i) => i.regim))].sort();
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      content: `Dokumentation: ${regimer.map((r) => `${REGIM_KORT[r]} = ${dokumentationIOrd(r).replace(/ \(14 kap\. \d § SoL\)$/, '')}`).join('; ')}.`,
    });
    const undantag = input.insatser.filter((i) => i.regim === '14:5');
    if (undantag.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Undantag från dokumentation enligt 14 kap. 5 §', toc: false });
      blocks.push({
        kind: 'paragraph',
        content: `För ${undantag.length === 1 ? 'följande insats' : 'följande insatser'} föreslås att uppgifter som kan röja den enskildes identitet inte dokumenteras. Inför förslaget har en risk- och konsekvensanalys gjorts för varje insats; dess slutsats återges nedan. Avidentifierade uppgifter dokumenteras även för dessa insatser.`,
      });
      for (const i of undantag) {
        const rubrik = i.nummer ? `${i.nummer} ${i.namn}` : i.namn;
        const rka = i.rkaDatum ? ` (risk- och konsekvensanalys ${i.rkaDatum})` : '';
        blocks.push({
          kind: 'paragraph',
          content: [
            { text: `${rubrik}${rka}: `, bold: true },
            i.bedomningSarskildaSkal?.trim()
              ? { text: i.bedomningSarskildaSkal.trim() }
              : { text: 'Risk- och konsekvensanalys saknas – undantag kan inte beslutas innan den är gjord.', italic: true },
          ],
        });
      }
    }
    const changed = input.insatser.filter((i) => i.changed === 'andrad' && i.andringssammanfattning?.trim());
    if (changed.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Ändringar jämfört med gällande beslut', toc: false });
      blocks.push({ kind: 'list', items: changed.map((i) => [{ text: `${i.namn}: `, bold: true }, { text: i.andringssammanfattning!.trim() }]) });
    }
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Konsekvenser', toc: false });
  const konsekvenser = input.konsekvenser.length ? input.konsekvenser : [{ rubrik: 'Barnets bästa', text: '' }];
  for (const k of konsekvenser) {
    blocks.push({ kind: 'heading', level: 3, text: k.rubrik, toc: false });
    free(k.text, 'Ingen bedömning angiven.');
  }

  blocks.push({ kind: 'heading', level: 2, text: 'Beslutsunderlag', toc: false });
  if (input.beslutsunderlag.length) blocks.push({ kind: 'list', items: [...input.beslutsunderlag] });
  else blocks.push({ kind: 'paragraph', style: 'note', content: 'Inga beslutsunderlag angivna.' });

  // A tjänsteskrivelse ends with the names of those who present it, without signature lines.
  const signers = input.underskrifter?.length ? input.underskrifter : [{ role: input.handlaggare.titel || 'Handläggare', name: input.handlaggare.namn }];
  blocks.push({ kind: 'heading', level: 3, text: input.forvaltning, toc: false });
  for (const signer of signers) {
    blocks.push({ kind: 'paragraph', content: [{ text: `${signer.name ?? ''}\n`, bold: true }, { text: signer.role }] });
  }

  const title = `Tjänsteskrivelse – ${input.arende}`;
  return {
    title: input.draft ? `UTKAST – ${title}` : title,
    subject: `${input.forvaltning} till ${input.mottagare}, ${input.datum}`,
    author: input.handlaggare.namn || input.forvaltning,
    keywords: ['tjänsteskrivelse', ...(input.diarienummer ? [input.diarienummer] : [])],
    language: 'sv-SE',
    compact: true,
    draft: input.draft ?? false,
    header: { left: joinFilled(' · ', kommun, input.forvaltning), right: `Tjänsteskrivelse ${input.datum}` },
    footer: { left: input.diarienummer ? `Dnr ${input.diarienummer}` : '' },
    blocks,
  };
}
