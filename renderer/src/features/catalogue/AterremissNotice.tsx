// On the version being reworked: why the nämnd sent it back ("Återremitterad 2025-10-14 § 38: Villkoren ska
// förtydligas …"), where the förvaltning works on it, not only in Historik.
import { Alert } from '@mantine/core';
import { api } from '../../api/client';
import { useApiData } from '../../components/useApiData';

export function AterremissNotice({ versionId }: { versionId: number }) {
  const data = useApiData(() => api('beslut/forVersion', { versionId }), [versionId]);
  // The rows are newest first: the latest återremiss is the one being answered.
  const latest = data.data?.covering ? undefined : data.data?.arenden.find((a) => a.utfall === 'aterremiss');
  if (!latest) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={`Återremitterad ${latest.sammantradesdatum ?? ''} – ${latest.beteckning}`.trim()}
      data-testid="aterremiss-skal"
    >
      Nämndens skäl: {latest.motivering || 'inget skäl angivet i beslutet.'}
    </Alert>
  );
}
