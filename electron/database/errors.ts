// Errors the data layer raises with a message a secretary can act on.

/**
 * Why a file was refused: a damaged or cut-short file may be replaced by a good backup (after a copy
 * of it is kept); a foreign file, one from a newer version or one in use by another program may not.
 */
export type RefusalKind = 'damaged' | 'foreign' | 'newer' | 'history' | 'in_use' | 'other';

export class DatabaseRefusedError extends Error {
  constructor(
    message: string,
    readonly kind: RefusalKind = 'other',
  ) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

/** The same words on every surface (app dialog, browser mode, CLI) for a file or a disk that refuses. */
export const STORAGE_MESSAGES = {
  diskFull: 'Disken är full. Inget har sparats. Frigör utrymme och försök igen.',
  readOnly: (name: string) =>
    `Databasfilen ${name} är skrivskyddad (eller mappen den ligger i) och kan inte öppnas för ändringar. Inget har ändrats. Ta bort skrivskyddet eller välj en annan fil.`,
  directory: (name: string) => `${name} är en mapp, inte en databasfil. Ange sökvägen till en fil, till exempel ${name}/iub.db. Inget har ändrats.`,
  noAccess: (name: string) => `Databasfilen ${name} går inte att läsa: behörighet saknas. Inget har ändrats.`,
} as const;

/** A storage error (SQLite's or the file system's) in Swedish, or null when it is something else. */
export function storageErrorMessage(error: unknown, file = 'databasen'): string | null {
  const code = (error as { code?: string } | null)?.code ?? '';
  const name = file === ':memory:' ? file : file.split(/[/\\]/).pop() || file;
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return STORAGE_MESSAGES.diskFull;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return STORAGE_MESSAGES.readOnly(name);
  if (code === 'EISDIR') return STORAGE_MESSAGES.directory(name);
  if (code === 'EACCES' || code === 'EPERM') return STORAGE_MESSAGES.noAccess(name);
  return null;
}
