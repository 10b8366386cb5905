// Where the editor shows each finding, and the field names readers see in the checklist.
import { describe, expect, it } from 'vitest';
import { EDITOR_SLOTS, TOP_SLOT, fieldLabel, noteSlot } from '../../renderer/src/features/catalogue/finding-slots';
import { checkInsats } from '../../shared/rules/check-insats';
import { loadFixture } from '../fixtures/load-fixture';

describe('fyndens plats i redigeraren', () => {
  it.each([
    ['namn', 'namn'],
    ['kategoriId', 'kategoriId'],
    ['villkor', 'villkor'],
    ['villkor.2.motivering', 'villkor.2.motivering'],
    ['villkor.0.text', 'villkor.0.text'],
    ['villkor.3.alderMin', 'villkor.3.text'],
    ['malgrupp', 'malgruppAlder'],
    ['metoder.4.beskrivning', 'innehall'],
    ['dokumentation.anteckningar', 'dokumentation.regim'],
    ['uppfoljning.text', 'uppfoljning'],
    ['aktualisering.text', TOP_SLOT],
  ])('%s visas vid %s', (field, slot) => {
    expect(noteSlot(field)).toBe(slot);
  });

  it('varje fält som reglerna pekar på i seedkatalogerna har en plats under ett fält', () => {
    const fields = new Set<string>();
    for (const name of ['ostersund', 'alingsas'] as const) {
      for (const i of loadFixture(name).insatser) {
        const content = { ...i.content, enhetId: null, kategoriId: null, dokumentation: { ...i.content.dokumentation, regim: '14:5' as const } };
        for (const f of checkInsats({ content, kategoriNamn: i.kategori, rka: null, policy: { requireFolkbokforing: true }, dismissed: [] }))
          fields.add(f.field);
      }
    }
    for (const field of fields) {
      const slot = noteSlot(field);
      expect(EDITOR_SLOTS.includes(slot as (typeof EDITOR_SLOTS)[number]) || /^villkor\.\d+\.(text|motivering)$/.test(slot), field).toBe(true);
    }
  });

  it('namnger fälten på svenska', () => {
    expect(fieldLabel('villkor.1.motivering')).toBe('Villkor 2, motivering');
    expect(fieldLabel('metoder.0.beskrivning')).toBe('Metod 1, beskrivning');
    expect(fieldLabel('dokumentation.regim')).toBe('Dokumentation');
    expect(fieldLabel('kategoriId')).toBe('Kategori');
    expect(fieldLabel('okänt.fält')).toBe('okänt.fält');
  });
});
