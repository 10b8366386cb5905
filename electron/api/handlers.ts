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
  renameOrganisation,
} from '../services/organisation';
import {
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
  listArenden,
  listSammantraden,
  recordBeslut,
  scheduleArende,
  setOverklagad,
  suggestDiarienummer,
  updateSammantrade,
} from '../services/decisions';
import { createBackup, getBackups, listAudit, restoreBackup } from '../services/backups';
import {
  exportCatalogueDocument,
  exportChecklist,
  exportOpenData,
  exportOverview,
  exportPublicText,
  importOpenData,
} from '../services/catalogue-exports';
import { getDocumentSettings, saveDocumentSettings } from '../services/document-texts';

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
  'insatser/list': (ctx, input) => listInsatser(ctx, input),
  'insatser/create': (ctx, input) => createInsats(ctx, input),
  'insatser/get': (ctx, input) => getInsats(ctx, input),
  'versions/get': (ctx, input) => getVersion(ctx, input),
  'versions/save': (ctx, input) => saveVersion(ctx, input),
  'versions/newDraft': (ctx, input) => newDraft(ctx, input),
  'versions/diff': (ctx, input) => diffVersions(ctx, input),
  'catalogue/diffDates': (ctx, input) => diffCatalogueDates(ctx, input),
  'sammantraden/list': (ctx) => listSammantraden(ctx),
  'sammantraden/create': (ctx, input) => createSammantrade(ctx, input),
  'sammantraden/update': (ctx, input) => updateSammantrade(ctx, input),
  'arenden/list': (ctx) => listArenden(ctx),
  'arenden/suggestDiarienummer': (ctx, input) => suggestDiarienummer(ctx, input),
  'arenden/create': (ctx, input) => createArende(ctx, input),
  'arenden/schedule': (ctx, input) => scheduleArende(ctx, input),
  'beslut/record': (ctx, input) => recordBeslut(ctx, input),
  'beslut/setOverklagad': (ctx, input) => setOverklagad(ctx, input),
  'beslut/addTask': (ctx, input) => addTask(ctx, input),
  'beslut/completeTask': (ctx, input) => completeTask(ctx, input),
  'backups/list': async (ctx) => getBackups(ctx),
  'backups/create': (ctx) => createBackup(ctx),
  'backups/restore': (ctx, input) => restoreBackup(ctx, input),
  'audit/list': (ctx, input) => listAudit(ctx, input),
  'exports/overview': (ctx, input) => exportOverview(ctx, input),
  'exports/catalogue': (ctx, input) => exportCatalogueDocument(ctx, input),
  'exports/checklist': (ctx, input) => exportChecklist(ctx, input),
  'exports/publicText': (ctx, input) => exportPublicText(ctx, input),
  'exports/openData': (ctx, input) => exportOpenData(ctx, input),
  'exports/documentSettings': (ctx) => getDocumentSettings(ctx),
  'exports/saveDocumentSettings': (ctx, input) => saveDocumentSettings(ctx, input),
  'exports/importOpenData': (ctx, input) => importOpenData(ctx, input),
} satisfies Handlers;
