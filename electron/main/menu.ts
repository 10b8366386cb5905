// The Swedish application menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Hjälp → Visa logg: opens the folder with the log file (and the older one beside it). */
  showLog(): void;
}

export function buildMenu(isMac: boolean, actions: MenuActions): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'IUB-katalogen',
            submenu: [
              { role: 'about' as const, label: 'Om IUB-katalogen' },
              { type: 'separator' as const },
              { role: 'quit' as const, label: 'Avsluta IUB-katalogen' },
            ],
          },
        ]
      : []),
    {
      label: 'Arkiv',
      submenu: [isMac ? { role: 'close', label: 'Stäng fönster' } : { role: 'quit', label: 'Avsluta' }],
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { role: 'reload', label: 'Läs in igen' },
        { role: 'resetZoom', label: 'Normal storlek' },
        { role: 'zoomIn', label: 'Zooma in' },
        { role: 'zoomOut', label: 'Zooma ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
    {
      label: 'Fönster',
      submenu: [{ role: 'minimize', label: 'Minimera' }, ...(isMac ? [{ role: 'zoom' as const, label: 'Zooma' }] : [])],
    },
    {
      label: 'Hjälp',
      submenu: [{ label: 'Visa logg', click: () => actions.showLog() }, { type: 'separator' }, { label: 'Om IUB-katalogen', role: 'about' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
