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
} satisfies Handlers;
