// Closing or reloading the window while an editor (insats, RKA) has unsaved changes: the renderer's
// beforeunload handler vetoes the unload, and Electron (which shows no dialog of its own) asks here.
import { dialog, type BrowserWindow } from 'electron';

export function confirmUnsavedChangesOnClose(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Osparade ändringar',
      message: 'Du har ändringar som inte är sparade.',
      detail: 'Om du stänger nu försvinner ändringarna. Stanna kvar och välj ”Spara utkast” för att behålla dem.',
      buttons: ['Stanna kvar', 'Stäng utan att spara'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // preventDefault on this event ignores the renderer's veto, so the window closes.
    if (choice === 1) event.preventDefault();
  });
}
