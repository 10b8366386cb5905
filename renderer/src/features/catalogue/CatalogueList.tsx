// Katalog: filters, full-text search, grouping by sektor/enhet or kategori, a virtualized list.
import { useMemo, useRef, useState } from 'react';
import { Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { InsatsListRow } from '../../../../shared/api/catalogue-contract';
import { DOKUMENTATION_REGIMES, emptyInsatsContent } from '../../../../shared/domain/insats';
import { STATUS_LABELS, VERSION_STATUSES, type VersionStatus } from '../../../../shared/domain/status';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { navigate } from '../../router';
import { StatusBadge } from './status-badge';
import { ImportDocumentButton } from '../import/ImportDocumentButton';

type Grouping = 'organisation' | 'kategori';
type ListEntry = { kind: 'group'; label: string; count: number } | { kind: 'insats'; row: InsatsListRow };

function groupRows(rows: InsatsListRow[], grouping: Grouping): ListEntry[] {
  const groups = new Map<string, InsatsListRow[]>();
  for (const r of rows) {
    const label =
      grouping === 'organisation'
        ? r.enhetNamn
          ? `${r.sektorNamn ?? ''} › ${r.enhetNamn}`
          : 'Utan enhet'
        : (r.kategoriNamn ?? 'Utan kategori');
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  return [...groups.entries()].flatMap(([label, items]) => [
    { kind: 'group' as const, label, count: items.length },
    ...items.map((row) => ({ kind: 'insats' as const, row })),
  ]);
}

export function CatalogueList() {
  const [sok, setSok] = useState('');
  const [debouncedSok] = useDebouncedValue(sok, 200);
  const [grouping, setGrouping] = useState<Grouping>('organisation');
  const [enhetId, setEnhetId] = useState<string | null>(null);
  const [kategoriId, setKategoriId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [regim, setRegim] = useState<string | null>(null);
  const [alder, setAlder] = useState<number | string>('');
  const org = useApiData(() => api('organisation/get', {}), []);
  const list = useApiData(
    () =>
      api('insatser/list', {
        sok: debouncedSok || undefined,
        enhetId: enhetId ? Number(enhetId) : undefined,
        kategoriId: kategoriId ? Number(kategoriId) : undefined,
        status: (status as VersionStatus) ?? undefined,
        regim: (regim as (typeof DOKUMENTATION_REGIMES)[number]) ?? undefined,
        alder: typeof alder === 'number' ? alder : undefined,
      }),
    [debouncedSok, enhetId, kategoriId, status, regim, alder],
  );
  const entries = useMemo(() => groupRows(list.data ?? [], grouping), [list.data, grouping]);

  return (
    <Stack>
      <PageTitle>Katalog</PageTitle>
      <NewInsatsForm />
      <ImportDocumentButton />
      <Paper withBorder p="sm" component="section" aria-label="Sök och filtrera">
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Sök i all text" placeholder="t.ex. CRAFT" value={sok} onChange={(e) => setSok(e.currentTarget.value)} type="search" />
          <Select label="Enhet" clearable data={(org.data?.enheter ?? []).map((e) => ({ value: String(e.id), label: e.namn }))} value={enhetId} onChange={setEnhetId} />
          <Select label="Kategori" clearable data={(org.data?.kategorier ?? []).map((k) => ({ value: String(k.id), label: k.namn }))} value={kategoriId} onChange={setKategoriId} />
          <Select label="Status" clearable data={VERSION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} value={status} onChange={setStatus} />
          <Select label="Dokumentation" clearable data={DOKUMENTATION_REGIMES.map((r) => ({ value: r, label: `14 kap. ${r.slice(3)} §` }))} value={regim} onChange={setRegim} />
          <NumberInput label="Når åldern" min={0} max={120} w={110} value={alder} onChange={setAlder} />
        </Group>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" role="status" aria-live="polite">
          {list.loading ? 'Hämtar…' : `${list.data?.length ?? 0} insatser`}
        </Text>
        <SegmentedControl
          aria-label="Gruppera"
          value={grouping}
          onChange={(v) => setGrouping(v as Grouping)}
          data={[
            { value: 'organisation', label: 'Sektor och enhet' },
            { value: 'kategori', label: 'Kategori' },
          ]}
        />
      </Group>
      <ErrorAlert message={list.error} />
      <VirtualList entries={entries} />
    </Stack>
  );
}

function VirtualList({ entries }: { entries: ListEntry[] }) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (entries[i].kind === 'group' ? 44 : 52),
    overscan: 12,
  });
  return (
    <div ref={parentRef} style={{ height: 'calc(100vh - 360px)', minHeight: 320, overflow: 'auto' }} data-testid="katalog-lista" tabIndex={0} role="region" aria-label="Insatser">
      <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          return (
            <div
              key={item.key}
              role="listitem"
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {entry.kind === 'group' ? (
                <Title order={3} size="h5" pt="sm" className="katalog-grupp">
                  {entry.label} ({entry.count})
                </Title>
              ) : (
                <InsatsRow row={entry.row} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function InsatsRow({ row }: { row: InsatsListRow }) {
  const ages = row.alderMin !== null || row.alderMax !== null ? `${row.alderMin ?? 0}–${row.alderMax ?? ''} år` : '';
  return (
    <Group
      renderRoot={(props) => <a {...props} href={`#/katalog/insats/${row.insatsId}`} />}
      justify="space-between"
      wrap="nowrap"
      px="sm"
      py={6}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', color: 'inherit', textDecoration: 'none' }}
      data-testid="insats-rad"
    >
      <Text truncate>
        {row.nummer ? `${row.nummer} ` : ''}
        <strong>{row.namn}</strong>
      </Text>
      <Group gap="xs" wrap="nowrap">
        {ages && <Text size="sm">{ages}</Text>}
        <Text size="sm">14 kap. {row.regim.slice(3)} §</Text>
        <StatusBadge status={row.status} />
      </Group>
    </Group>
  );
}

function NewInsatsForm() {
  const [namn, setNamn] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const version = await api('insatser/create', { content: emptyInsatsContent(namn.trim()) });
          navigate(`/katalog/insats/${version.insatsId}`);
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <Group align="flex-end">
        <TextInput label="Ny insats" placeholder="Insatsens namn" value={namn} onChange={(e) => { setNamn(e.currentTarget.value); setError(null); }} error={error} />
        <Button type="submit">Skapa utkast</Button>
      </Group>
    </form>
  );
}
