// Types for scripts/stale.mjs (plain JavaScript, so that `npm run iub` starts without a transpiler).
export function newestMtime(paths: string[]): number;
export function isStale(output: string, sources: string[]): boolean;
