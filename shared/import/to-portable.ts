// The reviewed proposal → the portable catalogue that the import writes: only the insatser kept, the
// proposal's own notes (source, recognised, warnings) left behind, the decision only when complete.
import type { PortableBeslut, PortableCatalogue, PortableInsats } from '../domain/portable';
import { PORTABLE_FORMAT, portableBeslutSchema } from '../domain/portable';
import { organisationOf } from './grouping';
import type { BeslutDraft, ParsedCatalogue, ProposedInsats } from './proposal';

export function toPortableInsats(i: ProposedInsats): PortableInsats {
  return { nummer: i.nummer, sektor: i.sektor, enhet: i.enhet, kategori: i.kategori, content: i.content, bedomningSarskildaSkal: i.bedomningSarskildaSkal };
}

/** The decision as the import records it, or null while a required field is missing or malformed. */
export function beslutFromDraft(draft: BeslutDraft | null | undefined): PortableBeslut | null {
  if (!draft) return null;
  const parsed = portableBeslutSchema.safeParse({ ...draft, giltigTill: draft.giltigTill || null, reviderasSenast: draft.reviderasSenast || null });
  return parsed.success && parsed.data.diarienummer.trim() && parsed.data.beslutandeInstans.trim() ? parsed.data : null;
}

export interface ReviewChoices {
  /** The insatser to import, as the user edited them. */
  insatser: readonly ProposedInsats[];
  /** The decision to record, or null to import the insatser as utkast. */
  beslut: PortableBeslut | null;
}

export function toPortableCatalogue(proposal: Pick<ParsedCatalogue, 'titel' | 'kommun' | 'namnd'>, choices: ReviewChoices): PortableCatalogue {
  const insatser = choices.insatser.map(toPortableInsats);
  const { sektorer, kategorier } = organisationOf(insatser);
  return {
    format: PORTABLE_FORMAT,
    kommun: proposal.kommun,
    namnd: proposal.namnd,
    titel: proposal.titel.slice(0, 300),
    beslut: choices.beslut,
    sektorer,
    kategorier,
    insatser,
  };
}

/** Everything as proposed: all insatser, the decision when the document states it completely. */
export function proposalAsCatalogue(proposal: ParsedCatalogue): PortableCatalogue {
  return toPortableCatalogue(proposal, { insatser: proposal.insatser, beslut: beslutFromDraft(proposal.decision?.draft) });
}
