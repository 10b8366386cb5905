// Types for scripts/node-version.mjs (plain JavaScript: it runs before anything is built).
export const NODE_MAJOR_REQUIRED: number;
export function nodeVersionProblem(version?: string): string | null;
