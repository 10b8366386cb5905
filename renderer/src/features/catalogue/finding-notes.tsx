// Legal-check findings as notes beside the editor's fields: severity by colour, symbol and word (never by
// colour alone), the message and the legal reference. Notes are phrasing content (spans) because Mantine
// renders an input's description as a <p>; that description is also what the field's aria-describedby
// points to, so a screen reader reads the finding when the field gets focus.
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { FindingDto, VersionFindings } from '../../../../shared/api/checks-contract';
import { SEVERITY_LABELS } from '../../../../shared/api/checks-contract';
import type { InsatsContent } from '../../../../shared/domain/insats';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { noteSlot } from './finding-slots';

type Severity = FindingDto['severity'];

/** Text colours with at least 4.5:1 contrast on white and on the light tints below. */
export const SEVERITY_STYLE: Record<Severity, { symbol: string; color: string; background: string; border: string }> = {
  block: { symbol: '✖', color: '#9b1c1c', background: '#fff0f0', border: '#c92a2a' },
  warn: { symbol: '⚠', color: '#7a4100', background: '#fff6e0', border: '#e8a317' },
  info: { symbol: 'ℹ', color: '#174a7c', background: '#eef5fc', border: '#4a90d9' },
};

export function SeverityLabel({ severity, text, colon = true }: { severity: Severity; text?: string; colon?: boolean }) {
  const style = SEVERITY_STYLE[severity];
  return (
    <span style={{ color: style.color, fontWeight: 700 }}>
      <span aria-hidden="true">{style.symbol} </span>
      {text ?? SEVERITY_LABELS[severity]}
      {colon ? ':' : ''}
    </span>
  );
}

/** One finding under a field. */
export function FindingNote({ finding }: { finding: FindingDto }) {
  const style = SEVERITY_STYLE[finding.severity];
  const box: CSSProperties = {
    display: 'block',
    marginTop: 4,
    padding: '4px 8px',
    borderLeft: `4px solid ${style.border}`,
    background: style.background,
    color: '#212529',
    fontSize: 'var(--mantine-font-size-sm)',
    lineHeight: 1.45,
  };
  return (
    <span style={box} data-testid="falt-fynd" data-severity={finding.severity} data-rule={finding.ruleId}>
      <SeverityLabel severity={finding.severity} /> {finding.message} <span style={{ fontStyle: 'italic', whiteSpace: 'nowrap' }}>({finding.reference})</span>
    </span>
  );
}

/** Groups findings by the editor slot they are shown in. */
export function notesBySlot(findings: readonly FindingDto[]): Map<string, FindingDto[]> {
  const map = new Map<string, FindingDto[]>();
  for (const f of findings) {
    const slot = noteSlot(f.field);
    map.set(slot, [...(map.get(slot) ?? []), f]);
  }
  return map;
}

/** The fieldNotes function the editor takes. */
export function fieldNotesFrom(findings: readonly FindingDto[]): (field: string) => ReactNode {
  const bySlot = notesBySlot(findings);
  return (field) => {
    const list = bySlot.get(field);
    if (!list || list.length === 0) return null;
    return (
      <span style={{ display: 'block' }}>
        {list.map((f, i) => (
          <FindingNote key={`${f.ruleId}-${f.field}-${i}`} finding={f} />
        ))}
      </span>
    );
  };
}

export interface LiveFindings {
  result: VersionFindings | null;
  /** The content currently typed cannot be checked (a field is invalid); the notes are from before. */
  stale: boolean;
  /** A check is on its way. */
  checking: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 350;

/**
 * Checks `content` as the content of the version, debounced while the user types, and again when
 * `revision` changes (e.g. a dismissal elsewhere on the page). Answers that arrive out of order are
 * ignored: only the latest content's findings are shown.
 */
export function useLiveFindings(versionId: number, content: InsatsContent, revision = 0): LiveFindings {
  const [state, setState] = useState<LiveFindings>({ result: null, stale: false, checking: true, error: null });
  const sequence = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    const mine = ++sequence.current;
    setState((s) => ({ ...s, checking: true }));
    // The first check runs at once, so the notes are there when the editor opens.
    const delay = first.current ? 0 : DEBOUNCE_MS;
    first.current = false;
    const timer = window.setTimeout(() => {
      api('findings/preview', { versionId, content }).then(
        (result) => {
          if (mine === sequence.current) setState({ result, stale: false, checking: false, error: null });
        },
        (e: unknown) => {
          if (mine !== sequence.current) return;
          if (e instanceof ApiCallError && e.error.code === 'invalid_input') setState((s) => ({ ...s, stale: true, checking: false }));
          else setState((s) => ({ ...s, checking: false, error: errorMessage(e) }));
        },
      );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [versionId, content, revision]);

  return state;
}
