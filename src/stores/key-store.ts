// The API key. By default it lives for the tab's life (sessionStorage); "Remember on this
// device" moves it to localStorage; "Forget key" clears both. It is written nowhere else.
import { create } from 'zustand';

const STORAGE_KEY = 'sora-dashboard:api-key';

interface KeyState {
  apiKey: string;
  remembered: boolean;
  actions: {
    saveKey: (apiKey: string, remember: boolean) => void;
    forgetKey: () => void;
  };
}

function safeStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined; // storage disabled by the browser: the key then lives in memory only
  }
}

function readInitialKey(): Pick<KeyState, 'apiKey' | 'remembered'> {
  const remembered = safeStorage('local')?.getItem(STORAGE_KEY);
  if (remembered) return { apiKey: remembered, remembered: true };
  return { apiKey: safeStorage('session')?.getItem(STORAGE_KEY) ?? '', remembered: false };
}

const useKeyStore = create<KeyState>()((set) => ({
  ...readInitialKey(),
  actions: {
    saveKey: (apiKey, remember) => {
      const key = apiKey.trim();
      safeStorage('local')?.removeItem(STORAGE_KEY);
      safeStorage('session')?.removeItem(STORAGE_KEY);
      if (key) safeStorage(remember ? 'local' : 'session')?.setItem(STORAGE_KEY, key);
      set({ apiKey: key, remembered: remember && key !== '' });
    },
    forgetKey: () => {
      safeStorage('local')?.removeItem(STORAGE_KEY);
      safeStorage('session')?.removeItem(STORAGE_KEY);
      set({ apiKey: '', remembered: false });
    },
  },
}));

export const useApiKey = () => useKeyStore((state) => state.apiKey);
export const useKeyRemembered = () => useKeyStore((state) => state.remembered);
export const useKeyActions = () => useKeyStore((state) => state.actions);

/** For code outside React (the tab election): the key now, and a way to hear of changes. */
export const currentApiKey = () => useKeyStore.getState().apiKey;
export const subscribeToApiKey = (listener: () => void) =>
  useKeyStore.subscribe((state, previous) => {
    if (state.apiKey !== previous.apiKey) listener();
  });
