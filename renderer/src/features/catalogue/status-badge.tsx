import { Badge } from '@mantine/core';
import { STATUS_LABELS, type VersionStatus } from '../../../../shared/domain/status';
import './catalogue.css';

const COLORS: Record<VersionStatus, string> = {
  utkast: 'gray',
  forslag: 'blue',
  redo_for_beslut: 'cyan',
  beslutad: 'teal',
  gallande: 'green',
  ersatt: 'gray',
  upphavd: 'red',
  utgangen: 'orange',
  aterremitterad: 'yellow',
  avslagen: 'red',
};

// Dark text on light badges keeps contrast at AA for every status colour.
export function StatusBadge({ status, label }: { status: VersionStatus; label?: string }) {
  return (
    <Badge color={COLORS[status]} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
      {label ?? STATUS_LABELS[status]}
    </Badge>
  );
}
