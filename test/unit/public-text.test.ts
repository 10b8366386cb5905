// The public text: a page per insats and an index as HTML in a zip, in plain Swedish, with nothing internal
// (no dokumentationssystem, anteckningar, motiveringar, RKA, change notes), every string escaped, and markup that
// is well formed with lang="sv", one h1 and no skipped heading levels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublicText, escapeHtml, publicVillkor, type PublicFile } from '../../electron/exports/public-text';
import { emptyInsatsContent } from '../../shared/domain/insats';
import type { PortableInsats } from '../../shared/domain/portable';
import { loadFixture } from '../fixtures/load-fixture';
import { seededServices } from '../support/seeded';
import { unzip } from '../support/documents';

const TODAY = '2025-11-03';
const VOID = new Set(['meta', 'link', 'br', 'img', 'hr', 'input']);

/** Well-formed markup: every element closed in order, and no stray < or > in the text. */
function expectWellFormed(html: string, name: string) {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    const tag = m[2].toLowerCase();
    if (VOID.has(tag)) continue;
    if (m[1]) expect(stack.pop(), `${name}: </${tag}>`).toBe(tag);
    else stack.push(tag);
  }
  expect(stack, name).toEqual([]);
  const text = html.replace(/^<!DOCTYPE html>/, '').replace(/<\/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>/g, '');
  expect(text, name).not.toMatch(/[<>]/);
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
}

describe('publik text från databasen', () => {
  let s: Awaited<ReturnType<typeof seededServices>>;
  let files: Map<string, string>;

  beforeAll(async () => {
    s = await seededServices('alingsas', { today: TODAY });
    const zip = await s.call('exports/publicText', { mode: 'beslutad', datum: null, grouping: 'kategori' });
    expect(zip).toMatchObject({ fileName: `publik-text-${TODAY}.zip`, mimeType: 'application/zip' });
    files = await unzip(new Uint8Array(Buffer.from(zip.base64, 'base64')));
  }, 60_000);
  afterAll(async () => {
    await s?.cleanup();
  });

  it('har ett index och en sida per insats, länkade till varandra', () => {
    const pages = [...files.keys()].filter((n) => n !== 'index.html' && n.endsWith('.html'));
    expect(pages).toHaveLength(25);
    expect(files.has('stil.css')).toBe(true);
    const index = files.get('index.html')!;
    const links = [...index.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1], text: m[2] }));
    expect(links.map((l) => l.text)).toEqual(s.catalogue.insatser.map((i) => escapeHtml(i.content.namn)));
    for (const l of links) expect(files.has(l.href), l.href).toBe(true);
    expect([...index.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Rådgivning',
      'Anhörigstöd',
      'Mötesplats',
      'Individuellt riktade insatser',
      'Du kan alltid ansöka om stöd',
    ]);
    for (const name of pages) expect(files.get(name)).toContain('<a href="index.html">');
  });

  it('är välformad HTML på svenska med en h1 och rubriknivåer i ordning', () => {
    for (const [name, html] of files) {
      if (!name.endsWith('.html')) continue;
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">'), name).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toMatch(/<title>[^<]+ – Alingsås kommun<\/title>/);
      expect(html).toContain('<main id="innehall">');
      expectWellFormed(html, name);
      const levels = headingLevels(html);
      expect(
        levels.filter((l) => l === 1),
        name,
      ).toHaveLength(1);
      expect(levels[0]).toBe(1);
      levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1], `${name}: h${levels[i - 1]} → h${l}`).toBeLessThanOrEqual(1));
    }
  });

  it('är skriven för allmänheten och innehåller inga interna uppgifter', () => {
    const all = [...files.values()].join('\n');
    for (const internal of [
      'Lifecare',
      'UNGDOK',
      'Motivering',
      'Bedömning särskilda skäl',
      'risk- och konsekvensanalys',
      'Dokumenteras enligt',
      'verksamhetssystem',
      'Ändrad i detta förslag',
    ]) {
      expect(all, internal).not.toContain(internal);
    }
    for (const insats of s.catalogue.insatser) {
      const page = [...files.entries()].find(([n]) => n.startsWith(`${insats.nummer!.replace(/\./g, '-')}-`))![1];
      for (const v of insats.content.villkor) if (v.motivering.trim()) expect(page).not.toContain(escapeHtml(v.motivering.trim()).slice(0, 40));
      if (insats.content.dokumentation.anteckningar.trim())
        expect(page).not.toContain(escapeHtml(insats.content.dokumentation.anteckningar.trim()).slice(0, 40));
      if (insats.bedomningSarskildaSkal.trim()) expect(page).not.toContain(escapeHtml(insats.bedomningSarskildaSkal.trim()).slice(0, 40));
      expect(page).toContain('Du kan alltid ansöka om stöd');
      expect(page).toContain('Du behöver inte ansöka om stödet och ingen utredning görs.');
    }
    const glantan = files.get('3-3-1-aktivitetshus-glantan.html')!;
    expect(glantan).toContain('Personalen skriver inte ner uppgifter som kan visa vem du är.');
    expect(glantan).toContain('<li>Vuxna mellan 18 till 65 år.</li>');
    const familj = files.get('3-1-1-familjeradgivning.html')!;
    expect(familj).toContain('Stödet är rådgivning. Personalen skriver inte ner uppgifter om dina personliga förhållanden.');
    expect(files.get('index.html')).toContain('Socialnämnden i Alingsås kommun erbjuder stöd som du kan ta del av utan att först ansöka och utan utredning.');
    expect(files.get('stil.css')).toContain(':focus-visible');
  });

  it('märker ett utkast som förhandsversion', async () => {
    const zip = await s.call('exports/publicText', { mode: 'utkast', datum: null, grouping: 'organisation' });
    expect(zip.fileName).toBe(`utkast-publik-text-${TODAY}.zip`);
    const draft = await unzip(new Uint8Array(Buffer.from(zip.base64, 'base64')));
    for (const [name, html] of draft) if (name.endsWith('.html')) expect(html, name).toContain('<strong>Förhandsversion.</strong>');
    expect(draft.get('index.html')).toContain('<h2>Övriga insatser</h2>');
  });
});

describe('publik text, byggd direkt', () => {
  const insats = (namn: string, patch: Partial<PortableInsats['content']> = {}): PortableInsats => {
    const { enhetId: _e, kategoriId: _k, ...base } = emptyInsatsContent(namn);
    return { nummer: null, sektor: null, enhet: null, kategori: 'Rådgivning', bedomningSarskildaSkal: '', content: { ...base, ...patch } };
  };
  const build = (insatser: PortableInsats[], draft = false): PublicFile[] =>
    buildPublicText({
      kommun: 'Alingsås',
      namnd: 'Socialnämnden',
      forvaltning: 'Socialförvaltningen',
      grouping: 'kategori',
      insatser,
      kategorier: ['Rådgivning'],
      beslutsdatum: '2025-10-01',
      draft,
      datum: TODAY,
    });

  it('escapar all text från katalogen', () => {
    const files = build([
      insats('<script>alert(1)</script> & "Stöd"', {
        innehall: "Hej <img src=x onerror=alert(1)> och 'citat'.",
        malgrupp: '</main><h1>Falsk rubrik</h1>',
        metoder: [{ namn: '<b>Metod</b>', beskrivning: 'A > B', malgrupp: '', omfattning: '<i>3</i>' }],
        utforare: 'Enhet "<u>"',
      }),
    ]);
    for (const f of files) {
      if (!f.name.endsWith('.html')) continue;
      expect(f.content).not.toMatch(/<script|<img|<b>|<i>|<u>|<h1>Falsk/);
      expectWellFormed(f.content, f.name);
    }
    const page = files.find((f) => f.name !== 'index.html' && f.name.endsWith('.html'))!;
    expect(page.name).toBe('script-alert-1-script-stod.html');
    expect(page.content).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Stöd&quot;</h1>');
    expect(page.content).toContain('Hej &lt;img src=x onerror=alert(1)&gt; och &#39;citat&#39;.');
    expect(page.content).toContain('&lt;/main&gt;&lt;h1&gt;Falsk rubrik&lt;/h1&gt;');
    expect(files.find((f) => f.name === 'index.html')!.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('ger unika filnamn och säger villkoren för barn i klarspråk', () => {
    const bra = loadFixture('ostersund').insatser.filter((i) => i.content.namn.startsWith('BRA-samtal'));
    const files = build([...bra, insats('Familjerådgivning'), insats('Familjerådgivning')]);
    expect(files.map((f) => f.name)).toEqual([
      'index.html',
      'stil.css',
      '3-1-1-bra-samtal-barns-ratt-som-anhorig.html',
      '4-5-13-bra-samtal.html',
      '4-6-1-bra-samtal.html',
      'familjeradgivning.html',
      'familjeradgivning-2.html',
    ]);
    expect(publicVillkor(bra[0])).toEqual([
      'Barn och unga i åldern 7–18 år.',
      'Folkbokförd i Östersunds kommun.',
      'Om du är 15–17 år kan du delta utan att din vårdnadshavare har gett sitt samtycke.',
      'Om du är under 15 år behöver din vårdnadshavare ge sitt samtycke.',
    ]);
    const lov = insats('Lovaktivitet', {
      villkor: [
        {
          typ: 'alder',
          text: 'Barn 12–16 år.',
          motivering: 'Intern motivering.',
          alderMin: 12,
          alderMax: 16,
          kommun: '',
          undantag: '',
          tidigareInsats: '',
          dokument: '',
        },
      ],
    });
    expect(publicVillkor(lov)).toEqual([
      'Barn 12–16 år.',
      'Om du är under 15 år behöver din vårdnadshavare ge sitt samtycke.',
      'Om du är 15–17 år behöver din vårdnadshavare ge sitt samtycke.',
    ]);
    expect(
      build([lov])
        .map((f) => f.content)
        .join(''),
    ).not.toContain('Intern motivering.');
  });
});
