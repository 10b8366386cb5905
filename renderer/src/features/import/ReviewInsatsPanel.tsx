// One proposed insats: its fields, editable, beside the source text it came from.
import { Button, Checkbox, Fieldset, Group, NumberInput, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { NoteAlert } from './NoteAlert';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import {
  DOKUMENTATION_LABELS,
  DOKUMENTATION_REGIMES,
  emptyVillkor,
  UPPFOLJNING_LABELS,
  UPPFOLJNING_TYPES,
  VILLKOR_LABELS,
  VILLKOR_TYPES,
  type Villkor,
} from '../../../../shared/domain/insats';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { insatsLabel, type ReviewValues } from './review-form';
import { RecognitionLists, SourceText } from './SourcePanel';

type Form = UseFormReturnType<ReviewValues>;

const toNumber = (v: number | string) => (typeof v === 'number' ? v : null);

export function ReviewInsatsPanel({ form, index, grouping }: { form: Form; index: number; grouping: ImportProposal['grouping'] }) {
  const insats = form.values.insatser[index];
  const path = `insatser.${index}`;
  const label = insatsLabel(insats);
  const c = insats.content;
  const ages = c.malgruppAlder;
  const setAges = (min: number | null, max: number | null) =>
    form.setFieldValue(`${path}.content.malgruppAlder`, min === null && max === null ? null : { min, max });

  return (
    <Stack>
      <Checkbox
        label={`Ta med ${label} i importen`}
        checked={insats.include}
        onChange={(e) => form.setFieldValue(`${path}.include`, e.currentTarget.checked)}
      />
      {insats.empty && (
        <NoteAlert color="yellow" title="Ingen text i dokumentet">
          Rubriken har ingen text under sig. Inget har fyllts i; komplettera insatsen efter importen eller välj bort den.
        </NoteAlert>
      )}
      {insats.tocName && (
        // The import waits for a choice: either spelling may be the typo ("Vrättningsförebyggande").
        <Radio.Group
          label="Stavningen skiljer sig från innehållsförteckningen – välj den som är rätt"
          withAsterisk
          value={insats.stavningVald ? (c.namn === insats.tocName ? 'toc' : 'text') : null}
          onChange={(value) => {
            form.setFieldValue(`${path}.content.namn`, value === 'toc' ? insats.tocName! : insats.textNamn);
            form.setFieldValue(`${path}.stavningVald`, true);
          }}
          error={form.errors[`${path}.stavning`]}
        >
          <Stack gap={4} mt={4}>
            <Radio value="text" label={`”${insats.textNamn}”, som rubriken i texten`} />
            <Radio value="toc" label={`”${insats.tocName}”, som innehållsförteckningen`} />
          </Stack>
        </Radio.Group>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack aria-label={`Förslag för ${label}`} role="group">
          <Title order={4} size="h5">
            Förslag
          </Title>
          <TextInput label="Namn" withAsterisk {...form.getInputProps(`${path}.content.namn`)} />
          {grouping === 'sektor' ? (
            <SimpleGrid cols={2}>
              <TextInput
                label="Sektor"
                value={insats.sektor ?? ''}
                onChange={(e) => form.setFieldValue(`${path}.sektor`, e.currentTarget.value)}
                error={form.errors[`${path}.sektor`]}
              />
              <TextInput
                label="Enhet"
                value={insats.enhet ?? ''}
                onChange={(e) => form.setFieldValue(`${path}.enhet`, e.currentTarget.value)}
                error={form.errors[`${path}.enhet`]}
              />
            </SimpleGrid>
          ) : (
            <TextInput
              label="Kategori"
              value={insats.kategori ?? ''}
              onChange={(e) => form.setFieldValue(`${path}.kategori`, e.currentTarget.value)}
              error={form.errors[`${path}.kategori`]}
            />
          )}
          <Group grow>
            <NumberInput label="Målgruppens ålder från" min={0} max={120} value={ages?.min ?? ''} onChange={(v) => setAges(toNumber(v), ages?.max ?? null)} />
            <NumberInput
              label="till och med"
              min={0}
              max={120}
              value={ages?.max ?? ''}
              onChange={(v) => setAges(ages?.min ?? null, toNumber(v))}
              error={form.errors[`${path}.content.malgruppAlder.max`] ?? form.errors[`${path}.content.malgruppAlder`]}
            />
          </Group>
          <VillkorList form={form} index={index} label={label} />
          <SimpleGrid cols={1}>
            <Select
              label="Dokumentation"
              allowDeselect={false}
              data={DOKUMENTATION_REGIMES.map((r) => ({ value: r, label: DOKUMENTATION_LABELS[r] }))}
              {...form.getInputProps(`${path}.content.dokumentation.regim`)}
            />
            <Select
              label="Uppföljning"
              clearable
              data={UPPFOLJNING_TYPES.map((t) => ({ value: t, label: UPPFOLJNING_LABELS[t] }))}
              value={c.uppfoljning.typ}
              onChange={(v) => form.setFieldValue(`${path}.content.uppfoljning.typ`, (v as (typeof UPPFOLJNING_TYPES)[number] | null) ?? null)}
            />
          </SimpleGrid>
          {c.metoder.length > 0 && (
            <Text size="sm">
              <strong>Metoder:</strong> {c.metoder.map((m) => (m.omfattning ? `${m.namn} (${m.omfattning})` : m.namn)).join('; ')}
            </Text>
          )}
          <Text size="sm">Innehåll, motiveringar och övrig text följer med som de står och kan redigeras i katalogen efter importen.</Text>
        </Stack>
        <Stack>
          <SourceText label={label} source={insats.source} />
          <RecognitionLists insats={insats} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function VillkorList({ form, index, label }: { form: Form; index: number; label: string }) {
  const path = `insatser.${index}.content.villkor`;
  const villkor = form.values.insatser[index].content.villkor;
  const [typ, setTyp] = useState<string | null>('alder');
  return (
    <Fieldset legend={`Villkor (${villkor.length})`}>
      <Stack gap="sm">
        {villkor.length === 0 && <Text size="sm">Inga villkor.</Text>}
        {villkor.map((v, k) => (
          <Paper key={k} withBorder p="xs">
            <Stack gap={6}>
              <Select
                label={`Villkor ${k + 1}, typ`}
                allowDeselect={false}
                data={VILLKOR_TYPES.map((t) => ({ value: t, label: VILLKOR_LABELS[t] }))}
                {...form.getInputProps(`${path}.${k}.typ`)}
              />
              {v.typ === 'alder' && (
                <Group grow>
                  <NumberInput
                    label="Från ålder"
                    min={0}
                    max={120}
                    value={v.alderMin ?? ''}
                    onChange={(x) => form.setFieldValue(`${path}.${k}.alderMin`, toNumber(x))}
                  />
                  <NumberInput
                    label="Till och med ålder"
                    min={0}
                    max={120}
                    value={v.alderMax ?? ''}
                    onChange={(x) => form.setFieldValue(`${path}.${k}.alderMax`, toNumber(x))}
                    error={form.errors[`${path}.${k}.alderMax`]}
                  />
                </Group>
              )}
              {v.typ === 'folkbokford' && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label="Kommun" {...form.getInputProps(`${path}.${k}.kommun`)} />
                  <TextInput label="Undantag" {...form.getInputProps(`${path}.${k}.undantag`)} />
                </SimpleGrid>
              )}
              {v.typ === 'tidigareInsats' && <TextInput label="Insats som personen ska ha haft" {...form.getInputProps(`${path}.${k}.tidigareInsats`)} />}
              {v.typ === 'dokument' && <TextInput label="Dokument att visa upp" {...form.getInputProps(`${path}.${k}.dokument`)} />}
              <Textarea label="Villkor (text)" autosize minRows={1} {...form.getInputProps(`${path}.${k}.text`)} />
              <Button variant="default" size="xs" w="fit-content" onClick={() => form.removeListItem(path, k)}>
                Ta bort villkor {k + 1} för {label}
              </Button>
            </Stack>
          </Paper>
        ))}
        <Group align="flex-end">
          <Select
            label="Nytt villkor av typen"
            data={VILLKOR_TYPES.map((t) => ({ value: t, label: VILLKOR_LABELS[t] }))}
            value={typ}
            onChange={setTyp}
            allowDeselect={false}
          />
          <Button variant="light" onClick={() => typ && form.insertListItem(path, emptyVillkor(typ as Villkor['typ']))}>
            Lägg till villkor
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
