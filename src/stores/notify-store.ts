// Whether to be told when tasks finish (a browser notification, and a sound with it). Off until
// the person turns it on in Settings, which asks the browser's permission first. While it is on
// and permitted, the polling tab keeps polling when hidden: else nobody would be told.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { t } from '../lib/i18n';
import { at } from '../lib/json-reader';
import { persistedStorage } from './web-storage';

export const NOTIFY_STORAGE_KEY = 'sora-dashboard:notify';

export interface NotifySettings {
  notify: boolean;
  sound: boolean;
}

/** What is stored, checked: anything but `true` is off. */
const readNotifySettings = (persisted: unknown): NotifySettings => ({
  notify: at(persisted, 'notify') === true,
  sound: at(persisted, 'sound') === true,
});

interface NotifyState extends NotifySettings {
  actions: { chooseNotify: (notify: boolean) => void; chooseSound: (sound: boolean) => void };
}

const useNotifyStore = create<NotifyState>()(
  persist(
    (set) => ({
      notify: false,
      sound: false,
      actions: {
        chooseNotify: (notify) => set({ notify }),
        chooseSound: (sound) => set({ sound }),
      },
    }),
    {
      name: NOTIFY_STORAGE_KEY,
      version: 1,
      storage: persistedStorage(() => t('the settings')),
      partialize: ({ notify, sound }) => ({ notify, sound }),
      migrate: readNotifySettings,
      // `migrate` only runs when the stored version differs: this checks the current version.
      merge: (persisted, current) => ({ ...current, ...readNotifySettings(persisted) }),
    },
  ),
);

export const useNotifyOn = () => useNotifyStore((state) => state.notify);
export const useSoundOn = () => useNotifyStore((state) => state.sound);
export const useNotifyActions = () => useNotifyStore((state) => state.actions);
/** For code outside React: the settings now, and a way to hear when they change. */
export const notifySettingsNow = (): NotifySettings => useNotifyStore.getState();
export const subscribeToNotifySettings = (listener: () => void) =>
  useNotifyStore.subscribe(listener);
/** Another tab changed them: this one follows. */
export const rereadNotifySettings = () => void useNotifyStore.persist.rehydrate();

/**
 * Whether this browser tells of finished tasks now: notifications are on, and the browser shows
 * them. Only then does the polling tab keep polling while hidden; else a hidden tab sends nothing.
 */
export const notifyingNow = () =>
  notifySettingsNow().notify &&
  typeof Notification !== 'undefined' &&
  Notification.permission === 'granted';
