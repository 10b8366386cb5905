// The restore confirmation: what the current file and the backup hold, side by side, so restoring an
// emptier copy over a filled database is never confirmed blind.

export interface HeldCounts {
  /** null when the file cannot be read. */
  insatser: number | null;
  beslut: number | null;
}

const n = (value: number | null) => (value === null ? 'okänt antal' : String(value));

export function restoreConfirmationText(backupName: string, current: HeldCounts | null, backup: HeldCounts): string {
  const now = current
    ? `Nuvarande databas innehåller ${n(current.insatser)} insatser och ${n(current.beslut)} beslut.`
    : 'Nuvarande databas kunde inte räknas.';
  const copy = `Kopian innehåller ${n(backup.insatser)} insatser och ${n(backup.beslut)} beslut.`;
  const fewer =
    current &&
    ((current.insatser !== null && backup.insatser !== null && backup.insatser < current.insatser) ||
      (current.beslut !== null && backup.beslut !== null && backup.beslut < current.beslut));
  const warning = fewer ? ' Kopian innehåller mindre än nuvarande databas: det som tillkommit sedan kopian togs försvinner.' : '';
  return `Återställa databasen från ${backupName}? ${now} ${copy}${warning} Nuvarande databas sparas först som en kopia.`;
}
