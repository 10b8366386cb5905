// Recording the nämnd's beslut: outcome, dates, metadata of the styrdokument.
import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ArendeDto } from '../../../../shared/api/decisions-contract';
import { UTFALL, UTFALL_LABELS } from '../../../../shared/api/decisions-contract';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSettings } from '../settings/settings-context';

export function BeslutForm({ arende, onClose, onSaved }: { arende: ArendeDto; onClose(): void; onSaved(): void }) {
  const { settings } = useSettings();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      utfall: 'bifall' as (typeof UTFALL)[number],
      beslutsdatum: arende.sammantradesdatum ?? '',
      beslutandeInstans: settings?.namnd ?? 'Socialnämnden',
      beslutstext: `${settings?.namnd ?? 'Socialnämnden'} beslutar att anta ${arende.rubrik.toLowerCase()}.`,
      motivering: '',
      giltigFran: '',
      giltigTill: '',
      reviderasSenast: '',
      dokumentansvarig: 'Verksamhetsutvecklare',
      typAvStyrdokument: 'Riktlinjer',
      gallerFor: settings?.forvaltning ?? '',
    },
    validateInputOnChange: true,
    validate: {
      beslutsdatum: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Ange beslutsdatum.'),
      giltigFran: (v, values) => (values.utfall === 'bifall' && !v ? 'Ange från vilket datum beslutet gäller.' : null),
      motivering: (v, values) => (values.utfall === 'aterremiss' && !v.trim() ? 'Ange nämndens skäl för återremissen.' : null),
    },
  });
  return (
    <Modal opened onClose={onClose} title={`Beslut i ärende ${arende.diarienummer}`} size="lg">
      <form
        onSubmit={form.onSubmit(async (v) => {
          try {
            await api('beslut/record', {
              arendeId: arende.id,
              ...v,
              giltigFran: v.utfall === 'bifall' ? v.giltigFran || null : null,
              giltigTill: v.utfall === 'bifall' ? v.giltigTill || null : null,
              reviderasSenast: v.utfall === 'bifall' ? v.reviderasSenast || null : null,
            });
            onSaved();
          } catch (e) {
            if (e instanceof ApiCallError) e.error.issues?.forEach((i) => form.setFieldError(i.path, i.message));
            setError(errorMessage(e));
          }
        })}
      >
        <Stack>
          <ErrorAlert message={error} title="Beslutet sparades inte" />
          <Select label="Beslut" allowDeselect={false} data={UTFALL.map((u) => ({ value: u, label: UTFALL_LABELS[u] }))} {...form.getInputProps('utfall')} />
          <SimpleGrid cols={2}>
            <DateField label="Beslutsdatum" withAsterisk {...form.getInputProps('beslutsdatum')} />
            <TextInput label="Beslutande instans" {...form.getInputProps('beslutandeInstans')} />
          </SimpleGrid>
          <Textarea label="Beslutstext" autosize minRows={2} {...form.getInputProps('beslutstext')} />
          {form.values.utfall === 'aterremiss' && <Textarea label="Nämndens skäl för återremiss" withAsterisk autosize {...form.getInputProps('motivering')} />}
          {form.values.utfall === 'bifall' && (
            <>
              <Group>
                <DateField label="Giltig från" withAsterisk {...form.getInputProps('giltigFran')} />
                <DateField label="Giltig till (valfritt)" {...form.getInputProps('giltigTill')} />
                <DateField label="Revideras senast" {...form.getInputProps('reviderasSenast')} />
              </Group>
              <SimpleGrid cols={3}>
                <TextInput label="Typ av styrdokument" {...form.getInputProps('typAvStyrdokument')} />
                <TextInput label="Gäller för" {...form.getInputProps('gallerFor')} />
                <TextInput label="Dokumentansvarig" {...form.getInputProps('dokumentansvarig')} />
              </SimpleGrid>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Avbryt</Button>
            <Button type="submit">Registrera beslut</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
