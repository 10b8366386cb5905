// The draft editor with the legal checks running as the user types: each finding is shown under its
// field, and a short summary above the form says whether anything blocks "Redo för beslut".
import { useEffect, useMemo, useState } from 'react';
import { Alert, Text } from '@mantine/core';
import type { VersionDto } from '../../../../shared/api/catalogue-contract';
import type { FindingDto } from '../../../../shared/api/checks-contract';
import type { InsatsContent } from '../../../../shared/domain/insats';
import { InsatsEditor } from './InsatsEditor';
import { FindingNote, fieldNotesFrom, useLiveFindings } from './finding-notes';
import { TOP_SLOT, noteSlot } from './finding-slots';
import { checksChanged, setUnsaved, useChecksRevision } from './version-state';

/** JSON with sorted keys, so the order in which the form rebuilt an object does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
const same = (a: InsatsContent, b: InsatsContent) => canonical(a) === canonical(b);

// One empty list for every render, so that the memoised notes are not recomputed while nothing is loaded.
const NO_FINDINGS: FindingDto[] = [];

export function CheckedInsatsEditor({ version, onSaved }: { version: VersionDto; onSaved(v: VersionDto): void }) {
  const [content, setContent] = useState<InsatsContent>(version.content);
  const [saved, setSaved] = useState<InsatsContent>(version.content);
  const revision = useChecksRevision(version.versionId);
  const live = useLiveFindings(version.versionId, content, revision);
  const findings = live.result?.findings ?? NO_FINDINGS;
  const fieldNotes = useMemo(() => fieldNotesFrom(findings), [findings]);

  useEffect(() => {
    setUnsaved(version.versionId, !same(content, saved));
  }, [version.versionId, content, saved]);
  useEffect(() => () => setUnsaved(version.versionId, false), [version.versionId]);

  return (
    <InsatsEditor
      version={version}
      fieldNotes={fieldNotes}
      onValuesChange={setContent}
      onSaved={(v) => {
        setSaved(v.content);
        checksChanged(v.versionId);
        onSaved(v);
      }}
    >
      <LiveSummary findings={findings} stale={live.stale} error={live.error} loaded={live.result !== null} />
    </InsatsEditor>
  );
}

function count(findings: readonly FindingDto[], severity: FindingDto['severity']) {
  return findings.filter((f) => f.severity === severity).length;
}

function LiveSummary({ findings, stale, error, loaded }: { findings: FindingDto[]; stale: boolean; error: string | null; loaded: boolean }) {
  const blocks = count(findings, 'block');
  const warns = count(findings, 'warn');
  const infos = count(findings, 'info');
  const top = findings.filter((f) => noteSlot(f.field) === TOP_SLOT);
  const parts = [
    blocks > 0 ? `${blocks} ${blocks === 1 ? 'spärr' : 'spärrar'}` : null,
    warns > 0 ? `${warns} ${warns === 1 ? 'varning' : 'varningar'}` : null,
    infos > 0 ? `${infos} information` : null,
  ].filter(Boolean);
  const color = blocks > 0 ? 'red' : warns > 0 ? 'orange' : 'green';
  return (
    <Alert
      color={color}
      variant="light"
      title="Kontroll mot socialtjänstlagen"
      data-testid="live-kontroll"
      styles={{ title: { color: '#212529' }, message: { color: '#212529' } }}
    >
      <Text size="sm" role="status">
        {!loaded ? 'Kontrollerar…' : parts.length === 0 ? 'Inga anmärkningar just nu.' : `${parts.join(', ')}. Anmärkningarna står under fälten de gäller.`}
        {blocks > 0 &&
          ' En spärr måste rättas (eller, när regeln tillåter det, avfärdas med motivering under Lagkontroll) innan förslaget kan markeras redo för beslut.'}
      </Text>
      {stale && (
        <Text size="sm" mt={4}>
          Kontrollen visar läget före din senaste ändring: rätta de markerade fälten så kontrolleras det du skrivit.
        </Text>
      )}
      {error && (
        <Text size="sm" mt={4}>
          Kontrollen kunde inte göras: {error}
        </Text>
      )}
      {top.map((f, i) => (
        <FindingNote key={i} finding={f} />
      ))}
    </Alert>
  );
}
