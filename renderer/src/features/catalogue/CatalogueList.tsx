// Katalog: filters, full-text search, grouping by sektor → enhet or by kategori (as the two seed
// documents do), and a virtualized list that stays smooth with thousands of insatser.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Anchor, Button, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { InsatsListFilter, InsatsListRow } from '../../../../shared/api/catalogue-contract';
import type { Organisation } from '../../../../shared/api/organisation-contract';
import { DOKUMENTATION_REGIMES, emptyInsatsContent } from '../../../../shared/domain/insats';
import { STATUS_LABELS, VERSION_STATUSES, type VersionStatus } from '../../../../shared/domain/status';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { navigate } from '../../router';
import { StatusBadge } from './status-badge';
import { ImportDocumentButton } from '../import/ImportDocumentButton';
import { RoleGate } from '../session/permissions';

type Grouping = 'organisation' | 'kategori';
type ListEntry = { kind: 'group'; level: 3 | 4; label: string; count: number; key: string } | { kind: 'insats'; row: InsatsListRow };

interface Filters {
  sok: string;
  enhetId: string | null;
  kategoriId: string | null;
  status: string | null;
  regim: string | null;
  alder: number | string;
}
const NO_FILTERS: Filters = { sok: '', enhetId: null, kategoriId: null, status: null, regim: null, alder: '' };

// Kept while the app runs, so going into an insats and back finds the list as it was left.
let remembered: Filters = NO_FILTERS;
const GROUPING_KEY = 'iub-katalog-gruppering';

function storedGrouping(): Grouping | null {
  try {
    const value = localStorage.getItem(GROUPING_KEY);
    return value === 'organisation' || value === 'kategori' ? value : null;
  } catch {
    return null;
  }
}

/** Without a stored choice, group the way the catalogue is organised: Östersund by enhet, Alingsås by kategori. */
// One empty list for every render while loading, so that the memoised grouping is not rebuilt each time.
const NO_ROWS: InsatsListRow[] = [];

function naturalGrouping(rows: InsatsListRow[]): Grouping {
  const withEnhet = rows.filter((r) => r.enhetId !== null).length;
  const withKategori = rows.filter((r) => r.kategoriId !== null).length;
  return withKategori > withEnhet ? 'kategori' : 'organisation';
}

/** Appends to the list under a key (linear: a catalogue can have thousands of insatser in one group). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function groupRows(rows: InsatsListRow[], grouping: Grouping, org: Organisation | null): ListEntry[] {
  const entries: ListEntry[] = [];
  if (grouping === 'kategori') {
    const order = new Map((org?.kategorier ?? []).map((k, i) => [k.id, i]));
    const groups = new Map<number | null, InsatsListRow[]>();
    for (const r of rows) push(groups, r.kategoriId, r);
    const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : (order.get(a) ?? 999) - (order.get(b) ?? 999)));
    for (const k of keys) {
      const items = groups.get(k)!;
      entries.push({ kind: 'group', level: 3, key: `k${k}`, label: k === null ? 'Utan kategori' : (items[0].kategoriNamn ?? ''), count: items.length });
      for (const row of items) entries.push({ kind: 'insats', row });
    }
    return entries;
  }
  // Sektor → enhet, in the order they were created (the order of the document they came from).
  const bySektor = new Map<number | null, Map<number | null, InsatsListRow[]>>();
  for (const r of rows) {
    const sektorId = r.sektorId ?? null;
    let enheter = bySektor.get(sektorId);
    if (!enheter) bySektor.set(sektorId, (enheter = new Map()));
    push(enheter, r.enhetId, r);
  }
  const nullsLast = (a: number | null, b: number | null) => (a === null ? 1 : b === null ? -1 : a - b);
  for (const sektorId of [...bySektor.keys()].sort(nullsLast)) {
    const enheter = bySektor.get(sektorId)!;
    const all = [...enheter.values()].flat();
    if (sektorId === null) {
      entries.push({ kind: 'group', level: 3, key: 'utan', label: 'Utan enhet', count: all.length });
      for (const row of all) entries.push({ kind: 'insats', row });
      continue;
    }
    entries.push({ kind: 'group', level: 3, key: `s${sektorId}`, label: all[0].sektorNamn ?? '', count: all.length });
    for (const enhetId of [...enheter.keys()].sort(nullsLast)) {
      const items = enheter.get(enhetId)!;
      entries.push({ kind: 'group', level: 4, key: `e${enhetId}`, label: items[0].enhetNamn ?? '', count: items.length });
      for (const row of items) entries.push({ kind: 'insats', row });
    }
  }
  return entries;
}

function listInput(filters: Filters, sok: string): InsatsListFilter {
  return {
    sok: sok.trim() || undefined,
    enhetId: filters.enhetId ? Number(filters.enhetId) : undefined,
    kategoriId: filters.kategoriId ? Number(filters.kategoriId) : undefined,
    status: (filters.status as VersionStatus | null) ?? undefined,
    regim: (filters.regim as (typeof DOKUMENTATION_REGIMES)[number] | null) ?? undefined,
    alder: typeof filters.alder === 'number' ? filters.alder : undefined,
  };
}

/** One request per distinct filter at a time: the first render starts it, the effect picks it up. */
let inFlight: { key: string; promise: Promise<InsatsListRow[]> } | null = null;
/** Changes that show in the list: insatser, their versions, decisions that bring them into force, names. */
const CATALOGUE_KINDS = ['insats', 'insats_version', 'beslut', 'arende', 'sektor', 'enhet', 'kategori', 'katalog', 'databas'];

function fetchList(input: InsatsListFilter): Promise<InsatsListRow[]> {
  const key = JSON.stringify(input);
  if (inFlight?.key === key) return inFlight.promise;
  const promise = api('insatser/list', input);
  const entry = { key, promise };
  inFlight = entry;
  const clear = () => {
    if (inFlight === entry) inFlight = null;
  };
  promise.then(clear, clear);
  return promise;
}

export function CatalogueList() {
  const [filters, setFilters] = useState<Filters>(remembered);
  const [debouncedSok] = useDebouncedValue(filters.sok, 200);
  const [grouping, setGrouping] = useState<Grouping | null>(storedGrouping);
  // Start loading while the page renders, not after it has been painted: the rows come sooner.
  useState(() => fetchList(listInput(remembered, remembered.sok)));
  const org = useApiData(() => api('organisation/get', {}), []);
  const list = useApiData(
    () => fetchList(listInput(filters, debouncedSok)),
    [debouncedSok, filters.enhetId, filters.kategoriId, filters.status, filters.regim, filters.alder],
    { live: CATALOGUE_KINDS },
  );
  useEffect(() => {
    remembered = filters;
  }, [filters]);

  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((f) => ({ ...f, [key]: value }));
  const rows = list.data ?? NO_ROWS;
  const effectiveGrouping = grouping ?? naturalGrouping(rows);
  const entries = useMemo(() => groupRows(rows, effectiveGrouping, org.data), [rows, effectiveGrouping, org.data]);
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const enhetOptions = (org.data?.sektorer ?? [])
    .map((s) => ({
      group: s.namn,
      items: (org.data?.enheter ?? []).filter((e) => e.sektorId === s.id).map((e) => ({ value: String(e.id), label: e.namn })),
    }))
    .filter((g) => g.items.length > 0);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageTitle>Katalog</PageTitle>
        <Group gap="sm" data-testid="katalog-verktyg">
          <ImportDocumentButton />
          <Button variant="default" component="a" href="#/katalog/jamfor">
            Jämför katalogen mellan två datum
          </Button>
        </Group>
      </Group>
      <NewInsatsForm />
      <Paper withBorder p="sm" component="section" aria-label="Sök och filtrera">
        <Stack gap="xs">
          <TextInput
            label="Sök i all text"
            placeholder="Namn, innehåll, metoder, villkor, motiveringar … t.ex. CRAFT"
            value={filters.sok}
            onChange={(e) => set('sok')(e.currentTarget.value)}
            type="search"
            maw={560}
          />
          <Group align="flex-end" wrap="wrap" gap="sm">
            <Select label="Enhet" clearable searchable data={enhetOptions} value={filters.enhetId} onChange={set('enhetId')} w={200} />
            <Select
              label="Kategori"
              clearable
              data={(org.data?.kategorier ?? []).map((k) => ({ value: String(k.id), label: k.namn }))}
              value={filters.kategoriId}
              onChange={set('kategoriId')}
              w={230}
            />
            <Select
              label="Status"
              clearable
              data={VERSION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
              value={filters.status}
              onChange={set('status')}
              w={170}
            />
            <Select
              label="Dokumentation"
              clearable
              data={DOKUMENTATION_REGIMES.map((r) => ({ value: r, label: `14 kap. ${r.slice(3)} §` }))}
              value={filters.regim}
              onChange={set('regim')}
              w={150}
            />
            <NumberInput label="Når åldern (år)" min={0} max={120} w={130} value={filters.alder} onChange={set('alder')} />
            {filtered && (
              <Button variant="subtle" onClick={() => setFilters(NO_FILTERS)}>
                Rensa filter
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" role="status" aria-live="polite">
          {list.loading && !list.data ? 'Hämtar…' : `${rows.length} ${rows.length === 1 ? 'insats' : 'insatser'}${filtered ? ' matchar' : ''}`}
        </Text>
        <Group gap="xs">
          <Text size="sm" id="gruppera-etikett">
            Gruppera efter
          </Text>
          <SegmentedControl
            data-testid="gruppering"
            aria-labelledby="gruppera-etikett"
            value={effectiveGrouping}
            onChange={(v) => {
              setGrouping(v as Grouping);
              try {
                localStorage.setItem(GROUPING_KEY, v);
              } catch {
                // A locked-down profile without storage just does not remember the choice.
              }
            }}
            data={[
              { value: 'organisation', label: 'Sektor och enhet' },
              { value: 'kategori', label: 'Kategori' },
            ]}
          />
        </Group>
      </Group>
      <ErrorAlert message={list.error} />
      {list.data && rows.length === 0 ? (
        <Paper withBorder p="lg">
          {filtered ? (
            <Text>Inga insatser matchar sökningen och filtren.</Text>
          ) : (
            <Text>
              Katalogen är tom. Har nämnden redan en antagen katalog (Word, PDF eller Excel)? <Anchor href="#/katalog/import">Importera den</Anchor>, så följer
              insatserna, numren och beslutet med. Annars skapar du den första insatsen ovan.
            </Text>
          )}
          {filtered && (
            <Anchor component="button" type="button" onClick={() => setFilters(NO_FILTERS)} mt="xs">
              Visa alla insatser
            </Anchor>
          )}
        </Paper>
      ) : (
        <VirtualList entries={entries} grouping={effectiveGrouping} />
      )}
    </Stack>
  );
}

function VirtualList({ entries, grouping }: { entries: ListEntry[]; grouping: Grouping }) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (entries[i].kind === 'group' ? (entries[i].level === 3 ? 46 : 38) : 52),
    getItemKey: (i) => {
      const e = entries[i];
      return e.kind === 'group' ? `g-${e.key}` : `i-${e.row.insatsId}`;
    },
    overscan: 12,
  });
  return (
    <div
      ref={parentRef}
      style={{ height: 'calc(100vh - 400px)', minHeight: 360, overflow: 'auto' }}
      data-testid="katalog-lista"
      tabIndex={0}
      role="region"
      aria-label="Insatser"
    >
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
                <Title
                  order={entry.level}
                  size={entry.level === 3 ? 'h4' : 'h5'}
                  pt={entry.level === 3 ? 'md' : 'xs'}
                  pl={entry.level === 4 ? 'sm' : 0}
                  className="katalog-grupp"
                  data-testid={entry.level === 3 ? 'katalog-grupp' : 'katalog-undergrupp'}
                >
                  {entry.label}{' '}
                  <Text span size="sm" fw={400}>
                    ({entry.count})
                  </Text>
                </Title>
              ) : (
                <InsatsRow row={entry.row} grouping={grouping} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function ageText(min: number | null, max: number | null): string {
  if (min === null && max === null) return '';
  if (max === null) return `${min} år och äldre`;
  if (min === null) return `upp till ${max} år`;
  return `${min}–${max} år`;
}

function InsatsRow({ row, grouping }: { row: InsatsListRow; grouping: Grouping }) {
  const ages = ageText(row.alderMin, row.alderMax);
  // The other grouping's name, so nothing is lost by the choice of grouping.
  const other = grouping === 'organisation' ? row.kategoriNamn : row.enhetNamn;
  const inForceOlder = row.gallandeVersionNo != null && row.gallandeVersionNo !== row.versionNo;
  return (
    <Group
      renderRoot={(props) => <a {...props} href={`#/katalog/insats/${row.insatsId}`} />}
      justify="space-between"
      wrap="nowrap"
      px="sm"
      h="100%"
      className="katalog-rad"
      data-testid="insats-rad"
    >
      {/* Real spaces between the parts (flex ignores them on screen) so the link reads "3.4.3 Boendecoachning …". */}
      <Text truncate className="katalog-rad-namn" title={row.namn}>
        {row.nummer && (
          <Text span c="gray.8">
            {row.nummer}
          </Text>
        )}{' '}
        <strong>{row.namn}</strong>
        {other && (
          <>
            {' '}
            <Text span size="sm" c="gray.8" ml={4}>
              {other}
            </Text>
          </>
        )}
      </Text>{' '}
      <Group gap="xs" wrap="nowrap" className="katalog-rad-fakta">
        {ages && <Text size="sm">{ages}</Text>} <Text size="sm">14 kap. {row.regim.slice(3)} §</Text>{' '}
        {inForceOlder && <StatusBadge status="gallande" label={`Gällande v${row.gallandeVersionNo}`} />}{' '}
        <StatusBadge status={row.status} label={row.versionNo > 1 ? `${STATUS_LABELS[row.status]} v${row.versionNo}` : undefined} />
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
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Ny insats"
          placeholder="Insatsens namn"
          value={namn}
          onChange={(e) => {
            setNamn(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          w={300}
        />
        <RoleGate action="utkast">
          {(gate) => (
            <Button type="submit" {...gate}>
              Skapa utkast
            </Button>
          )}
        </RoleGate>
      </Group>
    </form>
  );
}
