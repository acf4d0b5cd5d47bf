// Where to send requests and how often. The key lives in its own store (key-store.ts) because
// it is persisted differently: per tab by default, on the device only when asked.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { asBoolean, asNumber, asText, at } from '../lib/json-reader';

export const DEFAULT_BASE_URL = 'https://api.quickrouter.ai';
export const DEFAULT_POLL_SECONDS = 5;
export const MIN_POLL_SECONDS = 2;
export const MAX_POLL_SECONDS = 600;

export interface ConnectionSettings {
  baseUrl: string;
  forwardedHost: string;
  pollIntervalSeconds: number;
  viaProxy: boolean;
}

interface ConnectionState extends ConnectionSettings {
  actions: {
    saveConnection: (settings: ConnectionSettings) => void;
    connectToSimulator: (origin: string) => void;
  };
}

const DEFAULTS: ConnectionSettings = {
  baseUrl: DEFAULT_BASE_URL,
  forwardedHost: '',
  pollIntervalSeconds: DEFAULT_POLL_SECONDS,
  viaProxy: false,
};

/** Reads whatever an older version stored, keeping each field that still makes sense. */
export function readConnectionSettings(persisted: unknown): ConnectionSettings {
  const poll = asNumber(at(persisted, 'pollIntervalSeconds'));
  return {
    baseUrl: asText(at(persisted, 'baseUrl')) ?? DEFAULTS.baseUrl,
    forwardedHost: asText(at(persisted, 'forwardedHost')) ?? DEFAULTS.forwardedHost,
    pollIntervalSeconds:
      poll !== undefined && poll >= MIN_POLL_SECONDS && poll <= MAX_POLL_SECONDS
        ? poll
        : DEFAULTS.pollIntervalSeconds,
    viaProxy: asBoolean(at(persisted, 'viaProxy')) ?? DEFAULTS.viaProxy,
  };
}

const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      actions: {
        saveConnection: (settings) => set(settings),
        connectToSimulator: (origin) =>
          set({ baseUrl: origin, viaProxy: false, forwardedHost: '' }),
      },
    }),
    {
      name: 'sora-dashboard:connection',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ baseUrl, forwardedHost, pollIntervalSeconds, viaProxy }) => ({
        baseUrl,
        forwardedHost,
        pollIntervalSeconds,
        viaProxy,
      }),
      migrate: readConnectionSettings,
    },
  ),
);

export const useBaseUrl = () => useConnectionStore((state) => state.baseUrl);
export const useForwardedHost = () => useConnectionStore((state) => state.forwardedHost);
export const usePollIntervalSeconds = () =>
  useConnectionStore((state) => state.pollIntervalSeconds);
export const useViaProxy = () => useConnectionStore((state) => state.viaProxy);
export const useConnectionActions = () => useConnectionStore((state) => state.actions);
