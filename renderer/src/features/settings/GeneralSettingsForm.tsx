import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSettings } from './settings-context';
import { RoleGate } from '../session/permissions';

export function GeneralSettingsForm() {
  const { settings, setSettings } = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: {
      kommun: '',
      namnd: '',
      namndForkortning: '',
      forvaltning: '',
      anvandare: '',
      diarienummerMonster: '',
      kravFolkbokforing: false,
      paminnelseDagar: '90, 30, 7',
      forslagVantetidDagar: 60,
      antalSakerhetskopior: 10,
    },
    validateInputOnChange: true,
    validate: {
      kommun: (v) => (v.trim() ? null : 'Ange kommunens namn.'),
      namnd: (v) => (v.trim() ? null : 'Ange nämndens namn.'),
      anvandare: (v) => (v.trim() ? null : 'Ange ditt namn.'),
      diarienummerMonster: (v) =>
        v.includes('{year}') && /\{seq(:0+)?\}/.test(v) ? null : 'Mönstret måste innehålla {year} och {seq}, t.ex. {year}.{seq:000}.',
      paminnelseDagar: (v) => (parseDays(v) ? null : 'Ange dagar som heltal separerade med komma, t.ex. 90, 30, 7.'),
    },
  });

  useEffect(() => {
    if (!settings) return;
    form.setValues({ ...settings, paminnelseDagar: settings.paminnelseDagar.join(', ') });
    form.resetDirty();
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="allmant-rubrik">
      <Title order={3} id="allmant-rubrik" mb="sm">
        Kommun, nämnd och användare
      </Title>
      <form
        onSubmit={form.onSubmit(async (values) => {
          setSaved(false);
          try {
            const next = await api('settings/update', {
              ...values,
              paminnelseDagar: parseDays(values.paminnelseDagar) ?? [],
              // The settings this form was filled from: a change by someone else meanwhile is refused, not overwritten.
              revision: settings?.revision ?? 0,
            });
            setSettings(next);
            setError(null);
            setSaved(true);
          } catch (e) {
            setError(errorMessage(e));
          }
        })}
      >
        <Stack>
          <ErrorAlert message={error} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label="Kommun" withAsterisk {...form.getInputProps('kommun')} />
            <TextInput label="Nämnd" withAsterisk {...form.getInputProps('namnd')} />
            <TextInput label="Nämndens förkortning i paragrafer" description="t.ex. SN i 2025.053 SN § 37" {...form.getInputProps('namndForkortning')} />
            <TextInput label="Förvaltning" {...form.getInputProps('forvaltning')} />
            <TextInput label="Ditt namn (visas i granskningsloggen)" withAsterisk {...form.getInputProps('anvandare')} />
            <TextInput
              label="Diarienummer, mönster"
              description="{year} blir året, {seq:000} löpnumret med tre siffror"
              {...form.getInputProps('diarienummerMonster')}
            />
            <TextInput label="Påminnelser, dagar före deadline" description="Till exempel 90, 30, 7" {...form.getInputProps('paminnelseDagar')} />
            <NumberInput label="Påminn om förslag som väntat mer än (dagar)" min={1} max={730} {...form.getInputProps('forslagVantetidDagar')} />
            <NumberInput label="Antal säkerhetskopior att spara" min={1} max={100} {...form.getInputProps('antalSakerhetskopior')} />
          </SimpleGrid>
          <Checkbox
            label="Kommunens policy: insatser ska ha villkoret folkbokförd i kommunen"
            {...form.getInputProps('kravFolkbokforing', { type: 'checkbox' })}
          />
          <Group>
            <RoleGate action="installningar">
              {(gate) => (
                <Button type="submit" {...gate}>
                  Spara inställningar
                </Button>
              )}
            </RoleGate>
            {saved && <span role="status">Inställningarna är sparade.</span>}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function parseDays(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) return null;
  return parts.map(Number);
}
