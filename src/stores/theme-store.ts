// Light, dark, or whatever the system says (the default). public/theme.js reads what is stored
// here before the first paint, so the key and the stored shape ({ state: { theme } }) are shared
// with it: change both together.
import { create } from 'zustand';
import { t } from '../lib/i18n';
import { persist } from 'zustand/middleware';
import { persistedStorage } from './web-storage';
import { at } from '../lib/json-reader';

export type ThemeChoice = 'system' | 'light' | 'dark';

const THEME_STORAGE_KEY = 'sora-dashboard:theme';

/** A theme, if `value` names one; anything else follows the system. */
export function readThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

interface ThemeState {
  theme: ThemeChoice;
  actions: { chooseTheme: (theme: ThemeChoice) => void };
}

const readStored = (persisted: unknown) => ({ theme: readThemeChoice(at(persisted, 'theme')) });

const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      theme: 'system',
      actions: { chooseTheme: (theme) => set({ theme }) },
    }),
    {
      name: THEME_STORAGE_KEY,
      version: 1,
      storage: persistedStorage(() => t('the theme')),
      partialize: ({ theme }) => ({ theme }),
      migrate: readStored,
      // `migrate` only runs when the stored version differs: this checks the current version.
      merge: (persisted, current) => ({ ...current, ...readStored(persisted) }),
    },
  ),
);

export const useThemeChoice = () => useThemeStore((state) => state.theme);

/** Another tab chose a theme: this one follows. Returns the unsubscribe. */
export function followThemeOfOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) void useThemeStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
export const useThemeActions = () => useThemeStore((state) => state.actions);
