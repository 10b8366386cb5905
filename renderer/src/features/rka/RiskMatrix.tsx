// The risk matrix (sannolikhet × konsekvens) as a table: row and column headers for screen readers, and in
// every cell the risk numbers and the band in text as well as in colour, so colour is never the only signal.
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { KONSEKVENS_LABELS, RISK_LEVELS, RISK_NIVA_LABELS, SANNOLIKHET_LABELS, riskId, riskMatrix, riskNiva, type Risk } from '../../../../shared/domain/rka';
import { NIVA_COLORS } from './rka-texts';

export function RiskMatrix({ risker }: { risker: ReadonlyArray<Pick<Risk, 'sannolikhet' | 'konsekvens' | 'beskrivning'>> }) {
  const grid = riskMatrix(risker);
  return (
    <div>
      <Table withTableBorder withColumnBorders layout="fixed" data-testid="riskmatris" aria-describedby="riskmatris-forklaring">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, marginBottom: 4 }}>
          Riskmatris: sannolikhet (rader, högst överst) × konsekvens (kolumner)
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Sannolikhet \ Konsekvens</Table.Th>
            {RISK_LEVELS.map((k) => (
              <Table.Th key={k} scope="col" ta="center">
                {k} {KONSEKVENS_LABELS[k]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...RISK_LEVELS].reverse().map((s) => (
            <Table.Tr key={s}>
              <Table.Th scope="row">
                {s} {SANNOLIKHET_LABELS[s]}
              </Table.Th>
              {RISK_LEVELS.map((k) => {
                const niva = riskNiva(s * k);
                const ids = grid[s - 1][k - 1].map(riskId);
                return (
                  <Table.Td key={k} ta="center" data-testid={`cell-${s}-${k}`} style={{ background: NIVA_COLORS[niva].background, color: '#1a1b1e' }}>
                    <Text fw={700} size="sm">
                      {ids.length ? (
                        ids.join(', ')
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <VisuallyHidden>Inga risker</VisuallyHidden>
                        </>
                      )}
                    </Text>
                    <Text size="xs">{RISK_NIVA_LABELS[niva]}</Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs" id="riskmatris-forklaring">
        Risknivån är sannolikhet × konsekvens: 1–3 låg, 4–6 medelhög, 8–9 hög, 12–16 mycket hög. Riskerna är numrerade som i listan ovan (R1, R2 …).
      </Text>
    </div>
  );
}
