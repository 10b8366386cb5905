// Export: the catalogue document, the utförare checklist, the public text and open data; the document's title
// and introduction; and the import of an open-data JSON file into an empty catalogue.
import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { ExportDocumentForm } from './ExportDocumentForm';
import { IntroductionEditor } from './IntroductionEditor';
import { OpenDataImport } from './OpenDataImport';

export function ExportPage(_props: { route: string[] }) {
  // Bumped when the catalogue or its texts change, so the summary and the editor read them again.
  const [generation, setGeneration] = useState(0);
  const changed = () => setGeneration((g) => g + 1);
  return (
    <Stack gap="xl">
      <div>
        <PageTitle>Export</PageTitle>
        <Text maw={760}>
          Skriv ut katalogen för nämnden, en checklista för utförarna, text för kommunens webbplats eller katalogen som öppna data. Allt görs från katalogens
          uppgifter, antingen så som katalogen gällde enligt beslut på ett visst datum eller som utkast till nästa revision.
        </Text>
      </div>
      <ExportDocumentForm generation={generation} />
      <IntroductionEditor generation={generation} onSaved={changed} />
      <OpenDataImport onImported={changed} />
    </Stack>
  );
}
