// Sektor → enhet tree and kategorier: add, rename, remove (only what no insats uses).
import { useState } from 'react';
import { ActionIcon, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Organisation } from '../../../../shared/api/organisation-contract';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

type Kind = 'sektor' | 'enhet' | 'kategori';

export function OrganisationEditor() {
  const { data, error, setData } = useApiData(() => api('organisation/get', {}), []);
  const [actionError, setActionError] = useState<string | null>(null);

  async function run(action: () => Promise<Organisation | unknown>) {
    try {
      const result = await action();
      setData(result && typeof result === 'object' && 'sektorer' in result ? (result as Organisation) : await api('organisation/get', {}));
      setActionError(null);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }

  const rename = (typ: Kind, id: number, current: string) => {
    const namn = window.prompt('Nytt namn', current);
    if (namn && namn.trim() && namn !== current) void run(() => api('organisation/rename', { typ, id, namn: namn.trim() }));
  };
  const remove = (typ: Kind, id: number, namn: string) => {
    if (window.confirm(`Ta bort ${namn}?`)) void run(() => api('organisation/delete', { typ, id }));
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="org-rubrik">
      <Title order={3} id="org-rubrik" mb="sm">Organisation och kategorier</Title>
      <ErrorAlert message={error ?? actionError} />
      {data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack>
            <Title order={4}>Sektorer och enheter</Title>
            {data.sektorer.length === 0 && <Text size="sm">Inga sektorer ännu.</Text>}
            <List listStyleType="none" spacing="xs" aria-label="Sektorer">
              {data.sektorer.map((s) => (
                <List.Item key={s.id}>
                  <ItemRow namn={s.namn} onRename={() => rename('sektor', s.id, s.namn)} onRemove={() => remove('sektor', s.id, s.namn)} strong />
                  <List listStyleType="none" withPadding spacing={4} aria-label={`Enheter i ${s.namn}`}>
                    {data.enheter.filter((e) => e.sektorId === s.id).map((e) => (
                      <List.Item key={e.id}>
                        <ItemRow namn={e.namn} onRename={() => rename('enhet', e.id, e.namn)} onRemove={() => remove('enhet', e.id, e.namn)} />
                      </List.Item>
                    ))}
                  </List>
                </List.Item>
              ))}
            </List>
            <AddForm label="Ny sektor" onAdd={(namn) => run(() => api('organisation/createSektor', { namn }))} />
            {data.sektorer.length > 0 && <AddEnhetForm organisation={data} onAdd={(sektorId, namn) => run(() => api('organisation/createEnhet', { sektorId, namn }))} />}
          </Stack>
          <Stack>
            <Title order={4}>Kategorier</Title>
            <List listStyleType="none" spacing="xs" aria-label="Kategorier">
              {data.kategorier.map((k) => (
                <List.Item key={k.id}>
                  <ItemRow namn={k.namn} onRename={() => rename('kategori', k.id, k.namn)} onRemove={() => remove('kategori', k.id, k.namn)} />
                </List.Item>
              ))}
            </List>
            <AddForm label="Ny kategori" onAdd={(namn) => run(() => api('organisation/createKategori', { namn }))} />
          </Stack>
        </SimpleGrid>
      )}
    </Paper>
  );
}

function ItemRow({ namn, onRename, onRemove, strong }: { namn: string; onRename(): void; onRemove(): void; strong?: boolean }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text fw={strong ? 600 : 400}>{namn}</Text>
      <ActionIcon variant="subtle" size="sm" aria-label={`Byt namn på ${namn}`} onClick={onRename}>✎</ActionIcon>
      <ActionIcon variant="subtle" color="red.9" size="sm" aria-label={`Ta bort ${namn}`} onClick={onRemove}>✕</ActionIcon>
    </Group>
  );
}

function AddForm({ label, onAdd }: { label: string; onAdd(namn: string): Promise<void> }) {
  const [namn, setNamn] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (namn.trim()) void onAdd(namn.trim()).then(() => setNamn('')); }}>
      <Group align="flex-end">
        <TextInput label={label} value={namn} onChange={(e) => setNamn(e.currentTarget.value)} />
        <Button type="submit" variant="light">Lägg till</Button>
      </Group>
    </form>
  );
}

function AddEnhetForm({ organisation, onAdd }: { organisation: Organisation; onAdd(sektorId: number, namn: string): Promise<void> }) {
  const [namn, setNamn] = useState('');
  const [sektorId, setSektorId] = useState<string | null>(String(organisation.sektorer[0].id));
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (namn.trim() && sektorId) void onAdd(Number(sektorId), namn.trim()).then(() => setNamn('')); }}>
      <Group align="flex-end">
        <Select label="Sektor för ny enhet" data={organisation.sektorer.map((s) => ({ value: String(s.id), label: s.namn }))} value={sektorId} onChange={setSektorId} allowDeselect={false} />
        <TextInput label="Ny enhet" value={namn} onChange={(e) => setNamn(e.currentTarget.value)} />
        <Button type="submit" variant="light">Lägg till</Button>
      </Group>
    </form>
  );
}
