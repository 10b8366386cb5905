// First run: the app asks for kommun, nämnd and the user's name before anything is written.
import { useState } from 'react';
import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Settings } from '../../../../shared/api/settings-contract';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSettings } from './settings-context';

export function FirstRunSetup({ onDone }: { onDone(s: Settings): void }) {
  const { settings } = useSettings();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { kommun: '', namnd: 'Socialnämnden', anvandare: '' },
    validateInputOnBlur: true,
    validate: {
      kommun: (v) => (v.trim() ? null : 'Ange kommunens namn.'),
      namnd: (v) => (v.trim() ? null : 'Ange nämndens namn.'),
      anvandare: (v) => (v.trim() ? null : 'Ange ditt namn. Det visas i granskningsloggen.'),
    },
  });
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title="Välkommen till IUB-katalogen"
      centered
    >
      <form
        onSubmit={form.onSubmit(async (values) => {
          try {
            onDone(await api('settings/update', { ...values, revision: settings?.revision ?? 0 }));
          } catch (e) {
            setError(errorMessage(e));
          }
        })}
      >
        <Stack>
          <Text size="sm">Ange kommun, nämnd och ditt namn. Du kan ändra uppgifterna senare under Inställningar.</Text>
          <ErrorAlert message={error} />
          <TextInput label="Kommun" withAsterisk data-autofocus {...form.getInputProps('kommun')} />
          <TextInput label="Nämnd" withAsterisk {...form.getInputProps('namnd')} />
          <TextInput label="Ditt namn" withAsterisk {...form.getInputProps('anvandare')} />
          <Button type="submit">Kom igång</Button>
        </Stack>
      </form>
    </Modal>
  );
}
