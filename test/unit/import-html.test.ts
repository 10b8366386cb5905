// A web page or an HTML export is read as HTML, its head, scripts, styles and navigation left out.
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../electron/import/extract-text';
import { looksLikeHtml } from '../../electron/import/html-file';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';

const bytes = (text: string) => new TextEncoder().encode(text);

const PAGE = `<!DOCTYPE html>
<html lang="sv"><head><title>Insatser – Exempelby kommun</title><style>h2 { color: red }</style>
<script>document.write('<h2>Skript</h2>')</script></head>
<body><nav><ul><li>Start</li><li>Kontakt</li></ul></nav>
<h1>Insatser utan individuell behovsprövning</h1>
<!-- <h2>Bortkommenterad insats</h2> -->
<h2>1.1 Anhörigstöd</h2>
<p><b>Målgrupp:</b> Vuxna anhöriga från 18 år.</p>
<p><b>Villkor:</b> Folkbokförd i Exempelby kommun.</p>
<p><b>Dokumentation:</b> Enligt 14 kap. 4 §.</p>
<h2>1.2 Mötesplats Torget</h2>
<table><tr><td>Målgrupp</td><td>Personer 65 år och äldre.</td></tr><tr><td>Dokumentation</td><td>14 kap. 5 §</td></tr></table>
</body></html>`;

describe('HTML import', () => {
  it('tells an HTML page from plain text by its start', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('\uFEFF<html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('1.1 Anhörigstöd\nMålgrupp: vuxna <18 år>')).toBe(false);
  });

  it('reads headings, bold labels and key-value tables, and leaves out head, script, navigation and comments', async () => {
    const extracted = await extractDocumentText(bytes(PAGE), 'insatser.html');
    expect(extracted.format).toBe('html');
    expect(extracted.text).not.toMatch(/Skript|color: red|Kontakt|Bortkommenterad/u);
    const parsed = parseCatalogueDocument(extracted.text);
    expect(parsed.insatser.map((i) => `${i.nummer} ${i.content.namn}`)).toEqual(['1.1 Anhörigstöd', '1.2 Mötesplats Torget']);
    expect(parsed.insatser[0].content.malgruppAlder).toEqual({ min: 18, max: null });
    expect(parsed.insatser[1].content.dokumentation.regim).toBe('14:5');
  });
});
