// #/katalog/import: pick a catalogue document, review what it proposes (and say what the import did not
// recognise, which re-reads it), confirm.
import { useState } from 'react';
import { Anchor, Stack } from '@mantine/core';
import type { UploadedFile } from '../../../../shared/api/files';
import { EMPTY_PROFILE, isEmptyProfile, type ImportProfile } from '../../../../shared/import/import-profile';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { api, errorMessage } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { MappingPanel } from './MappingPanel';
import { PickDocument } from './PickDocument';
import { ReviewImport } from './ReviewImport';

interface Reading {
  proposal: ImportProposal;
  file: UploadedFile;
  profile: ImportProfile;
  /** The kommun whose saved profile the first reading applied. */
  appliedKommun: string | null;
  /** Raised on every re-reading, so the review starts over from the new proposal. */
  revision: number;
  /** Each unknown label's spelling as first seen (a mapped label is no longer in the proposal's list). */
  labelNames: Map<string, string>;
}

const namesFrom = (proposal: ImportProposal, names = new Map<string, string>()) => {
  const out = new Map(names);
  for (const u of proposal.unknownLabels) if (!out.has(u.key)) out.set(u.key, u.label);
  return out;
};

export function ImportPage() {
  const [reading, setReading] = useState<Reading | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remap(profile: ImportProfile) {
    if (!reading) return;
    setBusy(true);
    setError(null);
    try {
      const proposal = await api('import/parse', { file: reading.file, profile });
      setReading({ ...reading, proposal, profile, revision: reading.revision + 1, labelNames: namesFrom(proposal, reading.labelNames) });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const profileToSave = (r: Reading) => {
    const kommun = r.proposal.kommun || r.appliedKommun || '';
    if (!kommun || (isEmptyProfile(r.profile) && !r.appliedKommun)) return undefined;
    return { kommun, profile: r.profile };
  };

  return (
    <Stack>
      <Anchor href="#/katalog" size="sm">
        Tillbaka till katalogen
      </Anchor>
      <PageTitle>Importera katalogdokument</PageTitle>
      {reading ? (
        <ReviewImport
          key={`${reading.proposal.fileName}:${reading.revision}`}
          proposal={reading.proposal}
          profile={profileToSave(reading)}
          mapping={
            <>
              <MappingPanel
                proposal={reading.proposal}
                profile={reading.profile}
                appliedKommun={reading.appliedKommun}
                labelNames={reading.labelNames}
                busy={busy}
                onChange={remap}
              />
              <ErrorAlert message={error} title="Dokumentet kunde inte läsas om" />
            </>
          }
          onCancel={() => setReading(null)}
        />
      ) : (
        <PickDocument
          onProposal={(proposal, file) =>
            setReading({
              proposal,
              file,
              profile: proposal.appliedProfile?.profile ?? EMPTY_PROFILE,
              appliedKommun: proposal.appliedProfile?.kommun ?? null,
              revision: 0,
              labelNames: namesFrom(proposal),
            })
          }
        />
      )}
    </Stack>
  );
}
