import { createContext, useContext } from 'react';
import type { Settings } from '../../../../shared/api/settings-contract';

export const SettingsContext = createContext<{ settings: Settings | null; setSettings(s: Settings): void }>({
  settings: null,
  setSettings: () => undefined,
});

export function useSettings() {
  return useContext(SettingsContext);
}
