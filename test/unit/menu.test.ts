// The Swedish menu: Hjälp → Visa logg opens the log folder (main.ts hands in what opens it).
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { buildMenu } = await import('../../electron/main/menu');

interface Item {
  label?: string;
  submenu?: Item[];
  click?: () => void;
}

describe('menyn', () => {
  it.each([false, true])('Hjälp → Visa logg öppnar loggmappen (macOS: %s)', (isMac) => {
    const showLog = vi.fn();
    const template = buildMenu(isMac, { showLog }) as unknown as Item[];
    const help = template.find((m) => m.label === 'Hjälp');
    const item = help?.submenu?.find((i) => i.label === 'Visa logg');
    expect(item).toBeDefined();
    item!.click!();
    expect(showLog).toHaveBeenCalledOnce();
  });
});
