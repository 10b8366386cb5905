// The analysis read-only: when it is marked complete, or when its version can no longer be changed.
import type { ReactNode } from 'react';
import { List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { RkaDto } from '../../../../shared/api/rka-contract';
import {
  AVIDENTIFIERADE_UPPGIFTER_LABELS,
  AVVAGNING_UTFALL_LABELS,
  KONSEKVENS_LABELS,
  RISK_NIVA_LABELS,
  RKA_SECTION_LABELS,
  SANNOLIKHET_LABELS,
  SARSKILDA_SKAL_LABELS,
  riskId,
  riskNiva,
  riskScore,
  type RiskLevel,
  type RkaSection,
} from '../../../../shared/domain/rka';
import { RiskMatrix } from './RiskMatrix';
import { NIVA_COLORS } from './rka-texts';

function Block({ section, children }: { section: RkaSection; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`rka-visa-${section}`}>
      <Title order={4} id={`rka-visa-${section}`} mb="xs">
        {RKA_SECTION_LABELS[section]}
      </Title>
      {children}
    </Paper>
  );
}

const Free = ({ text, empty = 'Inte ifyllt.' }: { text: string; empty?: string }) =>
  text.trim() ? (
    <Text className="preserve-lines">{text}</Text>
  ) : (
    <Text size="sm" fs="italic">
      {empty}
    </Text>
  );

export function RkaView({ dto }: { dto: RkaDto }) {
  const c = dto.content;
  return (
    <Stack data-testid="rka-visning">
      {!dto.exists && <Text>Versionen har ingen risk- och konsekvensanalys.</Text>}
      {dto.exists && !dto.complete && dto.missing.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="rka-visa-saknas">
          <Title order={4} id="rka-visa-saknas" mb="xs">
            Analysen är inte markerad som klar. Det här saknas
          </Title>
          <List spacing={4}>
            {dto.missing.map((m, i) => (
              <List.Item key={i}>
                {RKA_SECTION_LABELS[m.section]}: {m.message}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {dto.exists && (
        <>
          <Block section="syfteOchKaraktar">
            <Free text={c.syfteOchKaraktar} />
          </Block>
          <Block section="malgruppOchAnonymitet">
            <Free text={c.malgruppOchAnonymitet} />
          </Block>
          <Block section="sarskildaSkal">
            {c.sarskildaSkal.val.length ? (
              <List>
                {c.sarskildaSkal.val.map((s) => (
                  <List.Item key={s}>{SARSKILDA_SKAL_LABELS[s]}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" fs="italic">
                Inget av lagens exempel är valt.
              </Text>
            )}
            {c.sarskildaSkal.egenText.trim() && (
              <Text className="preserve-lines" mt="xs">
                {c.sarskildaSkal.egenText}
              </Text>
            )}
          </Block>
          <Block section="behovIndividuppfoljning">
            <Free text={c.behovIndividuppfoljning} />
          </Block>
          <Block section="risker">
            {c.risker.length ? (
              <Table withTableBorder mb="md">
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>Risker</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Nr</Table.Th>
                    <Table.Th scope="col">Risk</Table.Th>
                    <Table.Th scope="col">Sannolikhet</Table.Th>
                    <Table.Th scope="col">Konsekvens</Table.Th>
                    <Table.Th scope="col">Risknivå</Table.Th>
                    <Table.Th scope="col">Åtgärd</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.risker.map((r, i) => {
                    const score = riskScore(r);
                    const niva = riskNiva(score);
                    return (
                      <Table.Tr key={i}>
                        <Table.Th scope="row">{riskId(i)}</Table.Th>
                        <Table.Td className="preserve-lines">{r.beskrivning}</Table.Td>
                        <Table.Td>
                          {r.sannolikhet} {SANNOLIKHET_LABELS[r.sannolikhet as RiskLevel]}
                        </Table.Td>
                        <Table.Td>
                          {r.konsekvens} {KONSEKVENS_LABELS[r.konsekvens as RiskLevel]}
                        </Table.Td>
                        <Table.Td style={{ background: NIVA_COLORS[niva].background, color: '#1a1b1e', fontWeight: 700 }}>
                          {RISK_NIVA_LABELS[niva]} (värde {score})
                        </Table.Td>
                        <Table.Td className="preserve-lines">{r.atgard}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            ) : (
              <Text size="sm" fs="italic" mb="md">
                Inga risker har angetts.
              </Text>
            )}
            <RiskMatrix risker={c.risker} />
          </Block>
          <Block section="barnetsBasta">
            <Free
              text={c.barnetsBasta}
              empty={dto.reachesUnder18 ? 'Inte ifyllt – krävs eftersom insatsen når barn under 18 år.' : 'Insatsen når inte barn under 18 år.'}
            />
          </Block>
          <Block section="avvagning">
            <Text fw={600}>{c.avvagning.utfall ? AVVAGNING_UTFALL_LABELS[c.avvagning.utfall] : 'Inget ställningstagande ännu.'}</Text>
            <Title order={5} mt="sm">
              Bedömning särskilda skäl
            </Title>
            <Free text={c.avvagning.text} />
          </Block>
          <Block section="avidentifieradeUppgifter">
            {c.avidentifieradeUppgifter.length ? (
              <List>
                {c.avidentifieradeUppgifter.map((u) => (
                  <List.Item key={u}>{AVIDENTIFIERADE_UPPGIFTER_LABELS[u]}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" fs="italic">
                Inga uppgifter angivna.
              </Text>
            )}
          </Block>
          <Block section="deltagare">
            <Free text={c.deltagare} />
          </Block>
          <Block section="datum">
            <Free text={c.datum} />
          </Block>
        </>
      )}
    </Stack>
  );
}
