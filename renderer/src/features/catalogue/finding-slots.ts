// Where a legal-check finding is shown in the editor, and how its field is named for a reader. The rules
// point at precise content paths ('metoder.2.beskrivning'); the editor offers notes under a fixed set of
// fields, so each finding is placed under the nearest one of those. Nothing is dropped: a finding with
// no nearer place goes to the top of the form.

/** The places the editor shows notes (InsatsEditor's fieldNotes calls), besides 'villkor.N.text|motivering'. */
export const EDITOR_SLOTS = [
  'namn',
  'kategoriId',
  'innehall',
  'malgruppAlder',
  'villkor',
  'dokumentation.regim',
  'uppfoljning',
  'andringssammanfattning',
] as const;

/** Notes that have no nearer field are shown above the form. */
export const TOP_SLOT = '';

export function noteSlot(field: string): string {
  if ((EDITOR_SLOTS as readonly string[]).includes(field)) return field;
  const villkor = field.match(/^villkor\.(\d+)(?:\.(\w+))?/);
  if (villkor) return villkor[2] === 'motivering' ? `villkor.${villkor[1]}.motivering` : `villkor.${villkor[1]}.text`;
  if (field === 'malgrupp') return 'malgruppAlder';
  if (field.startsWith('metoder') || field === 'form') return 'innehall';
  if (field.startsWith('dokumentation')) return 'dokumentation.regim';
  if (field.startsWith('uppfoljning')) return 'uppfoljning';
  return TOP_SLOT;
}

const LABELS: Record<string, string> = {
  namn: 'Namn',
  kategoriId: 'Kategori',
  enhetId: 'Enhet',
  innehall: 'Innehåll och genomförande',
  form: 'Form',
  malgrupp: 'Målgrupp',
  malgruppAlder: 'Målgruppens ålder',
  villkor: 'Villkor',
  'aktualisering.text': 'Aktualisering',
  'dokumentation.regim': 'Dokumentation',
  'dokumentation.anteckningar': 'Dokumentation, anteckningar',
  'dokumentation.system': 'Dokumentationssystem',
  uppfoljning: 'Uppföljning',
  'uppfoljning.text': 'Uppföljning, beskrivning',
  utforare: 'Utförare',
  andringssammanfattning: 'Ändringssammanfattning',
};

const PART_LABELS: Record<string, string> = {
  text: 'text',
  motivering: 'motivering',
  namn: 'namn',
  beskrivning: 'beskrivning',
  malgrupp: 'målgrupp',
  omfattning: 'omfattning',
};

/** "Villkor 2, motivering" for 'villkor.1.motivering'; the path itself for anything unknown. */
export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const list = field.match(/^(villkor|metoder)\.(\d+)(?:\.(\w+))?$/);
  if (list) {
    const head = `${list[1] === 'villkor' ? 'Villkor' : 'Metod'} ${Number(list[2]) + 1}`;
    return list[3] ? `${head}, ${PART_LABELS[list[3]] ?? list[3]}` : head;
  }
  return field;
}
