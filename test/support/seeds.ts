// The seed documents' text, as the municipalities published them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ../shared/seeds beside the repository (read-only reference material); IUB_SEED_DIR overrides.
const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_DIR = process.env.IUB_SEED_DIR ?? path.resolve(APP_ROOT, '..', 'shared', 'seeds');
export const SEED_FILES = {
  ostersund: `${SEED_DIR}/001_71ca4d2648571dc0.txt`,
  alingsas: `${SEED_DIR}/002_84db1e7ad1a0deae.txt`,
  webbsida: `${SEED_DIR}/003_fdfb2df0d03130dc.txt`,
} as const;

export const seedText = (name: keyof typeof SEED_FILES) => fs.readFileSync(SEED_FILES[name], 'utf8');
