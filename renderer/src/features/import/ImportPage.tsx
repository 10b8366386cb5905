// #/katalog/import: pick a catalogue document, review what it proposes, confirm.
import { useState } from 'react';
import { Anchor, Stack } from '@mantine/core';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { PageTitle } from '../../components/PageTitle';
import { PickDocument } from './PickDocument';
import { ReviewImport } from './ReviewImport';

export function ImportPage() {
  const [proposal, setProposal] = useState<ImportProposal | null>(null);
  return (
    <Stack>
      <Anchor href="#/katalog" size="sm">
        Tillbaka till katalogen
      </Anchor>
      <PageTitle>Importera katalogdokument</PageTitle>
      {proposal ? <ReviewImport key={proposal.fileName} proposal={proposal} onCancel={() => setProposal(null)} /> : <PickDocument onProposal={setProposal} />}
    </Stack>
  );
}
