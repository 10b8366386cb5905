// What the current person's role lets them do (session/info), for disabling what it does not: a control
// the role may not use is disabled and says why beside it. The database refuses such a write regardless;
// this only spares the user a refusal. Until session/info has answered, nothing is disabled.
import { createContext, useContext, useId, type ReactNode } from 'react';
import { Text } from '@mantine/core';
import type { Atgard } from '../../../../shared/domain/roles';
import type { Output } from '../../../../shared/api/contract';

export type SessionInfo = Output<'session/info'>;

export const SessionContext = createContext<SessionInfo | null>(null);

/** null when the role may take the action, else the Swedish reason it may not. */
export function useCan(action: Atgard): { allowed: boolean; reason: string | null } {
  const session = useContext(SessionContext);
  const reason = session?.behorigheter[action] ?? null;
  return { allowed: reason === null, reason };
}

/** Props for the gated control: disabled and described by the reason when the role may not. */
export interface GateProps {
  disabled?: boolean;
  'aria-describedby'?: string;
}

/**
 * Renders the control through `children` with GateProps, and the reason after it when the role may not
 * take the action. `disabled` adds the control's own reasons to be disabled (busy, nothing to save).
 */
export function RoleGate({
  action,
  disabled,
  describedBy,
  children,
}: {
  action: Atgard;
  disabled?: boolean;
  /** The control's own description, kept beside the reason. */
  describedBy?: string;
  children: (props: GateProps) => ReactNode;
}) {
  const id = useId();
  const { reason } = useCan(action);
  const props: GateProps = reason
    ? { disabled: true, 'aria-describedby': describedBy ? `${describedBy} ${id}` : id }
    : { disabled, 'aria-describedby': describedBy };
  return (
    <>
      {children(props)}
      {reason && (
        <Text size="xs" c="gray.8" id={id} className="role-reason">
          {reason}
        </Text>
      )}
    </>
  );
}
