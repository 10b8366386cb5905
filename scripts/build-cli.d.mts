// Types for scripts/build-cli.mjs (plain JavaScript, so that `npm run iub` starts without a transpiler).
export const APP_ROOT: string;
export const CLI_BUNDLE: string;
export const CLI_WORKER: string;
export const CLI_SOURCES: string[];
export function buildCli(): Promise<void>;
