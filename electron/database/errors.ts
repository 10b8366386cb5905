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
