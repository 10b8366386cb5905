// Sektor → enhet tree and kategorier: add, rename, move, remove (only what no insats uses; the
// refusal names the insatser). Rename happens in place; removing asks first.
import { useState, type ReactNode } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, List, Menu, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Organisation, OrganisationUsage } from '../../../../shared/api/organisation-contract';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiData } from '../../components/useApiData';

type Kind = 'sektor' | 'enhet' | 'kategori';
/** Rows span the column so names line up on the left and the controls on the right. */
const FULL_WIDTH_ITEMS = { itemWrapper: { display: 'flex', width: '100%' }, itemLabel: { width: '100%' } };
const KIND_LABEL: Record<Kind, string> = { sektor: 'sektorn', enhet: 'enheten', kategori: 'kategorin' };

export function OrganisationEditor() {
  const { data, error, setData } = useApiData(() => api('organisation/get', {}), [], { live: ['sektor', 'enhet', 'kategori'] });
  const usage = useApiData(() => api('organisation/usage', {}), []);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ typ: Kind; id: number; namn: string } | null>(null);

  async function run(action: () => Promise<Organisation | unknown>, done?: string): Promise<boolean> {
    try {
      const result = await action();
      setData(result && typeof result === 'object' && 'sektorer' in result ? (result as Organisation) : await api('organisation/get', {}));
      void usage.refresh();
      setActionError(null);
      setNotice(done ?? null);
      return true;
    } catch (e) {
      setActionError(errorMessage(e));
      setNotice(null);
      return false;
    }
  }

  const revisionOf = (typ: Kind, id: number) =>
    (typ === 'sektor' ? data?.sektorer : typ === 'enhet' ? data?.enheter : data?.kategorier)?.find((x) => x.id === id)?.revision;
  // A conflict names who renamed it; the live refresh below then shows the other's name and revision.
  const rename = (typ: Kind, id: number, namn: string) =>
    run(() => api('organisation/rename', { typ, id, namn, revision: revisionOf(typ, id) }), `Namnet är ändrat till ”${namn}”.`);
  const count = (list: OrganisationUsage['enheter'] | undefined, id: number) => list?.find((u) => u.id === id)?.insatser ?? 0;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="org-rubrik">
      <Title order={3} id="org-rubrik" mb="xs">
        Organisation och kategorier
      </Title>
      <Text size="sm" mb="sm" maw={760}>
        Varje insats hör till en enhet, och enheterna till sektorer. Kategorierna är ett annat sätt att gruppera katalogen. Katalogen kan visas grupperad på
        båda sätten.
      </Text>
      <ErrorAlert message={error ?? actionError} title="Det gick inte" />
      {notice && (
        <Alert color="green" variant="light" mb="md" role="status" withCloseButton closeButtonLabel="Stäng meddelandet" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack>
            <Title order={4}>Sektorer och enheter</Title>
            {data.sektorer.length === 0 && <Text size="sm">Inga sektorer ännu. Lägg till en sektor och sedan dess enheter.</Text>}
            <List listStyleType="none" spacing="sm" aria-label="Sektorer" data-testid="sektorer" styles={FULL_WIDTH_ITEMS}>
              {data.sektorer.map((s) => {
                const enheter = data.enheter.filter((e) => e.sektorId === s.id);
                return (
                  <List.Item key={s.id} data-testid="sektor">
                    <ItemRow
                      namn={s.namn}
                      strong
                      onRename={(namn) => rename('sektor', s.id, namn)}
                      onRemove={() => setRemoving({ typ: 'sektor', id: s.id, namn: s.namn })}
                      extra={
                        <Badge variant="light" color="gray" tt="none" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
                          {enheter.length} {enheter.length === 1 ? 'enhet' : 'enheter'}
                        </Badge>
                      }
                    />
                    <List listStyleType="none" withPadding spacing={4} aria-label={`Enheter i ${s.namn}`} mt={4} styles={FULL_WIDTH_ITEMS}>
                      {enheter.map((e) => (
                        <List.Item key={e.id} data-testid="enhet">
                          <ItemRow
                            namn={e.namn}
                            onRename={(namn) => rename('enhet', e.id, namn)}
                            onRemove={() => setRemoving({ typ: 'enhet', id: e.id, namn: e.namn })}
                            extra={
                              <>
                                <UsageBadge n={count(usage.data?.enheter, e.id)} />
                                {data.sektorer.length > 1 && (
                                  <MoveEnhet
                                    namn={e.namn}
                                    sektorId={s.id}
                                    organisation={data}
                                    onMove={(sektorId) =>
                                      run(
                                        () => api('organisation/moveEnhet', { id: e.id, sektorId }),
                                        `”${e.namn}” hör nu till ${data.sektorer.find((x) => x.id === sektorId)?.namn}.`,
                                      )
                                    }
                                  />
                                )}
                              </>
                            }
                          />
                        </List.Item>
                      ))}
                    </List>
                  </List.Item>
                );
              })}
            </List>
            <AddForm label="Ny sektor" onAdd={(namn) => run(() => api('organisation/createSektor', { namn }), `Sektorn ”${namn}” är tillagd.`)} />
            {data.sektorer.length > 0 && (
              <AddEnhetForm
                organisation={data}
                onAdd={(sektorId, namn) => run(() => api('organisation/createEnhet', { sektorId, namn }), `Enheten ”${namn}” är tillagd.`)}
              />
            )}
          </Stack>
          <Stack>
            <Title order={4}>Kategorier</Title>
            <Text size="sm">Ordningen här är ordningen i katalogen och i dokumenten.</Text>
            <List listStyleType="none" spacing="xs" aria-label="Kategorier" data-testid="kategorier" styles={FULL_WIDTH_ITEMS}>
              {data.kategorier.map((k, i) => (
                <List.Item key={k.id} data-testid="kategori">
                  <ItemRow
                    namn={k.namn}
                    onRename={(namn) => rename('kategori', k.id, namn)}
                    onRemove={() => setRemoving({ typ: 'kategori', id: k.id, namn: k.namn })}
                    extra={
                      <>
                        <UsageBadge n={count(usage.data?.kategorier, k.id)} />
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          size="sm"
                          aria-label={`Flytta upp ${k.namn}`}
                          disabled={i === 0}
                          onClick={() => void run(() => api('organisation/moveKategori', { id: k.id, riktning: 'upp' }))}
                        >
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          size="sm"
                          aria-label={`Flytta ner ${k.namn}`}
                          disabled={i === data.kategorier.length - 1}
                          onClick={() => void run(() => api('organisation/moveKategori', { id: k.id, riktning: 'ner' }))}
                        >
                          ↓
                        </ActionIcon>
                      </>
                    }
                  />
                </List.Item>
              ))}
            </List>
            <AddForm label="Ny kategori" onAdd={(namn) => run(() => api('organisation/createKategori', { namn }), `Kategorin ”${namn}” är tillagd.`)} />
          </Stack>
        </SimpleGrid>
      )}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? `Ta bort ${KIND_LABEL[removing.typ]} ”${removing.namn}”?` : ''}
        centered
      >
        <Stack>
          <Text size="sm">Det går inte att ångra. Det som används av en insats kan inte tas bort; du får veta i så fall.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Avbryt
            </Button>
            <Button
              color="red.9"
              onClick={() => {
                const r = removing!;
                setRemoving(null);
                void run(() => api('organisation/delete', { typ: r.typ, id: r.id }), `”${r.namn}” är borttagen.`);
              }}
            >
              Ta bort
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function UsageBadge({ n }: { n: number }) {
  return (
    <Badge variant="light" color={n > 0 ? 'blue' : 'gray'} tt="none" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
      {n} {n === 1 ? 'insats' : 'insatser'}
    </Badge>
  );
}

/** A name with rename (in place) and remove buttons. */
function ItemRow({
  namn,
  onRename,
  onRemove,
  strong,
  extra,
}: {
  namn: string;
  onRename(namn: string): Promise<boolean>;
  onRemove(): void;
  strong?: boolean;
  extra?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(namn);
  if (editing) {
    return (
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const next = value.trim();
          if (!next || next === namn) return setEditing(false);
          if (await onRename(next)) setEditing(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setValue(namn);
            setEditing(false);
          }
        }}
      >
        <Group gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`Nytt namn för ${namn}`}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            size="xs"
            autoFocus
            error={!value.trim() ? 'Namn måste anges.' : undefined}
          />
          <Button type="submit" size="xs">
            Spara
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              setValue(namn);
              setEditing(false);
            }}
          >
            Avbryt
          </Button>
        </Group>
      </form>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" className="org-rad">
      <Text fw={strong ? 600 : 400} style={{ flex: 1, minWidth: 0 }}>
        {namn}
      </Text>
      <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
        {extra}
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label={`Byt namn på ${namn}`}
          onClick={() => {
            setValue(namn);
            setEditing(true);
          }}
        >
          ✎
        </ActionIcon>
        <ActionIcon variant="subtle" color="red" c="red.9" size="sm" aria-label={`Ta bort ${namn}`} onClick={onRemove}>
          ✕
        </ActionIcon>
      </Group>
    </Group>
  );
}

function MoveEnhet({
  namn,
  sektorId,
  organisation,
  onMove,
}: {
  namn: string;
  sektorId: number;
  organisation: Organisation;
  onMove(sektorId: number): Promise<boolean>;
}) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="default" aria-label={`Flytta ${namn} till en annan sektor`}>
          Flytta
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Flytta ”{namn}” till</Menu.Label>
        {organisation.sektorer
          .filter((s) => s.id !== sektorId)
          .map((s) => (
            <Menu.Item key={s.id} onClick={() => void onMove(s.id)}>
              {s.namn}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function AddForm({ label, onAdd }: { label: string; onAdd(namn: string): Promise<boolean> }) {
  const [namn, setNamn] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (namn.trim()) void onAdd(namn.trim()).then((ok) => ok && setNamn(''));
      }}
    >
      <Group align="flex-end">
        <TextInput label={label} value={namn} onChange={(e) => setNamn(e.currentTarget.value)} />
        <Button type="submit" variant="default">
          Lägg till
        </Button>
      </Group>
    </form>
  );
}

function AddEnhetForm({ organisation, onAdd }: { organisation: Organisation; onAdd(sektorId: number, namn: string): Promise<boolean> }) {
  const [namn, setNamn] = useState('');
  const [sektorId, setSektorId] = useState<string | null>(String(organisation.sektorer[0].id));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (namn.trim() && sektorId) void onAdd(Number(sektorId), namn.trim()).then((ok) => ok && setNamn(''));
      }}
    >
      <Group align="flex-end">
        <Select
          label="Sektor för ny enhet"
          data={organisation.sektorer.map((s) => ({ value: String(s.id), label: s.namn }))}
          value={sektorId}
          onChange={setSektorId}
          allowDeselect={false}
        />
        <TextInput label="Ny enhet" value={namn} onChange={(e) => setNamn(e.currentTarget.value)} />
        <Button type="submit" variant="default">
          Lägg till
        </Button>
      </Group>
    </form>
  );
}
