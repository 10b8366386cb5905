// One handler per contract method; `satisfies` keeps the map complete and correctly typed.
import type { Method, Output, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from '../services/context';
import { getSettings, updateSettings } from '../services/settings';
import {
  createEnhet,
  createKategori,
  createSektor,
  deleteOrganisation,
  getOrganisation,
  moveEnhet,
  moveKategori,
  organisationUsage,
  renameOrganisation,
} from '../services/organisation';
import {
  catalogueDates,
  createInsats,
  diffCatalogueDates,
  diffVersions,
  getInsats,
  getVersion,
  listInsatser,
  newDraft,
  saveVersion,
} from '../services/catalogue';
import {
  addTask,
  completeTask,
  createArende,
  createSammantrade,
  decisionForVersion,
  listArenden,
  listSammantraden,
  recordBeslut,
  scheduleArende,
  setOverklagad,
  setParagraf,
  suggestDiarienummer,
  suggestParagraf,
  unscheduleArende,
  updateArende,
  updateBeslut,
  updateSammantrade,
} from '../services/decisions';
import { protokollsutdragFile, tjansteskrivelseFile } from '../services/decision-documents';
import { createBackup, currentContents, getBackups, listAudit, restoreBackup } from '../services/backups';
import { chooseDatabase, databaseChoice, sessionInfo } from '../services/session';
import { answerKind, checkOverview, dismissFinding, findingsForVersion, previewFindings, undismissFinding, withdrawKindAnswer } from '../services/checks';
import { transitionVersion } from '../services/lifecycle';
import { completeRka, exportRka, getRka, reopenRka, saveRka } from '../services/rka';
import {
  acknowledgeReminder,
  deleteMeetingPlan,
  exportCalendar,
  listPlan,
  listReminders,
  reminderSummary,
  reopenReminder,
  saveMeetingPlan,
  snoozeReminder,
} from '../services/reminders';
import { exportInsatsAudit, insatsAudit } from '../services/audit-export';
import { changesSince } from '../services/changes';
import { confirmImport, parseDocument } from '../services/document-import';
import { exportCatalogueDocument, exportChecklist, exportOpenData, exportOverview, exportPublicText, importOpenData } from '../services/catalogue-exports';
import { getDocumentSettings, saveDocumentSettings } from '../services/document-texts';
import { logFile, logRendererError } from '../logging/log';

export type Handlers = {
  [M in Method]: (ctx: ServiceContext, input: ParsedInput<M>) => Promise<Output<M>>;
};

export const handlers = {
  'settings/get': (ctx) => getSettings(ctx),
  'settings/update': (ctx, input) => updateSettings(ctx, input),
  'organisation/get': (ctx) => getOrganisation(ctx),
  'organisation/createSektor': (ctx, input) => createSektor(ctx, input),
  'organisation/createEnhet': (ctx, input) => createEnhet(ctx, input),
  'organisation/createKategori': (ctx, input) => createKategori(ctx, input),
  'organisation/rename': (ctx, input) => renameOrganisation(ctx, input),
  'organisation/delete': (ctx, input) => deleteOrganisation(ctx, input),
  'organisation/moveEnhet': (ctx, input) => moveEnhet(ctx, input),
  'organisation/moveKategori': (ctx, input) => moveKategori(ctx, input),
  'organisation/usage': (ctx) => organisationUsage(ctx),
  'insatser/list': (ctx, input) => listInsatser(ctx, input),
  'insatser/create': (ctx, input) => createInsats(ctx, input),
  'insatser/get': (ctx, input) => getInsats(ctx, input),
  'versions/get': (ctx, input) => getVersion(ctx, input),
  'versions/save': (ctx, input) => saveVersion(ctx, input),
  'versions/newDraft': (ctx, input) => newDraft(ctx, input),
  'versions/diff': (ctx, input) => diffVersions(ctx, input),
  'catalogue/diffDates': (ctx, input) => diffCatalogueDates(ctx, input),
  'catalogue/dates': (ctx) => catalogueDates(ctx),
  'sammantraden/list': (ctx) => listSammantraden(ctx),
  'sammantraden/create': (ctx, input) => createSammantrade(ctx, input),
  'sammantraden/update': (ctx, input) => updateSammantrade(ctx, input),
  'arenden/list': (ctx) => listArenden(ctx),
  'arenden/suggestDiarienummer': (ctx, input) => suggestDiarienummer(ctx, input),
  'arenden/create': (ctx, input) => createArende(ctx, input),
  'arenden/update': (ctx, input) => updateArende(ctx, input),
  'arenden/suggestParagraf': (ctx, input) => suggestParagraf(ctx, input),
  'arenden/schedule': (ctx, input) => scheduleArende(ctx, input),
  'arenden/setParagraf': (ctx, input) => setParagraf(ctx, input),
  'arenden/unschedule': (ctx, input) => unscheduleArende(ctx, input),
  'arenden/tjansteskrivelse': (ctx, input) => tjansteskrivelseFile(ctx, input),
  'arenden/protokollsutdrag': (ctx, input) => protokollsutdragFile(ctx, input),
  'beslut/record': (ctx, input) => recordBeslut(ctx, input),
  'beslut/update': (ctx, input) => updateBeslut(ctx, input),
  'beslut/forVersion': (ctx, input) => decisionForVersion(ctx, input),
  'beslut/setOverklagad': (ctx, input) => setOverklagad(ctx, input),
  'beslut/addTask': (ctx, input) => addTask(ctx, input),
  'beslut/completeTask': (ctx, input) => completeTask(ctx, input),
  'session/info': (ctx) => sessionInfo(ctx),
  'databas/val': async (ctx) => databaseChoice(ctx),
  'databas/valj': async (ctx, input) => chooseDatabase(ctx, input),
  'backups/list': async (ctx) => getBackups(ctx),
  'backups/create': (ctx) => createBackup(ctx),
  'backups/current': (ctx) => currentContents(ctx),
  'backups/restore': (ctx, input) => restoreBackup(ctx, input),
  'audit/list': (ctx, input) => listAudit(ctx, input),
  'checks/overview': (ctx) => checkOverview(ctx),
  'findings/forVersion': (ctx, input) => findingsForVersion(ctx, input),
  'findings/preview': (ctx, input) => previewFindings(ctx, input),
  'findings/dismiss': (ctx, input) => dismissFinding(ctx, input),
  'findings/undismiss': (ctx, input) => undismissFinding(ctx, input),
  'findings/answerKind': (ctx, input) => answerKind(ctx, input),
  'findings/withdrawKindAnswer': (ctx, input) => withdrawKindAnswer(ctx, input),
  'versions/transition': (ctx, input) => transitionVersion(ctx, input),
  'rka/get': (ctx, input) => getRka(ctx, input),
  'rka/save': (ctx, input) => saveRka(ctx, input),
  'rka/complete': (ctx, input) => completeRka(ctx, input),
  'rka/reopen': (ctx, input) => reopenRka(ctx, input),
  'rka/export': (ctx, input) => exportRka(ctx, input),
  'paminnelser/list': (ctx) => listReminders(ctx),
  'paminnelser/summary': (ctx) => reminderSummary(ctx),
  'paminnelser/acknowledge': (ctx, input) => acknowledgeReminder(ctx, input),
  'paminnelser/snooze': (ctx, input) => snoozeReminder(ctx, input),
  'paminnelser/reopen': (ctx, input) => reopenReminder(ctx, input),
  'paminnelser/calendar': (ctx) => exportCalendar(ctx),
  'sammantradesplan/list': (ctx) => listPlan(ctx),
  'sammantradesplan/save': (ctx, input) => saveMeetingPlan(ctx, input),
  'sammantradesplan/delete': (ctx, input) => deleteMeetingPlan(ctx, input),
  'audit/insats': (ctx, input) => insatsAudit(ctx, input),
  'audit/exportInsats': (ctx, input) => exportInsatsAudit(ctx, input),
  'import/parse': (ctx, input) => parseDocument(ctx, input),
  'import/confirm': (ctx, input) => confirmImport(ctx, input),
  'exports/overview': (ctx, input) => exportOverview(ctx, input),
  'exports/catalogue': (ctx, input) => exportCatalogueDocument(ctx, input),
  'exports/checklist': (ctx, input) => exportChecklist(ctx, input),
  'exports/publicText': (ctx, input) => exportPublicText(ctx, input),
  'exports/openData': (ctx, input) => exportOpenData(ctx, input),
  'exports/documentSettings': (ctx) => getDocumentSettings(ctx),
  'exports/saveDocumentSettings': (ctx, input) => saveDocumentSettings(ctx, input),
  'exports/importOpenData': (ctx, input) => importOpenData(ctx, input),
  'changes/since': (ctx, input) => changesSince(ctx, input),
  'log/error': async (_ctx, input) => {
    logRendererError(input.message || '(tomt meddelande)', input.details || undefined);
    return {};
  },
  'log/location': async () => ({ fil: logFile() }),
} satisfies Handlers;
