// The typed shape of the database for Kysely. Kept in step with migrations/ by test/db/schema.test.ts.
import type { Generated, Selectable } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
  /** The revision of the save that wrote the key (0017); the settings' revision is the highest. */
  revision: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  os_user: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  /** The database role that wrote the entry (PostgreSQL session_user, set by the server); NULL on SQLite. */
  db_user: string | null;
}

export interface SektorTable {
  id: Generated<number>;
  namn: string;
  revision: Generated<number>;
}
export interface EnhetTable {
  id: Generated<number>;
  sektor_id: number;
  namn: string;
  revision: Generated<number>;
}
export interface KategoriTable {
  id: Generated<number>;
  namn: string;
  sortering: Generated<number>;
  revision: Generated<number>;
}
export interface InsatsTable {
  id: Generated<number>;
  nummer: string | null;
  created_at: string;
}

export interface InsatsVersionTable {
  id: Generated<number>;
  insats_id: number;
  version_no: number;
  status: string;
  namn: string;
  enhet_id: number | null;
  kategori_id: number | null;
  dokumentation_regim: string;
  alder_min: number | null;
  alder_max: number | null;
  content_json: string;
  beslut_id: number | null;
  created_at: string;
  updated_at: string;
  /** Raised by one on every save; a save based on an older one is a conflict (0014). */
  revision: Generated<number>;
}

export interface SammantradeTable {
  id: Generated<number>;
  datum: string;
  namnd: string;
  status: Generated<string>;
  justeringsdatum: string | null;
  anslagsdatum: string | null;
  ordforande: Generated<string>;
  justerare: Generated<string>;
  /** Raised by one on every save; a save based on an older one is a conflict (0014). */
  revision: Generated<number>;
  /** The meeting's last day for ärenden (the sammanträdesplan, 0016); always written; nullable only because SQLite adds a column so. */
  arende_deadline: string | null;
}

export interface ArendeTable {
  id: Generated<number>;
  diarienummer: string;
  dnr_year: number | null;
  dnr_seq: number | null;
  rubrik: string;
  beskrivning: Generated<string>;
  handlaggare: Generated<string>;
  /** The ärende's place on an agenda while it awaits a beslut; null otherwise (0007). */
  sammantrade_id: number | null;
  paragraf: number | null;
  created_at: string;
  beslutsunderlag: Generated<string>;
  expedieras_till: Generated<string>;
  /** Raised by one on every save; a save based on an older one is a conflict (0014). */
  revision: Generated<number>;
}

export interface BeslutTable {
  id: Generated<number>;
  arende_id: number;
  /** The sammanträde and § at which the beslut was taken (0007). */
  sammantrade_id: number | null;
  paragraf: number | null;
  utfall: string;
  beslutsdatum: string;
  beslutande_instans: string;
  beslutstext: Generated<string>;
  motivering: Generated<string>;
  giltig_fran: string | null;
  giltig_till: string | null;
  revideras_senast: string | null;
  dokumentansvarig: Generated<string>;
  typ_av_styrdokument: Generated<string>;
  galler_for: Generated<string>;
  overklagad: Generated<number>;
  fran_diarium: Generated<number>;
  created_at: string;
  /** The ärende's texts as the justerade protocol has them; null until the protocol is justerat (0007). */
  rubrik: string | null;
  beskrivning: string | null;
  beslutsunderlag: string | null;
  expedieras_till: string | null;
  /** Raised by one on every save; a save based on an older one is a conflict (0014). */
  revision: Generated<number>;
}

/** The insats versions a beslut concerned (0007). */
export interface BeslutVersionTable {
  beslut_id: number;
  version_id: number;
}

export interface ArendeVersionTable {
  arende_id: number;
  version_id: number;
}

export interface StatusEventTable {
  id: Generated<number>;
  version_id: number;
  from_status: string | null;
  to_status: string;
  at: string;
  actor: string;
  reason: Generated<string>;
}

export interface ExcludedKindAnswerTable {
  id: Generated<number>;
  version_id: number;
  kind_id: string;
  answer: 'ar' | 'ar_inte';
  reason: string;
  actor: string;
  at: string;
}

export interface DismissedFindingTable {
  id: Generated<number>;
  version_id: number;
  rule_id: string;
  reason: string;
  actor: string;
  at: string;
}

export interface RkaTable {
  id: Generated<number>;
  version_id: number;
  content_json: string;
  complete: Generated<number>;
  needs_review: Generated<number>;
  flagged_on: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by one on every save; a save based on an older one is a conflict (0014). */
  revision: Generated<number>;
}

export interface AterrapporteringTable {
  id: Generated<number>;
  beslut_id: number;
  text: string;
  due_from: string;
  due_to: string;
  done: Generated<number>;
}

export interface ReminderAckTable {
  key: string;
  until: string | null;
  actor: string;
  reason: Generated<string>;
  at: string;
  due: string | null;
  mode: Generated<string>;
  /** Raised by every acknowledgement, snooze and reopen (0017); a reopened reminder keeps its row, until NULL. */
  revision: Generated<number>;
}

export interface CalendarEventTable {
  uid: string;
  fingerprint: string;
  sequence: Generated<number>;
  modified: string;
  summary: string;
  dtstart: string;
  cancelled: string | null;
}
/** The catalogue document's title and introduction; NULL means the app's default text. */
export interface KatalogdokumentTable {
  id: number;
  titel: string | null;
  inledning: string | null;
  namnd: string | null;
  forteckning_rubrik: string | null;
  forteckning_text: string | null;
  updated_at: string;
}

/** The document texts as a beslut adopted them (0011). */
export interface KatalogdokumentBeslutTable {
  beslut_id: number;
  titel: string | null;
  namnd: string | null;
  inledning: string | null;
  forteckning_rubrik: string | null;
  forteckning_text: string | null;
  created_at: string;
}

/** A kommun's import profile (0015): the review screen's mapping choices, as JSON. */
export interface ImportProfileTable {
  /** The kommun's name in lower case. */
  kommun_key: string;
  kommun: string;
  profile: string;
  updated_at: string;
}

export interface Database {
  settings: SettingsTable;
  audit_log: AuditLogTable;
  sektor: SektorTable;
  enhet: EnhetTable;
  kategori: KategoriTable;
  insats: InsatsTable;
  insats_version: InsatsVersionTable;
  sammantrade: SammantradeTable;
  arende: ArendeTable;
  arende_version: ArendeVersionTable;
  beslut: BeslutTable;
  beslut_version: BeslutVersionTable;
  status_event: StatusEventTable;
  dismissed_finding: DismissedFindingTable;
  excluded_kind_answer: ExcludedKindAnswerTable;
  rka: RkaTable;
  aterrapportering: AterrapporteringTable;
  reminder_ack: ReminderAckTable;
  calendar_event: CalendarEventTable;
  katalogdokument: KatalogdokumentTable;
  katalogdokument_beslut: KatalogdokumentBeslutTable;
  import_profile: ImportProfileTable;
}

export type InsatsVersionRow = Selectable<InsatsVersionTable>;
export type BeslutRow = Selectable<BeslutTable>;
