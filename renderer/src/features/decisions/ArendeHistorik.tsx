// The ärende's handling by the nämnd, one line per beslut: "2025-09-16 § 37 – Återremiss: Villkoren behöver
// förtydligas." An återremiss keeps its own § and protocol: it can be corrected until that protocol is justerat,
// and its protokollsutdrag is the extract of that §.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { UTFALL_LABELS, type ArendeDto, type BeslutDto } from '../../../../shared/api/decisions-contract';
import { DocumentButtons } from './DocumentButtons';

export function historikRad(b: BeslutDto): string {
  const where = `${b.sammantradesdatum ?? b.beslutsdatum}${b.paragraf !== null ? ` § ${b.paragraf}` : ''}`;
  const reason = b.motivering.trim();
  return `${where} – ${UTFALL_LABELS[b.utfall]}${reason ? `: ${reason}` : '.'}`;
}

export function ArendeHistorik({ arende, onCorrect }: { arende: ArendeDto; onCorrect(beslut: BeslutDto): void }) {
  const headingId = `arende-${arende.id}-historik`;
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={5} id={headingId}>
        Behandling i nämnden
      </Title>
      <Stack component="ol" gap={6} m={0} pl="lg" data-testid="arende-historik">
        {arende.historik.map((b) => (
          <li key={b.id}>
            <Text size="sm" className="preserve-lines">
              {historikRad(b)}
            </Text>
            {b.utfall === 'aterremiss' && (
              <Group gap="xs" mt={2}>
                {b.lasst ? (
                  <Text size="xs">Låst: protokollet {b.sammantradesdatum ?? ''} är justerat.</Text>
                ) : (
                  <Button size="compact-xs" variant="default" onClick={() => onCorrect(b)} aria-label={`Rätta återremissen ${b.beteckning}`}>
                    Rätta återremissen
                  </Button>
                )}
                {b.sammantradeId !== null && <DocumentButtons arende={arende} beslut={b} />}
              </Group>
            )}
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
