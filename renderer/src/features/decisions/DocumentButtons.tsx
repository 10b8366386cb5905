// Export of the ärende's documents (tjänsteskrivelse, protokollsutdrag) – wired when exports land.
import type { ArendeDto } from '../../../../shared/api/decisions-contract';

export function DocumentButtons(_props: { arende: ArendeDto }) {
  return null;
}
