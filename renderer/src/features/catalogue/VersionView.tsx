// A version that can no longer be edited (proposed or decided), read-only, laid out in the seeds'
// order of headings with the structured parts (metoder, villkor) as their own blocks.
import type { ReactNode } from 'react';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { VersionDto } from '../../../../shared/api/catalogue-contract';
import {
  AKTUALISERING_LABELS,
  DOKUMENTATION_LABELS,
  FORM_LABELS,
  UPPFOLJNING_LABELS,
  VILLKOR_LABELS,
  type AgeRange,
  type Villkor,
} from '../../../../shared/domain/insats';
import { api } from '../../api/client';
import { useApiData } from '../../components/useApiData';
import { VersionDecision } from './VersionDecision';
import './catalogue.css';
import { lockedVersionMessage } from './locked-message';

export function ageRangeText(r: AgeRange | null): string {
  if (!r || (r.min === null && r.max === null)) return '';
  if (r.max === null) return `${r.min} år och äldre`;
  if (r.min === null) return `upp till och med ${r.max} år`;
  return `${r.min}–${r.max} år`;
}

const NOT_GIVEN = 'Inte angivet';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" component="section" data-testid={testId}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Prose({ text }: { text: string }) {
  return text.trim() ? <Text className="preserve-lines">{text}</Text> : <Text c="gray.8">{NOT_GIVEN}</Text>;
}

/** Label–value pairs as a description list. */
function Facts({ items, narrow }: { items: Array<[string, ReactNode]>; narrow?: boolean }) {
  return (
    <SimpleGrid component="dl" cols={narrow ? 1 : { base: 1, sm: 2, lg: 3 }} spacing="xs" verticalSpacing={0} className="insats-falt" m={0}>
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {value === '' || value === null ? (
              <Text span c="gray.8">
                {NOT_GIVEN}
              </Text>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </SimpleGrid>
  );
}

function villkorDetails(v: Villkor): Array<[string, ReactNode]> {
  const details: Array<[string, ReactNode]> = [];
  if (v.typ === 'alder') details.push(['Ålder', ageRangeText({ min: v.alderMin, max: v.alderMax })]);
  if (v.typ === 'folkbokford') {
    details.push(['Kommun', v.kommun]);
    if (v.undantag) details.push(['Undantag', v.undantag]);
  }
  if (v.typ === 'tidigareInsats') details.push(['Insats som personen ska ha haft', v.tidigareInsats]);
  if (v.typ === 'dokument') details.push(['Dokument att visa upp', v.dokument]);
  return details;
}

export function VersionView({ version, openVersion = null }: { version: VersionDto; openVersion?: { versionNo: number; status: string } | null }) {
  const org = useApiData(() => api('organisation/get', {}), []);
  const c = version.content;
  const enhet = org.data?.enheter.find((e) => e.id === c.enhetId);
  const sektor = org.data?.sektorer.find((s) => s.id === enhet?.sektorId);
  const kategori = org.data?.kategorier.find((k) => k.id === c.kategoriId);

  return (
    <Stack data-testid="version-visning">
      <Text size="sm">{lockedVersionMessage(openVersion)}</Text>
      <VersionDecision versionId={version.versionId} />
      <Paper withBorder p="md">
        <Facts
          items={[
            ['Sektor och enhet', enhet ? `${sektor?.namn ?? ''} › ${enhet.namn}` : ''],
            ['Kategori', kategori?.namn ?? ''],
            ['Utförare', c.utforare],
            ['Form', c.form ? FORM_LABELS[c.form] : ''],
            ['Målgruppens ålder', ageRangeText(c.malgruppAlder)],
            ['Dokumentation', `14 kap. ${c.dokumentation.regim.slice(3)} § SoL`],
          ]}
        />
      </Paper>

      <Section title="Innehåll och genomförande">
        <Prose text={c.innehall} />
      </Section>

      {c.metoder.length > 0 && (
        <Section title={`Metoder (${c.metoder.length})`} testId="visning-metoder">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {c.metoder.map((m, i) => (
              <Paper key={i} withBorder p="sm" bg="gray.0">
                <Title order={4} size="h5" mb={4}>
                  {m.namn}
                </Title>
                {m.beskrivning && (
                  <Text className="preserve-lines" mb={4}>
                    {m.beskrivning}
                  </Text>
                )}
                <Facts
                  narrow
                  items={[
                    ['Målgrupp', m.malgrupp],
                    ['Omfattning', m.omfattning],
                  ]}
                />
              </Paper>
            ))}
          </SimpleGrid>
        </Section>
      )}

      <Section title="Målgrupp">
        <Prose text={c.malgrupp} />
      </Section>

      <Section title={`Villkor (${c.villkor.length})`} testId="visning-villkor">
        {c.villkor.length === 0 ? (
          <Text c="gray.8">Inga villkor.</Text>
        ) : (
          <Stack gap="sm">
            {c.villkor.map((v, i) => (
              <Paper key={i} withBorder p="sm">
                <Group gap="xs" mb={4}>
                  <Badge variant="light" color="gray" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
                    {VILLKOR_LABELS[v.typ]}
                  </Badge>
                </Group>
                {v.text && <Text className="preserve-lines">{v.text}</Text>}
                {villkorDetails(v).length > 0 && <Facts narrow items={villkorDetails(v)} />}
                <Text size="sm" fw={600} mt={4}>
                  Motivering
                </Text>
                <Prose text={v.motivering} />
              </Paper>
            ))}
          </Stack>
        )}
      </Section>

      <Section title="Aktualisering">
        {c.aktualisering.kanaler.length > 0 && (
          <Group gap="xs" mb="xs" aria-label="Vägar in">
            {c.aktualisering.kanaler.map((k) => (
              <Badge key={k} variant="outline" color="blue" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
                {AKTUALISERING_LABELS[k]}
              </Badge>
            ))}
          </Group>
        )}
        {c.aktualisering.text || c.aktualisering.kanaler.length === 0 ? <Prose text={c.aktualisering.text} /> : null}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Dokumentation">
          <Text mb={4}>{DOKUMENTATION_LABELS[c.dokumentation.regim]}</Text>
          <Facts items={[['Dokumentationssystem', c.dokumentation.system]]} />
          {c.dokumentation.anteckningar && <Text className="preserve-lines">{c.dokumentation.anteckningar}</Text>}
        </Section>
        <Section title="Uppföljning">
          <Text mb={4}>{c.uppfoljning.typ ? UPPFOLJNING_LABELS[c.uppfoljning.typ] : NOT_GIVEN}</Text>
          {c.uppfoljning.text && <Text className="preserve-lines">{c.uppfoljning.text}</Text>}
        </Section>
      </SimpleGrid>

      {c.andringssammanfattning && (
        <Section title="Ändringssammanfattning">
          <Prose text={c.andringssammanfattning} />
        </Section>
      )}
    </Stack>
  );
}
