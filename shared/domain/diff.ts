// Field-by-field comparison of two insats versions, with word-level parts for a readable redline.
import { diffWords } from 'diff';
import {
  AKTUALISERING_LABELS,
  DOKUMENTATION_LABELS,
  FORM_LABELS,
  UPPFOLJNING_LABELS,
  VILLKOR_LABELS,
  type InsatsContent,
  type Metod,
  type Villkor,
} from './insats';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
  parts: Array<{ value: string; added: boolean; removed: boolean }>;
}

/** Names for the ids a version refers to, so the diff reads "Enhet: Nexus" instead of an id. */
export interface NameLookup {
  enhet(id: number | null): string;
  kategori(id: number | null): string;
}

function ageText(min: number | null, max: number | null): string {
  if (min === null && max === null) return '';
  if (max === null) return `från ${min} år`;
  if (min === null) return `upp till ${max} år`;
  return `${min}–${max} år`;
}

export function villkorText(v: Villkor): string {
  const detail = [
    v.typ === 'alder' ? ageText(v.alderMin, v.alderMax) : '',
    v.kommun ? `kommun: ${v.kommun}` : '',
    v.undantag ? `undantag: ${v.undantag}` : '',
    v.tidigareInsats ? `tidigare insats: ${v.tidigareInsats}` : '',
    v.dokument ? `dokument: ${v.dokument}` : '',
  ].filter(Boolean);
  return [`${VILLKOR_LABELS[v.typ]}${detail.length ? ` (${detail.join(', ')})` : ''}: ${v.text}`, v.motivering ? `Motivering: ${v.motivering}` : '']
    .filter(Boolean)
    .join('\n');
}

function metodText(m: Metod): string {
  return [m.namn, m.beskrivning, m.malgrupp && `Målgrupp: ${m.malgrupp}`, m.omfattning && `Omfattning: ${m.omfattning}`].filter(Boolean).join('\n');
}

/** Every comparable field of a version as display text, in the order the seeds present them. */
export function describeContent(c: InsatsContent, names: NameLookup): Array<{ field: string; label: string; text: string }> {
  return [
    { field: 'namn', label: 'Namn', text: c.namn },
    { field: 'enhetId', label: 'Enhet', text: names.enhet(c.enhetId) },
    { field: 'kategoriId', label: 'Kategori', text: names.kategori(c.kategoriId) },
    { field: 'innehall', label: 'Innehåll och genomförande', text: c.innehall },
    { field: 'form', label: 'Form', text: c.form ? FORM_LABELS[c.form] : '' },
    { field: 'metoder', label: 'Metoder', text: c.metoder.map(metodText).join('\n\n') },
    { field: 'malgrupp', label: 'Målgrupp', text: c.malgrupp },
    {
      field: 'malgruppAlder',
      label: 'Målgruppens ålder',
      text: c.malgruppAlder ? ageText(c.malgruppAlder.min, c.malgruppAlder.max) : '',
    },
    { field: 'villkor', label: 'Villkor', text: c.villkor.map(villkorText).join('\n\n') },
    {
      field: 'aktualisering',
      label: 'Aktualisering',
      text: [c.aktualisering.kanaler.map((k) => AKTUALISERING_LABELS[k]).join(', '), c.aktualisering.text].filter(Boolean).join('\n'),
    },
    {
      field: 'dokumentation',
      label: 'Dokumentation',
      text: [DOKUMENTATION_LABELS[c.dokumentation.regim], c.dokumentation.system, c.dokumentation.anteckningar].filter(Boolean).join('\n'),
    },
    {
      field: 'uppfoljning',
      label: 'Uppföljning',
      text: [c.uppfoljning.typ ? UPPFOLJNING_LABELS[c.uppfoljning.typ] : '', c.uppfoljning.text].filter(Boolean).join('\n'),
    },
    { field: 'utforare', label: 'Utförare', text: c.utforare },
    { field: 'andringssammanfattning', label: 'Ändringssammanfattning', text: c.andringssammanfattning },
  ];
}

interface Comparable {
  field: string;
  label: string;
  text: string;
}

/**
 * Metoder and villkor are compared item by item, so a redline says "Metod ”Trappan”: 3–8 samtal →
 * 3–10 samtal" instead of striking through one long list. Metoder pair up by name, villkor by kind
 * (the first ålder villkor with the first ålder villkor); the k-th of a repeated key pairs with the k-th.
 */
function itemized(c: InsatsContent, names: NameLookup): Comparable[] {
  const result: Comparable[] = [];
  const seen = new Map<string, number>();
  const key = (base: string) => {
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return k === 0 ? base : `${base}#${k + 1}`;
  };
  for (const f of describeContent(c, names)) {
    if (f.field === 'metoder') {
      for (const m of c.metoder) {
        const field = key(`metod:${m.namn.trim().toLocaleLowerCase('sv')}`);
        result.push({ field, label: `Metod ”${m.namn.trim()}”`, text: metodText(m) });
      }
    } else if (f.field === 'villkor') {
      for (const v of c.villkor) {
        const field = key(`villkor:${v.typ}`);
        const n = field.includes('#') ? ` (${field.split('#')[1]})` : '';
        result.push({ field, label: `Villkor: ${VILLKOR_LABELS[v.typ]}${n}`, text: villkorText(v) });
      }
    } else {
      result.push(f);
    }
  }
  return result;
}

export function diffContent(before: InsatsContent, after: InsatsContent, names: NameLookup): FieldChange[] {
  const a = itemized(before, names);
  const b = itemized(after, names);
  const byField = new Map(a.map((f) => [f.field, f]));
  const afterFields = new Set(b.map((f) => f.field));
  // The order of the newer version, with items only the older one has placed where they stood.
  const ordered: Array<{ field: string; label: string; before: string; after: string }> = [];
  let ai = 0;
  for (const next of b) {
    while (ai < a.length && !afterFields.has(a[ai].field)) {
      ordered.push({ field: a[ai].field, label: a[ai].label, before: a[ai].text, after: '' });
      ai++;
    }
    const prev = byField.get(next.field);
    if (prev) ai = Math.max(ai, a.indexOf(prev) + 1);
    ordered.push({ field: next.field, label: next.label, before: prev?.text ?? '', after: next.text });
  }
  for (; ai < a.length; ai++) if (!afterFields.has(a[ai].field)) ordered.push({ field: a[ai].field, label: a[ai].label, before: a[ai].text, after: '' });
  return ordered
    .filter((f) => f.before !== f.after)
    .map((f) => ({
      ...f,
      parts: diffWords(f.before, f.after).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) })),
    }));
}

/** All text of a version, for the full-text index. */
export function searchableText(c: InsatsContent, names: NameLookup): string {
  return describeContent(c, names)
    .map((f) => f.text)
    .join('\n');
}
