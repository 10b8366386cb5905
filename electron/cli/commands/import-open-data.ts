// `iub import FIL.json`: the app's own open-data JSON (what `iub export json` and the Export page write),
// the lossless round trip. Read and imported through the same service as the Export page's import, so the
// same checks apply: the format marker, the schema, and an empty catalogue to import into.
import type { PortableCatalogue } from '../../../shared/domain/portable';
import type { ImportOpenDataResult } from '../../../shared/api/exports-contract';
import { formatAge } from '../../../shared/import/ages';

/** A JSON document (after a BOM and whitespace), as opposed to a catalogue document or a CSV. */
export function looksLikeJson(bytes: Uint8Array, fileName: string): boolean {
  if (/\.json$/iu.test(fileName)) return true;
  const head = Buffer.from(bytes.subarray(0, 64))
    .toString('utf8')
    .replace(/^\uFEFF/u, '')
    .trimStart();
  return head.startsWith('{');
}

export function openDataJson(file: string, catalogue: PortableCatalogue, imported: ImportOpenDataResult | null, dryRun: boolean) {
  return {
    file,
    format: 'json' as const,
    titel: catalogue.titel,
    kommun: catalogue.kommun,
    namnd: catalogue.namnd,
    insatser: catalogue.insatser.map((i) => ({
      number: i.nummer,
      name: i.content.namn,
      sektor: i.sektor,
      enhet: i.enhet,
      kategori: i.kategori,
      villkor: i.content.villkor.map((v) => ({ typ: v.typ, text: v.text })),
      ...(i.content.malgruppAlder?.min != null ? { ageMin: i.content.malgruppAlder.min } : {}),
      ...(i.content.malgruppAlder?.max != null ? { ageMax: i.content.malgruppAlder.max } : {}),
      malgruppAlder: i.content.malgruppAlder,
      dokumentation: i.content.dokumentation.regim,
      uppfoljning: i.content.uppfoljning.typ,
    })),
    decision: catalogue.beslut,
    warnings: imported?.varning ? [{ code: 'open_data', message: imported.varning, nummer: null }] : [],
    dryRun,
    imported,
  };
}

export function openDataText(file: string, catalogue: PortableCatalogue, imported: ImportOpenDataResult | null, dryRun: boolean): string {
  const b = catalogue.beslut;
  const lines = [
    `Öppna data: ${file} – ${catalogue.titel || 'utan titel'} (${catalogue.kommun || 'kommun saknas'})`,
    `${catalogue.insatser.length} insatser.`,
    b ? `Beslut: ${b.beslutandeInstans} ${b.datumForBeslut}, dnr ${b.diarienummer}${b.paragraf ? ` § ${b.paragraf}` : ''}` : 'Beslut: inget beslut i filen.',
    '',
    ...catalogue.insatser.map((i) => {
      const age = i.content.malgruppAlder ? `, ${formatAge(i.content.malgruppAlder.min, i.content.malgruppAlder.max)}` : '';
      return `  ${i.nummer ?? '–'} ${i.content.namn}: 14 kap. ${i.content.dokumentation.regim.slice(3)} §${age}`;
    }),
    '',
  ];
  if (imported?.varning) lines.push(imported.varning);
  if (dryRun) lines.push('Torrkörning: inget har sparats.');
  else if (imported) lines.push(`Importerade ${imported.insatser} insatser${imported.beslut ? ` och beslutet ${imported.beslut}` : ''}.`);
  return lines.join('\n');
}
