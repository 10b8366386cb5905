// The audit trail in words a reader knows: Swedish labels for the fields an entry records, the fields an
// entry changed, and a before/after value as readable text (the CSV export; the JSON export keeps the data).

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  namn: 'namn',
  innehall: 'innehåll',
  content: 'innehåll',
  form: 'form',
  metoder: 'metoder',
  malgrupp: 'målgrupp',
  malgruppAlder: 'ålder',
  villkor: 'villkor',
  aktualisering: 'aktualisering',
  dokumentation: 'dokumentation',
  uppfoljning: 'uppföljning',
  utforare: 'utförare',
  andringssammanfattning: 'ändringssammanfattning',
  enhetId: 'enhet',
  kategoriId: 'kategori',
  bedomningSarskildaSkal: 'bedömning särskilda skäl',
  needsReview: 'behöver granskas',
  complete: 'klar',
  flaggedOn: 'flaggad',
  versionId: 'version (id)',
  fromVersionId: 'från version (id)',
  fromRkaId: 'från analys (id)',
  insatsId: 'insats (id)',
  versionIds: 'versioner (id)',
  status: 'status',
  reason: 'skäl',
  motivering: 'motivering',
  text: 'text',
  typ: 'typ',
  min: 'lägst',
  max: 'högst',
  alderMin: 'lägsta ålder',
  alderMax: 'högsta ålder',
  regim: 'regim',
  risker: 'risker',
  atgarder: 'åtgärder',
  beslutsdatum: 'beslutsdatum',
  utfall: 'utfall',
  beslutstext: 'beslutstext',
  paragraf: 'paragraf',
  sammantradeId: 'sammanträde (id)',
  diarienummer: 'diarienummer',
  rubrik: 'rubrik',
  datum: 'datum',
  arende_deadline: 'sista dag för ärenden',
  until: 'till och med',
  due: 'deadline',
  mode: 'läge',
  subject: 'påminnelse',
};

export const auditFieldLabel = (key: string): string => AUDIT_FIELD_LABELS[key] ?? key;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "Ändrat: namn, innehåll" when the entry recorded both before and after; '' otherwise. */
export function changedFieldsText(before: unknown, after: unknown): string {
  if (!isObject(before) || !isObject(after)) return '';
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return changed.length ? `Ändrat: ${changed.map(auditFieldLabel).join(', ')}` : 'Inget ändrat';
}

function scalar(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  return String(v);
}

/** A recorded value as lines of "fält: värde" (nested fields as "villkor 1 › text"); no JSON. */
export function readableAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const lines: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      if (v.length === 0) lines.push(`${path}: –`);
      else if (v.every((x) => !isObject(x) && !Array.isArray(x))) lines.push(`${path}: ${v.map(scalar).join(', ')}`);
      else v.forEach((x, i) => walk(x, `${path} ${i + 1}`));
    } else if (isObject(v)) {
      const keys = Object.keys(v);
      if (keys.length === 0) lines.push(`${path}: –`);
      for (const k of keys) walk(v[k], path ? `${path} › ${auditFieldLabel(k)}` : auditFieldLabel(k));
    } else lines.push(path ? `${path}: ${scalar(v)}` : scalar(v));
  };
  walk(value, '');
  return lines.join('\n');
}
