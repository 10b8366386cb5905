// Recording the nämnd's beslut (or correcting it before the protocol is justerat): the outcome, the dates and the
// styrdokument's metadata as seed 002's header carries them. The § and diarienummer are shown, not typed here.
import { useState } from 'react';
import { Button, Group, Modal, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ArendeDto, BeslutDto } from '../../../../shared/api/decisions-contract';
import { UTFALL, UTFALL_LABELS } from '../../../../shared/api/decisions-contract';
import { beteckning, defaultForslag } from '../../../../shared/domain/beslut';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useReturnFocus } from '../../components/focus';
import { useSettings } from '../settings/settings-context';

type Utfall = (typeof UTFALL)[number];

export function defaultBeslutstext(utfall: Utfall, namnd: string, rubrik: string): string {
  if (utfall === 'aterremiss') return `${namnd} beslutar att återremittera ärendet till förvaltningen.`;
  if (utfall === 'avslag') return `${namnd} beslutar att avslå förslaget.`;
  return defaultForslag(namnd, rubrik);
}

/** A new beslut at the § where the ärende stands on the agenda, or (with `beslut`) the correction of that beslut. */
export function BeslutForm({ arende, beslut, onClose, onSaved }: { arende: ArendeDto; beslut: BeslutDto | null; onClose(): void; onSaved(): void }) {
  // Mounted while open: focus goes back to the button that opened it when it closes.
  useReturnFocus();
  const { settings } = useSettings();
  const namnd = settings?.namnd ?? 'Socialnämnden';
  const existing = beslut;
  const sammantradesdatum = existing ? existing.sammantradesdatum : arende.sammantradesdatum;
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      utfall: (existing?.utfall ?? 'bifall') as Utfall,
      beslutsdatum: existing?.beslutsdatum ?? arende.sammantradesdatum ?? '',
      beslutandeInstans: existing?.beslutandeInstans ?? namnd,
      beslutstext: existing?.beslutstext ?? defaultBeslutstext('bifall', namnd, arende.rubrik),
      motivering: existing?.motivering ?? '',
      giltigFran: existing?.giltigFran ?? '',
      giltigTill: existing?.giltigTill ?? '',
      reviderasSenast: existing?.reviderasSenast ?? '',
      dokumentansvarig: existing?.dokumentansvarig ?? 'Verksamhetsutvecklare',
      typAvStyrdokument: existing?.typAvStyrdokument ?? 'Riktlinjer',
      gallerFor: existing?.gallerFor ?? settings?.forvaltning ?? '',
    },
    validate: {
      beslutsdatum: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Ange beslutsdatum.'),
      beslutandeInstans: (v) => (v.trim() ? null : 'Ange beslutande instans.'),
      giltigFran: (v, values) => (values.utfall === 'bifall' && !v ? 'Ange från vilket datum beslutet gäller.' : null),
      giltigTill: (v, values) =>
        values.utfall === 'bifall' && v && values.giltigFran && v < values.giltigFran ? 'Giltig till kan inte vara före giltig från.' : null,
      motivering: (v, values) => (values.utfall === 'aterremiss' && !v.trim() ? 'Ange nämndens skäl för återremissen.' : null),
    },
  });
  const bifall = form.values.utfall === 'bifall';
  const setUtfall = (utfall: Utfall) => {
    // A text the secretary has not changed follows the outcome.
    if (form.values.beslutstext === defaultBeslutstext(form.values.utfall, namnd, arende.rubrik)) {
      form.setFieldValue('beslutstext', defaultBeslutstext(utfall, namnd, arende.rubrik));
    }
    form.setFieldValue('utfall', utfall);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${existing ? 'Rätta beslutet' : 'Beslut'} i ärende ${arende.diarienummer}`}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Stäng' }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          const fields = {
            ...v,
            giltigFran: v.utfall === 'bifall' ? v.giltigFran || null : null,
            giltigTill: v.utfall === 'bifall' ? v.giltigTill || null : null,
            reviderasSenast: v.utfall === 'bifall' ? v.reviderasSenast || null : null,
          };
          try {
            if (existing) await api('beslut/update', { beslutId: existing.id, revision: existing.revision, ...fields });
            else await api('beslut/record', { arendeId: arende.id, ...fields });
            onSaved();
          } catch (e) {
            if (e instanceof ApiCallError) e.error.issues?.forEach((i) => form.setFieldError(i.path, i.message));
            setError(errorMessage(e));
          }
        })}
      >
        <Stack>
          <Text size="sm" data-testid="beslut-beteckning">
            {arende.rubrik} · Sammanträde {sammantradesdatum} ·{' '}
            <strong>{existing ? existing.beteckning : beteckning(arende.diarienummer, settings?.namndForkortning ?? '', arende.paragraf)}</strong>
          </Text>
          <ErrorAlert message={error} title="Beslutet sparades inte" />
          <Radio.Group label="Nämndens beslut" withAsterisk value={form.values.utfall} onChange={(v) => setUtfall(v as Utfall)}>
            <Group mt={4}>
              {UTFALL.map((u) => (
                <Radio key={u} value={u} label={UTFALL_LABELS[u]} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label="Beslutsdatum" withAsterisk {...form.getInputProps('beslutsdatum')} />
            <TextInput label="Beslutande instans" withAsterisk {...form.getInputProps('beslutandeInstans')} />
          </SimpleGrid>
          <Textarea label="Beslutstext" description="Som den står i protokollet." autosize minRows={2} {...form.getInputProps('beslutstext')} />
          {form.values.utfall === 'aterremiss' && (
            <Textarea label="Nämndens skäl för återremissen" withAsterisk autosize minRows={2} {...form.getInputProps('motivering')} />
          )}
          {form.values.utfall === 'avslag' && <Textarea label="Motivering (valfri)" autosize {...form.getInputProps('motivering')} />}
          {bifall && (
            <>
              <Group align="flex-start">
                <DateField label="Giltig från" withAsterisk {...form.getInputProps('giltigFran')} />
                <DateField label="Giltig till (valfritt)" description="Tomt: tills vidare." {...form.getInputProps('giltigTill')} />
                <DateField label="Revideras senast" {...form.getInputProps('reviderasSenast')} />
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Typ av styrdokument" {...form.getInputProps('typAvStyrdokument')} />
                <TextInput label="Gäller för" {...form.getInputProps('gallerFor')} />
                <TextInput label="Dokumentansvarig" description="En roll, t.ex. Verksamhetsutvecklare." {...form.getInputProps('dokumentansvarig')} />
              </SimpleGrid>
            </>
          )}
          <Text size="sm">
            {bifall
              ? `Insatserna (${arende.versioner.length}) blir beslutade och gäller från giltig från; tidigare versioner av samma insatser ersätts då.`
              : form.values.utfall === 'aterremiss'
                ? `Insatserna (${arende.versioner.length}) går tillbaka till förvaltningen för att arbetas om. Ärendet lämnar dagordningen och kan tas upp på ett senare sammanträde med samma diarienummer och en ny paragraf.`
                : `Insatserna (${arende.versioner.length}) avslås.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Avbryt
            </Button>
            <Button type="submit">{existing ? 'Spara rättelsen' : 'Registrera beslut'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
