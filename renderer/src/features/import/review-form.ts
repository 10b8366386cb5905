// The review as one form: every proposed insats (kept or not, as edited) and the decision metadata.
// Validation uses the same zod schemas the main process applies on confirm.
import { portableBeslutSchema, portableInsatsContentSchema } from '../../../../shared/domain/portable';
import { shortText } from '../../../../shared/domain/insats';
import type { BeslutDraft, ImportProposal, ProposedInsats } from '../../../../shared/import/proposal';
import { beslutFromDraft, toPortableCatalogue } from '../../../../shared/import/to-portable';
import type { PortableCatalogue } from '../../../../shared/domain/portable';

export interface ReviewInsats extends ProposedInsats {
  include: boolean;
  /** Whether the name's spelling is settled: false while the text and the table of contents disagree and no choice is made. */
  stavningVald: boolean;
  /** The name as the heading in the text spells it (content.namn may since have become the TOC's spelling). */
  textNamn: string;
}

export interface ReviewValues {
  insatser: ReviewInsats[];
  registreraBeslut: boolean;
  beslut: BeslutDraft;
  /** The document names another kommun than the catalogue's (warning other_kommun): true once the user confirms. */
  annanKommunBekraftad: boolean;
}

const EMPTY_BESLUT: BeslutDraft = {
  typAvStyrdokument: '',
  beslutandeInstans: '',
  datumForBeslut: '',
  diarienummer: '',
  paragraf: null,
  gallerFor: '',
  giltigFran: '',
  giltigTill: null,
  reviderasSenast: null,
  dokumentansvarig: '',
};

export function initialReview(proposal: ImportProposal): ReviewValues {
  const duplicate = proposal.warnings.some((w) => w.code === 'duplicate_diarienummer');
  return {
    insatser: proposal.insatser.map((i) => ({ ...i, include: true, stavningVald: !i.tocName, textNamn: i.content.namn })),
    registreraBeslut: Boolean(proposal.decision?.complete) && !duplicate,
    beslut: proposal.decision?.draft ?? EMPTY_BESLUT,
    annanKommunBekraftad: !proposal.warnings.some((w) => w.code === 'other_kommun'),
  };
}

export function validateReview(values: ReviewValues): Record<string, string> {
  const errors: Record<string, string> = {};
  values.insatser.forEach((insats, index) => {
    if (!insats.include) return;
    if (!insats.stavningVald) errors[`insatser.${index}.stavning`] = 'Välj stavningen av namnet: som i texten eller som i innehållsförteckningen.';
    const content = portableInsatsContentSchema.safeParse(insats.content);
    if (!content.success) for (const issue of content.error.issues) errors[`insatser.${index}.content.${issue.path.join('.')}`] ??= issue.message;
    for (const key of ['sektor', 'enhet', 'kategori'] as const) {
      const checked = shortText.nullable().safeParse(insats[key]);
      if (!checked.success) errors[`insatser.${index}.${key}`] = checked.error.issues[0].message;
    }
  });
  if (!values.insatser.some((i) => i.include)) errors.insatser = 'Välj minst en insats att importera.';
  if (!values.annanKommunBekraftad) errors.annanKommun = 'Bekräfta att dokumentet ska importeras till den här katalogen, eller avbryt.';
  if (values.registreraBeslut) {
    const beslut = portableBeslutSchema.safeParse({
      ...values.beslut,
      giltigTill: values.beslut.giltigTill || null,
      reviderasSenast: values.beslut.reviderasSenast || null,
    });
    if (!beslut.success) for (const issue of beslut.error.issues) errors[`beslut.${issue.path.join('.')}`] ??= issue.message;
    if (!values.beslut.diarienummer.trim()) errors['beslut.diarienummer'] = 'Ange diarienummer.';
    if (!values.beslut.beslutandeInstans.trim()) errors['beslut.beslutandeInstans'] = 'Ange beslutande instans.';
  }
  return errors;
}

/** Insatser (by index) that have an error, for opening them and naming them in the summary. */
export function insatserWithErrors(errors: Record<string, unknown>): number[] {
  return [
    ...new Set(
      Object.keys(errors)
        .flatMap((k) => /^insatser\.(\d+)\./.exec(k)?.[1] ?? [])
        .map(Number),
    ),
  ].sort((a, b) => a - b);
}

export function reviewedCatalogue(proposal: ImportProposal, values: ReviewValues): PortableCatalogue {
  // Blank grouping fields mean "none", as in the portable format.
  const insatser = values.insatser
    .filter((i) => i.include)
    .map((i) => ({ ...i, sektor: i.sektor?.trim() || null, enhet: i.enhet?.trim() || null, kategori: i.kategori?.trim() || null }));
  return toPortableCatalogue(proposal, { insatser, beslut: values.registreraBeslut ? beslutFromDraft(values.beslut) : null });
}

export const insatsLabel = (i: Pick<ProposedInsats, 'nummer' | 'content'>) => `${i.nummer ? `${i.nummer} ` : ''}${i.content.namn || '(namn saknas)'}`;
