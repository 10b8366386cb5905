// The lifecycle of one insats version as an explicit state machine (docs/domain.md, "En versions livscykel"):
//
//   utkast ──Lämna som förslag──▶ forslag ──Markera redo för beslut──▶ redo_for_beslut
//     ▲                             │                                   │  │  │
//     └──────Återta till utkast─────┘◀──────────Återta till utkast──────┘  │  │
//                                                                          │  ├─ Återremittera ─▶ aterremitterad ─Lämna som förslag─▶ forslag
//                                                                          │  └─ Avslå ─────────▶ avslagen (final)
//                                                                          └─ Bifall ──▶ beslutad ─▶ gallande ─▶ ersatt / upphavd / utgangen (final)
//
// Decisions made here:
// - återremitterad is edited in place (it is in EDITABLE_STATUSES) and goes back to förslag with the
//   same requirements as a new proposal; it does not pass through utkast.
// - redo för beslut can be taken back to utkast for editing (forslag is not editable, so going back to
//   förslag would not help).
// - The nämnd's decision (beslutad/återremitterad/avslagen) is recorded only from redo för beslut. The
//   findings are not re-checked at that point: the version cannot change while it awaits the decision,
//   and the app records what the nämnd decided.
// - ersatt, upphävd and utgången are transitions only from gällande. A decided version that never came
//   into force is shown as ersatt/upphävd by `statusOnDate`, which derives the displayed status from the
//   dates; it is not a stored transition.
import type { InsatsContent } from './insats';
import { STATUS_LABELS, type VersionStatus } from './status';

/** Who or what moves a version: the official, the nämnd's decision, or the calendar. */
export type TransitionTrigger = 'user' | 'decision' | 'date';

export interface Transition {
  from: VersionStatus;
  to: VersionStatus;
  /** Swedish action label, e.g. for a button. */
  label: string;
  trigger: TransitionTrigger;
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'utkast', to: 'forslag', label: 'Lämna som förslag', trigger: 'user' },
  { from: 'forslag', to: 'utkast', label: 'Återta till utkast', trigger: 'user' },
  { from: 'forslag', to: 'redo_for_beslut', label: 'Markera redo för beslut', trigger: 'user' },
  { from: 'redo_for_beslut', to: 'utkast', label: 'Återta till utkast', trigger: 'user' },
  { from: 'redo_for_beslut', to: 'beslutad', label: 'Registrera beslut (bifall)', trigger: 'decision' },
  { from: 'redo_for_beslut', to: 'aterremitterad', label: 'Återremittera', trigger: 'decision' },
  { from: 'redo_for_beslut', to: 'avslagen', label: 'Avslå', trigger: 'decision' },
  { from: 'aterremitterad', to: 'forslag', label: 'Lämna som förslag', trigger: 'user' },
  { from: 'beslutad', to: 'gallande', label: 'Börjar gälla', trigger: 'date' },
  { from: 'gallande', to: 'ersatt', label: 'Ersätts av ny version', trigger: 'date' },
  { from: 'gallande', to: 'upphavd', label: 'Upphäv', trigger: 'decision' },
  { from: 'gallande', to: 'utgangen', label: 'Giltighetstiden går ut', trigger: 'date' },
];

/** Statuses with no way out. */
export const FINAL_STATUSES: readonly VersionStatus[] = ['avslagen', 'ersatt', 'upphavd', 'utgangen'];

export function findTransition(from: VersionStatus, to: VersionStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function canTransition(from: VersionStatus, to: VersionStatus): boolean {
  return findTransition(from, to) !== undefined;
}

/** The transitions available from a status, in the order of TRANSITIONS. */
export function transitionsFrom(from: VersionStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from);
}

/** Only the severity matters here; structurally compatible with the rule engine's Finding. */
export interface FindingLike {
  severity: 'block' | 'warn' | 'info';
  message: string;
}

export type TransitionCheck = { ok: true } | { ok: false; reasons: string[] };

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * Whether the version may move from `from` to `to`, with Swedish reasons when not.
 * - to förslag: the insats has a name, and when an earlier version exists, an ändringssammanfattning;
 * - to redo för beslut: no blocking findings (each blocking finding is one reason), and the same as förslag;
 * - everything else: only that the transition exists.
 */
export function checkTransition(args: {
  from: VersionStatus;
  to: VersionStatus;
  findings: readonly FindingLike[];
  content: Pick<InsatsContent, 'namn' | 'andringssammanfattning'>;
  previousVersionExists: boolean;
}): TransitionCheck {
  const { from, to, findings, content, previousVersionExists } = args;
  if (!canTransition(from, to)) {
    const allowed = transitionsFrom(from).map((t) => `”${STATUS_LABELS[t.to]}”`);
    return {
      ok: false,
      reasons: [
        `Det går inte att gå från ”${STATUS_LABELS[from]}” till ”${STATUS_LABELS[to]}”.` +
          (allowed.length > 0 ? ` Möjliga steg: ${allowed.join(', ')}.` : ` ”${STATUS_LABELS[from]}” är ett slutläge.`),
      ],
    };
  }

  const reasons: string[] = [];
  if (to === 'forslag' || to === 'redo_for_beslut') {
    if (blank(content.namn)) reasons.push('Insatsen måste ha ett namn.');
    if (previousVersionExists && blank(content.andringssammanfattning)) {
      reasons.push('Skriv en ändringssammanfattning: vad som ändrats jämfört med föregående version.');
    }
  }
  if (to === 'redo_for_beslut') {
    for (const f of findings) {
      if (f.severity === 'block') reasons.push(f.message);
    }
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/**
 * The status a decided version has on `today` (YYYY-MM-DD, passed in, never read from a clock; dates
 * compare as strings). Only 'beslutad' and 'gallande' are date-dependent; any other stored status is
 * returned unchanged. In order:
 * 1. revoked → upphavd;
 * 2. superseded (a later version is in force) → ersatt, also when this one never came into force or its
 *    own validity has ended too: that a successor exists is the more useful fact for readers;
 * 3. no giltigFran, or today before it → beslutad;
 * 4. today after giltigTill (the last valid day) → utgangen;
 * 5. otherwise gallande.
 */
export function statusOnDate(a: {
  decidedStatus: VersionStatus;
  giltigFran: string | null;
  giltigTill: string | null;
  today: string;
  superseded: boolean;
  revoked: boolean;
}): VersionStatus {
  if (a.decidedStatus !== 'beslutad' && a.decidedStatus !== 'gallande') return a.decidedStatus;
  if (a.revoked) return 'upphavd';
  if (a.superseded) return 'ersatt';
  if (!a.giltigFran || a.today < a.giltigFran) return 'beslutad';
  if (a.giltigTill && a.today > a.giltigTill) return 'utgangen';
  return 'gallande';
}
