// Inställningar → Databas, in the app: open a local file or the förvaltning's shared PostgreSQL database
// at the next start. The password goes to the main process once and is kept there encrypted (safeStorage);
// it is never shown again. In the browser mode the server was started with --db, and the panel says so.
import { useState } from 'react';
import { Button, Group, NumberInput, PasswordInput, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { DatabaseChoiceState } from '../../../../shared/api/session-contract';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

export function DatabaseChoiceForm() {
  const state = useApiData(() => api('databas/val', {}), []);
  if (state.error) return <ErrorAlert message={state.error} />;
  if (!state.data) return null;
  if (!state.data.erbjuds) {
    return (
      <Text size="sm" mt="sm">
        Webbläsarläget visar databasen som servern startades med (--db). Vilken databas som används väljs när servern startas, till exempel{' '}
        <Text span ff="monospace">
          iub serve --db postgres://…
        </Text>
        , inte här.
      </Text>
    );
  }
  return <ChoiceForm initial={state.data} onSaved={(s) => state.setData(s)} />;
}

function ChoiceForm({ initial, onSaved }: { initial: DatabaseChoiceState; onSaved(state: DatabaseChoiceState): void }) {
  const shared = initial.val?.typ === 'gemensam' ? initial.val : null;
  const [typ, setTyp] = useState<'lokal' | 'gemensam'>(shared ? 'gemensam' : 'lokal');
  const [host, setHost] = useState(shared?.host ?? '');
  const [port, setPort] = useState<number | string>(shared?.port ?? 5432);
  const [databas, setDatabas] = useState(shared?.databas ?? 'iub');
  const [anvandare, setAnvandare] = useState(shared?.anvandare ?? '');
  const [losenord, setLosenord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setSaved(false);
    try {
      const input = typ === 'lokal' ? { typ } : { typ, host, port: Number(port), databas, anvandare, ...(losenord ? { losenord } : {}) };
      onSaved(await api('databas/valj', input));
      setLosenord('');
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack mt="md" gap="sm">
      <Radio.Group label="Databas när programmet startar" value={typ} onChange={(v) => setTyp(v as 'lokal' | 'gemensam')}>
        <Group mt="xs">
          <Radio value="lokal" label="Lokal databasfil på den här datorn" />
          <Radio value="gemensam" label="Förvaltningens gemensamma databas (PostgreSQL)" />
        </Group>
      </Radio.Group>
      {typ === 'gemensam' && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label="Server" description="Namn eller adress, från IT" withAsterisk value={host} onChange={(e) => setHost(e.currentTarget.value)} />
          <NumberInput label="Port" min={1} max={65535} value={port} onChange={setPort} />
          <TextInput label="Databas" withAsterisk value={databas} onChange={(e) => setDatabas(e.currentTarget.value)} />
          <TextInput label="Användare (din databasroll)" withAsterisk value={anvandare} onChange={(e) => setAnvandare(e.currentTarget.value)} />
          <PasswordInput
            label="Lösenord"
            description={
              shared?.harLosenord
                ? 'Ett lösenord är sparat krypterat. Lämna tomt för att behålla det.'
                : 'Sparas krypterat på den här datorn, aldrig i klartext. Lämna tomt vid inloggning utan lösenord (Kerberos).'
            }
            value={losenord}
            onChange={(e) => setLosenord(e.currentTarget.value)}
            disabled={!initial.krypteringFinns}
          />
        </SimpleGrid>
      )}
      {!initial.krypteringFinns && typ === 'gemensam' && (
        <Text size="sm">Den här datorn kan inte spara lösenord krypterat, så inget lösenord sparas. Be IT om inloggning utan lösenord (Kerberos).</Text>
      )}
      {initial.styrsAv && <Text size="sm">Programmet startades med {initial.styrsAv}, som gäller före valet här så länge det anges.</Text>}
      <ErrorAlert message={error} />
      <Group>
        <Button onClick={() => void save()} loading={busy}>
          Spara databasvalet
        </Button>
        {saved && <span role="status">Valet är sparat och gäller när du startar om programmet.</span>}
      </Group>
    </Stack>
  );
}
