// Public text for the municipality's website (like seed 003): an HTML page per insats and an index, in plain
// Swedish addressed to "du", with what the insats is, who it is for, what is required to take part, how to get
// in touch, what is written down, and the right to apply for needs-assessed help (11 kap. 6 § SoL). Nothing
// internal is published: no dokumentationssystem, anteckningar, motiveringar, RKA or change notes. Every string
// from the catalogue is HTML-escaped; the pages are plain HTML with one shared style sheet.
import type { Villkor } from '../../shared/domain/insats';
import { safeFileStem } from '../../shared/api/files';
import type { PortableInsats } from '../../shared/domain/portable';
import { accessAgeSpan, overlap } from '../../shared/rules/children';
import { lowerFirst } from '../../shared/domain/text';
import { groupInsatser, joinSv, kommunNamn, sentence, type CatalogueGrouping } from './catalogue-document';
import { joinFilled, plainText, textToBlocks, type Block, type RichText } from './document-model';

export interface PublicTextInput {
  kommun: string;
  namnd: string;
  /** Where a person turns to apply for needs-assessed help, e.g. "Socialförvaltningen". */
  forvaltning: string;
  grouping: CatalogueGrouping;
  insatser: readonly PortableInsats[];
  sektorer?: ReadonlyArray<{ namn: string; enheter: readonly string[] }>;
  kategorier?: readonly string[];
  /** The date of the decision the pages rest on; null for a preview of a draft. */
  beslutsdatum: string | null;
  draft: boolean;
  /** The date the pages are made. */
  datum: string;
}

export interface PublicFile {
  /** A plain file name: "index.html", "stil.css", "3-1-1-familjeradgivning.html". */
  name: string;
  content: string;
}

export const INDEX_TITLE = 'Stöd du kan få utan att ansöka';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function richHtml(content: RichText): string {
  if (typeof content === 'string') return escapeHtml(content);
  return content
    .map((r) => {
      let t = escapeHtml(r.text);
      if (r.italic) t = `<em>${t}</em>`;
      if (r.bold) t = `<strong>${t}</strong>`;
      return t;
    })
    .join('');
}

/** Free text as paragraphs and lists (the same reading of blank lines and "- " items as the documents). */
function textHtml(text: string, firstClass?: string): string {
  return textToBlocks(text)
    .map((b: Block, i) => {
      if (b.kind === 'paragraph') return `<p${i === 0 && firstClass ? ` class="${firstClass}"` : ''}>${richHtml(b.content)}</p>`;
      if (b.kind === 'list') return `<ul>${b.items.map((item) => `<li>${richHtml(item)}</li>`).join('')}</ul>`;
      return '';
    })
    .join('\n');
}

/** The first sentence of a text, for a summary under a link. */
export function firstSentence(text: string): string {
  const first = textToBlocks(text).find((b) => b.kind === 'paragraph');
  if (!first || first.kind !== 'paragraph') return '';
  const p = plainText(first.content);
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(p);
  const s = m ? m[1] : p;
  return s.length > 220 ? `${s.slice(0, 217).replace(/\s+\S*$/, '')} …` : s;
}

/** The villkor as the public reads them: the decided wording, and plain sentences for children's consent. */
export function publicVillkor(insats: Pick<PortableInsats, 'content'>): string[] {
  const c = insats.content;
  const items: string[] = [];
  const plain = (v: Villkor) => sentence(v.text.trim());
  for (const v of c.villkor) {
    switch (v.typ) {
      case 'samtycke':
        items.push('Om du är under 15 år behöver din vårdnadshavare ge sitt samtycke.');
        break;
      case 'lamplighetsbedomning':
        items.push('Om du är 15–17 år kan du delta utan att din vårdnadshavare har gett sitt samtycke.');
        break;
      case 'folkbokford': {
        const base = v.text.trim() ? plain(v) : `Du är folkbokförd i ${v.kommun.trim() ? kommunNamn(v.kommun) : 'kommunen'}.`;
        items.push(v.undantag.trim() ? `${base} Undantag: ${sentence(v.undantag.trim())}` : base);
        break;
      }
      default:
        if (v.text.trim()) items.push(plain(v));
    }
  }
  const span = accessAgeSpan({ ...c, enhetId: null, kategoriId: null });
  if (overlap(span, 0, 14) && !c.villkor.some((v) => v.typ === 'samtycke')) {
    items.push('Om du är under 15 år behöver din vårdnadshavare ge sitt samtycke.');
  }
  if (overlap(span, 15, 17) && !c.villkor.some((v) => v.typ === 'lamplighetsbedomning')) {
    items.push('Om du är 15–17 år behöver din vårdnadshavare ge sitt samtycke.');
  }
  return [...new Set(items)];
}

const DOKUMENTATION_PUBLIC: Record<PortableInsats['content']['dokumentation']['regim'], string> = {
  '14:3': 'Personalen skriver ner det som är viktigt för stödet till dig, som socialtjänsten ska göra.',
  '14:4': 'Stödet är rådgivning. Personalen skriver inte ner uppgifter om dina personliga förhållanden.',
  '14:5':
    'Personalen skriver inte ner uppgifter som kan visa vem du är. Det som antecknas är till exempel hur många som deltar och deras ålder och kön, utan namn.',
};

const FORM_PUBLIC = {
  individuellt: 'Stödet ges enskilt till dig.',
  grupp: 'Stödet ges i grupp.',
  bada: 'Stödet kan ges enskilt eller i grupp.',
} as const;

const KANAL_PUBLIC = {
  kundcenter: 'kontakta kommunens kundcenter',
  sjalvremiss: 'kontakta verksamheten direkt',
  app: 'använda kommunens app',
  behandlare: 'be din behandlare att ta kontakt',
  annan: 'höra av dig på annat sätt',
} as const;

function page(input: { title: string; kommun: string; namnd: string; description: string; crumbs: string; body: string; footer: string }): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)} – ${escapeHtml(input.kommun)}</title>
<meta name="description" content="${escapeHtml(input.description)}">
<link rel="stylesheet" href="stil.css">
</head>
<body>
<a class="hoppa" href="#innehall">Hoppa till innehållet</a>
<header class="sidhuvud">
<p class="avsandare">${escapeHtml(joinFilled(' · ', input.kommun, input.namnd))}</p>
${input.crumbs}
</header>
<main id="innehall">
${input.body}
</main>
<footer class="sidfot">
${input.footer}
</footer>
</body>
</html>
`;
}

function rightToApply(namnd: string, forvaltning: string): string {
  const where = forvaltning ? `${escapeHtml(forvaltning)} (${escapeHtml(lowerFirst(namnd))})` : escapeHtml(lowerFirst(namnd));
  return `<h2>Du kan alltid ansöka om stöd</h2>
<p>Du har alltid rätt att ansöka om stöd hos ${where} och få din ansökan prövad. Det gäller också om du inte uppfyller kraven för stödet på den här sidan, eller om du behöver mer eller annat stöd. Personalen berättar hur du ansöker och vart du vänder dig.</p>`;
}

function basis(input: PublicTextInput): string {
  const namnd = escapeHtml(lowerFirst(input.namnd));
  const beslut = input.beslutsdatum
    ? `Uppgifterna bygger på ${namnd}s beslut som gäller från ${escapeHtml(input.beslutsdatum)}.`
    : `Uppgifterna bygger på ett förslag som ${namnd} ännu inte har beslutat.`;
  return `<p>${beslut} Sidan skapades ${escapeHtml(input.datum)}.</p>`;
}

const DRAFT_NOTE =
  '<p class="utkast" role="note"><strong>Förhandsversion.</strong> Texten bygger på ett utkast som nämnden ännu inte har beslutat. Publicera den inte.</p>';

function insatsPage(insats: PortableInsats, input: PublicTextInput, kommun: string): string {
  const c = insats.content;
  const parts: string[] = [];
  if (input.draft) parts.push(DRAFT_NOTE);
  parts.push(`<h1>${escapeHtml(c.namn)}</h1>`);
  parts.push(textHtml(c.innehall, 'ingress') || `<p class="ingress">${escapeHtml(c.namn)} är ett stöd som du kan få utan att ansöka.</p>`);
  parts.push(`<p>Du behöver inte ansöka om stödet och ingen utredning görs. Du vänder dig direkt till verksamheten.</p>`);

  parts.push('<h2>Vem kan få stödet?</h2>');
  parts.push(textHtml(c.malgrupp) || '<p>Stödet är till för alla som uppfyller kraven nedan.</p>');

  const villkor = publicVillkor(insats);
  parts.push('<h2>Det här krävs för att du ska kunna delta</h2>');
  parts.push(
    villkor.length
      ? `<ul>\n${villkor.map((v) => `<li>${escapeHtml(v)}</li>`).join('\n')}\n</ul>\n<p>Personalen kan behöva se till exempel en legitimation för att kontrollera kraven.</p>`
      : '<p>Det finns inga särskilda krav. Du kan vända dig direkt till verksamheten.</p>',
  );

  const how: string[] = [];
  if (c.form) how.push(`<p>${FORM_PUBLIC[c.form]}</p>`);
  for (const m of c.metoder) {
    how.push(`<h3>${escapeHtml(m.namn)}</h3>`);
    how.push(textHtml(m.beskrivning));
    const facts: string[] = [];
    if (m.malgrupp.trim()) facts.push(`<li><strong>För vem:</strong> ${escapeHtml(m.malgrupp.trim().replace(/\s*\n\s*/g, ' '))}</li>`);
    if (m.omfattning.trim()) facts.push(`<li><strong>Omfattning:</strong> ${escapeHtml(m.omfattning.trim().replace(/\s*\n\s*/g, ' '))}</li>`);
    if (facts.length) how.push(`<ul class="fakta">${facts.join('')}</ul>`);
  }
  if (how.length) parts.push('<h2>Så går det till</h2>', ...how);

  parts.push('<h2>Så kommer du i kontakt med oss</h2>');
  if (c.aktualisering.text.trim()) parts.push(textHtml(c.aktualisering.text));
  else if (c.aktualisering.kanaler.length) parts.push(`<p>Du kan ${escapeHtml(joinSv(c.aktualisering.kanaler.map((k) => KANAL_PUBLIC[k])))}.</p>`);
  const utforare = c.utforare.trim() || insats.enhet?.trim() || '';
  parts.push(
    utforare
      ? `<p>Stödet ges av ${escapeHtml(utforare)}.</p>`
      : `<p>Kontakta ${escapeHtml(input.forvaltning || kommun)} så får du veta vart du vänder dig.</p>`,
  );

  parts.push('<h2>Vem får veta att du har kontakt med oss?</h2>');
  parts.push(`<p>${escapeHtml(DOKUMENTATION_PUBLIC[c.dokumentation.regim])}</p>`);
  parts.push(
    '<p>Personal inom socialtjänsten får inte lämna ut uppgifter om dina personliga förhållanden. Anmälningsplikt gäller ändå, till exempel om ett barn far illa.</p>',
  );

  parts.push(rightToApply(input.namnd, input.forvaltning));

  return page({
    title: c.namn,
    kommun,
    namnd: input.namnd,
    description: firstSentence(c.innehall) || c.namn,
    crumbs: `<nav aria-label="Du är här"><ol class="smulor"><li><a href="index.html">${INDEX_TITLE}</a></li><li aria-current="page">${escapeHtml(c.namn)}</li></ol></nav>`,
    body: parts.join('\n'),
    footer: `${basis(input)}\n<p><a href="index.html">Alla stöd du kan få utan att ansöka</a></p>`,
  });
}

/** File names: the heading number and the name, unique within the site. */
export function publicFileNames(insatser: readonly PortableInsats[]): string[] {
  const used = new Set<string>(['index', 'stil']);
  return insatser.map((i) => {
    const base = safeFileStem(`${i.nummer ?? ''} ${i.content.namn}`);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return `${name}.html`;
  });
}

export function buildPublicText(input: PublicTextInput): PublicFile[] {
  const kommun = kommunNamn(input.kommun) || input.kommun;
  const names = publicFileNames(input.insatser);
  const nameOf = new Map(input.insatser.map((i, k) => [i, names[k]]));
  const item = (i: PortableInsats) => {
    const summary = firstSentence(i.content.innehall);
    return `<li><a href="${escapeHtml(nameOf.get(i)!)}">${escapeHtml(i.content.namn)}</a>${summary ? `<p>${escapeHtml(summary)}</p>` : ''}</li>`;
  };
  const list = (items: readonly PortableInsats[]) => `<ul class="insatser">\n${items.map(item).join('\n')}\n</ul>`;

  const body: string[] = [];
  if (input.draft) body.push(DRAFT_NOTE);
  body.push(`<h1>${INDEX_TITLE}</h1>`);
  body.push(
    `<p class="ingress">${escapeHtml(input.namnd)} i ${escapeHtml(kommun)} erbjuder stöd som du kan ta del av utan att först ansöka och utan utredning. Du vänder dig direkt till verksamheten som ger stödet.</p>`,
  );
  body.push('<p>För varje stöd står vem det är till för och vad som krävs för att du ska kunna delta.</p>');
  // groupInsatser keeps the objects it is given, so the file names can be looked up by identity.
  const groups = groupInsatser({
    grouping: input.grouping,
    insatser: input.insatser as PortableInsats[],
    sektorer: input.sektorer,
    kategorier: input.kategorier,
  });
  if (input.insatser.length === 0) body.push('<p>Det finns inga sådana stöd just nu.</p>');
  for (const g of groups) {
    body.push(`<h2>${escapeHtml(g.name)}</h2>`);
    if (input.grouping === 'kategori') body.push(list(g.children[0].insatser as PortableInsats[]));
    else for (const e of g.children) body.push(`<h3>${escapeHtml(e.name)}</h3>`, list(e.insatser as PortableInsats[]));
  }
  body.push(rightToApply(input.namnd, input.forvaltning));

  const files: PublicFile[] = [
    {
      name: 'index.html',
      content: page({
        title: INDEX_TITLE,
        kommun,
        namnd: input.namnd,
        description: `Stöd från ${lowerFirst(input.namnd)} i ${kommun} som du kan få utan att ansöka.`,
        crumbs: '',
        body: body.join('\n'),
        footer: basis(input),
      }),
    },
    { name: 'stil.css', content: PUBLIC_CSS },
  ];
  input.insatser.forEach((i, k) => files.push({ name: names[k], content: insatsPage(i, input, kommun) }));
  return files;
}

export const PUBLIC_CSS = `/* Stöd du kan få utan att ansöka – stilmall för kommunens webbplats. */
:root {
  --text: #1b1b1b;
  --muted: #44505c;
  --accent: #0e3a5c;
  --link: #0b5394;
  --rule: #d5dde4;
  --tint: #f1f5f8;
  --note: #fff4d6;
}
* { box-sizing: border-box; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.125rem;
  line-height: 1.6;
  color: var(--text);
  background: #fff;
}
.hoppa { position: absolute; left: -10000px; top: 0; }
.hoppa:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem 1rem; outline: 3px solid var(--accent); z-index: 1; }
.sidhuvud, main, .sidfot { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
.sidhuvud { padding-top: 1.25rem; border-bottom: 1px solid var(--rule); }
.avsandare { margin: 0 0 0.5rem; font-weight: 600; color: var(--accent); }
.smulor { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; margin: 0 0 1rem; padding: 0; font-size: 1rem; }
.smulor li + li::before { content: "›"; margin-right: 0.5rem; color: var(--muted); }
h1, h2, h3 { color: var(--accent); line-height: 1.25; }
h1 { font-size: 2rem; margin: 2rem 0 1rem; }
h2 { font-size: 1.375rem; margin: 2.25rem 0 0.5rem; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 0.25rem; }
p { margin: 0 0 1rem; }
.ingress { font-size: 1.25rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
ul { padding-left: 1.25rem; }
li { margin: 0.25rem 0; }
.insatser { list-style: none; padding: 0; }
.insatser li { padding: 0.75rem 0; border-bottom: 1px solid var(--rule); }
.insatser a { font-weight: 600; }
.insatser p { margin: 0.25rem 0 0; color: var(--muted); }
.fakta { list-style: none; background: var(--tint); padding: 0.75rem 1rem; border-radius: 6px; }
.utkast { background: var(--note); border-left: 4px solid #8a5a00; padding: 0.75rem 1rem; }
.sidfot { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); font-size: 1rem; color: var(--muted); }
@media print {
  .hoppa, nav { display: none; }
  body { font-size: 11pt; }
}
`;
