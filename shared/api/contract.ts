// The one API contract between renderer and main: method name → input and output schema.
// Both transports (Electron IPC and the local HTTP server) dispatch through it.
import { z } from 'zod';
import { settingsContract } from './settings-contract';
import { organisationContract } from './organisation-contract';
import { catalogueContract } from './catalogue-contract';
import { decisionsContract } from './decisions-contract';
import { backupsContract } from './backups-contract';
import { checksContract } from './checks-contract';
import { rkaContract } from './rka-contract';
import { remindersContract } from './reminders-contract';
import { auditContract } from './audit-contract';
import { importContract } from './import-contract';
import { exportsContract } from './exports-contract';
import { databaseChoiceContract, sessionContract } from './session-contract';
import { changesContract } from './changes-contract';
import { logContract } from './log-contract';

// Swedish messages for zod's built-in checks, on both sides of the contract.
z.config(z.locales.sv());

export const contract = {
  ...settingsContract,
  ...organisationContract,
  ...catalogueContract,
  ...decisionsContract,
  ...backupsContract,
  ...checksContract,
  ...rkaContract,
  ...remindersContract,
  ...auditContract,
  ...importContract,
  ...exportsContract,
  ...sessionContract,
  ...databaseChoiceContract,
  ...changesContract,
  ...logContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
