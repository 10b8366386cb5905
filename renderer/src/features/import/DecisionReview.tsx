// The decision metadata the document states (Beslutande instans, Diarienummer, Giltighetstid …): the
// import records it as a decision already taken, so the insatser are gällande from their giltighetstid.
import { Checkbox, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { NoteAlert } from './NoteAlert';
import type { UseFormReturnType } from '@mantine/form';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { DateField } from '../../components/DateField';
import type { ReviewValues } from './review-form';
import { SourceText } from './SourcePanel';

export function DecisionReview({ form, proposal }: { form: UseFormReturnType<ReviewValues>; proposal: ImportProposal }) {
  const found = proposal.decision;
  const on = form.values.registreraBeslut;
  const date = (key: 'datumForBeslut' | 'giltigFran' | 'giltigTill' | 'reviderasSenast', label: string, required = false) => (
    <DateField
      label={label}
      withAsterisk={required && on}
      disabled={!on}
      value={form.values.beslut[key] ?? ''}
      onChange={(e) => form.setFieldValue(`beslut.${key}`, e.currentTarget.value || (key === 'giltigTill' || key === 'reviderasSenast' ? null : ''))}
      error={form.errors[`beslut.${key}`]}
    />
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="beslut-rubrik">
      <Stack>
        <Title order={3} size="h4" id="beslut-rubrik">
          Beslut
        </Title>
        {!found ? (
          <Text size="sm">
            Dokumentet anger inget beslut (diarienummer, datum för beslut). Du kan fylla i beslutet här, annars importeras insatserna som utkast.
          </Text>
        ) : (
          <Text size="sm">
            Dokumentet anger beslutsuppgifter. Registreras de importeras beslutet som fattat (från diariet) och insatserna blir gällande enligt giltighetstiden.
          </Text>
        )}
        {found && !found.complete && (
          <NoteAlert color="yellow" title="Beslutsuppgifterna är ofullständiga">
            Saknas: {found.missing.join(', ')}.
          </NoteAlert>
        )}
        <Checkbox
          label="Registrera beslutet från diariet"
          description="Utan beslut importeras insatserna som utkast."
          {...form.getInputProps('registreraBeslut', { type: 'checkbox' })}
        />
        <SimpleGrid cols={{ base: 1, lg: found ? 2 : 1 }} spacing="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Diarienummer" withAsterisk={on} disabled={!on} {...form.getInputProps('beslut.diarienummer')} />
            <NumberInput
              label="Paragraf (§)"
              min={1}
              disabled={!on}
              value={form.values.beslut.paragraf ?? ''}
              onChange={(v) => form.setFieldValue('beslut.paragraf', typeof v === 'number' ? v : null)}
              error={form.errors['beslut.paragraf']}
            />
            <TextInput label="Beslutande instans" withAsterisk={on} disabled={!on} {...form.getInputProps('beslut.beslutandeInstans')} />
            {date('datumForBeslut', 'Datum för beslut', true)}
            {date('giltigFran', 'Giltig från', true)}
            {date('giltigTill', 'Giltig till')}
            {date('reviderasSenast', 'Revideras senast')}
            <TextInput label="Typ av styrdokument" disabled={!on} {...form.getInputProps('beslut.typAvStyrdokument')} />
            <TextInput label="Gäller för" disabled={!on} {...form.getInputProps('beslut.gallerFor')} />
            <TextInput label="Dokumentansvarig" disabled={!on} {...form.getInputProps('beslut.dokumentansvarig')} />
          </SimpleGrid>
          {found && <SourceText label="beslutsuppgifterna" source={found.source} />}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
