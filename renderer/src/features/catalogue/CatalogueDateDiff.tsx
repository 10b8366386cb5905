// The whole catalogue as decided on two dates: which insatser were added, removed and changed, with
// each change as a redline. Dates can be typed or taken from when a decision came into force.
import { useEffect, useState } from 'react';
import { Accordion, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { CatalogueDiff } from '../../../../shared/api/catalogue-contract';
import { calendarDateSchema } from '../../../../shared/domain/dates';
import { api, errorMessage } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { Redline, RedlineLegend } from './VersionDiff';

const label = (e: { nummer: string | null; namn: string }) => `${e.nummer ? `${e.nummer} ` : ''}${e.namn}`;

export function CatalogueDateDiff() {
  const dates = useApiData(() => api('catalogue/dates', {}), []);
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [result, setResult] = useState<CatalogueDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Start from "a year ago and today" until the user picks something else.
  useEffect(() => {
    if (!dates.data || fromDate || toDate) return;
    setToDate(dates.data.today);
    setFromDate(dayjs(dates.data.today).subtract(1, 'year').format('YYYY-MM-DD'));
  }, [dates.data, fromDate, toDate]);

  async function compare(from = fromDate, to = toDate) {
    const fromCheck = calendarDateSchema.safeParse(from);
    const toCheck = calendarDateSchema.safeParse(to);
    const next = {
      from: fromCheck.success ? undefined : from ? fromCheck.error.issues[0].message : 'Ange ett datum.',
      to: toCheck.success ? undefined : to ? toCheck.error.issues[0].message : 'Ange ett datum.',
    };
    setErrors(next);
    if (next.from || next.to) return;
    setBusy(true);
    try {
      setResult(await api('catalogue/diffDates', { fromDate: from, toDate: to }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Anchor href="#/katalog">← Tillbaka till katalogen</Anchor>
      <PageTitle>Jämför katalogen mellan två datum</PageTitle>
      <Text maw={760}>
        Jämförelsen visar katalogen så som den var beslutad och gällande de två dagarna: insatser som tillkommit, tagits bort eller ändrats däremellan. Utkast
        och förslag som ännu inte beslutats räknas inte.
      </Text>
      <Paper
        withBorder
        p="md"
        component="form"
        aria-label="Välj datum"
        onSubmit={(e) => {
          e.preventDefault();
          void compare();
        }}
      >
        <Stack gap="sm">
          <Group align="flex-start">
            <DateField label="Från datum" value={fromDate} onChange={(e) => setFromDate(e.currentTarget.value)} error={errors.from} />
            <DateField label="Till datum" value={toDate} onChange={(e) => setToDate(e.currentTarget.value)} error={errors.to} />
            <Button type="submit" mt={25} loading={busy}>
              Jämför
            </Button>
          </Group>
          {dates.data && dates.data.beslut.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" id="beslut-snabbval">
                Eller jämför före och efter ett beslut:
              </Text>
              <Group gap="xs" role="group" aria-labelledby="beslut-snabbval">
                {dates.data.beslut.map((b) => {
                  const before = dayjs(b.giltigFran).subtract(1, 'day').format('YYYY-MM-DD');
                  const chosen = fromDate === before && toDate === b.giltigFran;
                  return (
                    <Button
                      key={b.beslutId}
                      size="xs"
                      variant={chosen ? 'filled' : 'default'}
                      aria-pressed={chosen}
                      onClick={() => {
                        setFromDate(before);
                        setToDate(b.giltigFran);
                        void compare(before, b.giltigFran);
                      }}
                    >
                      Före och efter {b.diarienummer}
                      {b.paragraf !== null ? ` § ${b.paragraf}` : ''}, som gäller från {b.giltigFran} ({b.insatser} {b.insatser === 1 ? 'insats' : 'insatser'})
                    </Button>
                  );
                })}
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>
      <ErrorAlert message={error ?? dates.error} />
      {result && <DiffResult diff={result} />}
    </Stack>
  );
}

function DiffResult({ diff }: { diff: CatalogueDiff }) {
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <Stack component="section" aria-labelledby="resultat-rubrik">
      <Title order={3} id="resultat-rubrik">
        Från {diff.fromDate} till {diff.toDate}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} role="status">
        <Count label="Tillkomna" value={diff.added.length} />
        <Count label="Borttagna" value={diff.removed.length} />
        <Count label="Ändrade" value={diff.changed.length} />
        <Count label="Oförändrade" value={diff.unchanged} />
      </SimpleGrid>
      {nothing && <Text>{diff.unchanged === 0 ? 'Ingen insats var beslutad och gällande någon av dagarna.' : 'Katalogen är densamma båda dagarna.'}</Text>}
      {diff.added.length > 0 && (
        <Paper withBorder p="md" data-testid="jamfor-tillkomna">
          <Title order={4} mb="xs">
            Tillkomna insatser
          </Title>
          <List spacing={4}>
            {diff.added.map((e) => (
              <List.Item key={e.insatsId}>
                <Anchor href={`#/katalog/insats/${e.insatsId}/${e.versionId}`}>{label(e)}</Anchor> (version {e.versionNo})
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {diff.removed.length > 0 && (
        <Paper withBorder p="md" data-testid="jamfor-borttagna">
          <Title order={4} mb="xs">
            Borttagna insatser
          </Title>
          <List spacing={4}>
            {diff.removed.map((e) => (
              <List.Item key={e.insatsId}>
                <Anchor href={`#/katalog/insats/${e.insatsId}/${e.versionId}`}>{label(e)}</Anchor> (gällde i version {e.versionNo})
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {diff.changed.length > 0 && (
        <Paper withBorder p="md" data-testid="jamfor-andrade">
          <Title order={4} mb="xs">
            Ändrade insatser
          </Title>
          <RedlineLegend />
          <Accordion multiple mt="sm" variant="separated">
            {diff.changed.map((c) => (
              <Accordion.Item key={c.insatsId} value={String(c.insatsId)}>
                <Accordion.Control>
                  {label(c)}: version {c.fromVersionNo} → {c.versionNo} ({c.changes.length} {c.changes.length === 1 ? 'ändring' : 'ändringar'})
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    {c.changes.map((ch) => (
                      <Redline key={ch.field} change={ch} headingLevel={5} />
                    ))}
                    <Anchor href={`#/katalog/insats/${c.insatsId}/${c.versionId}`}>Öppna insatsen</Anchor>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Paper>
      )}
    </Stack>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm">{label}</Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
    </Paper>
  );
}
