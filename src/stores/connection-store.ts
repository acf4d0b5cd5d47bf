// Where to send requests and how often. The key lives in its own store (key-store.ts) because
// it is persisted differently: per tab by default, on the device only when asked.
import { create } from 'zustand';
import { t } from '../lib/i18n';
import { persist } from 'zustand/middleware';
import { persistedStorage } from './web-storage';
import {
  DEFAULT_QUERY_TEMPLATES,
  isQueryTemplate,
  MAX_QUERY_TEMPLATES,
} from '../domain/query-endpoints';
import { asArray, asBoolean, asNumber, asText, at } from '../lib/json-reader';

export const DEFAULT_BASE_URL = 'https://api.quickrouter.ai';
const DEFAULT_POLL_SECONDS = 5;
export const MIN_POLL_SECONDS = 2;
export const MAX_POLL_SECONDS = 600;
const DEFAULT_MAX_IN_FLIGHT = 4;
export const MAX_IN_FLIGHT_LIMIT = 8;
const DEFAULT_REQUESTS_PER_SECOND = 2;
export const MAX_REQUESTS_PER_SECOND = 50;

export interface ConnectionSettings {
  baseUrl: string;
  forwardedHost: string;
  pollIntervalSeconds: number;
  viaProxy: boolean;
  /** At most this many requests in flight at once (1-8). */
  maxInFlight: number;
  /** Budget of requests per second to one base URL. */
  requestsPerSecond: number;
  /** Query endpoints: path templates with `{id}`, tried in order (see domain/query-endpoints.ts). */
  queryTemplates: readonly string[];
}

interface ConnectionState extends ConnectionSettings {
  actions: {
    saveConnection: (settings: ConnectionSettings) => void;
    /** The built-in simulator, with the Query endpoints it serves. */
    connectToSimulator: (origin: string, queryTemplates: readonly string[]) => void;
  };
}

const DEFAULTS: ConnectionSettings = {
  baseUrl: DEFAULT_BASE_URL,
  forwardedHost: '',
  pollIntervalSeconds: DEFAULT_POLL_SECONDS,
  viaProxy: false,
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  requestsPerSecond: DEFAULT_REQUESTS_PER_SECOND,
  queryTemplates: DEFAULT_QUERY_TEMPLATES,
};

/** Stored templates, if they still look like templates; a damaged list gives the defaults. */
function readTemplates(value: unknown): readonly string[] {
  const templates = asArray(value)
    .map((template) => asText(template))
    .filter((template): template is string => template !== undefined && isQueryTemplate(template));
  return templates.length && templates.length <= MAX_QUERY_TEMPLATES
    ? templates
    : DEFAULT_QUERY_TEMPLATES;
}

function inRange(value: unknown, min: number, max: number, fallback: number): number {
  const number = asNumber(value);
  return number !== undefined && number >= min && number <= max ? number : fallback;
}

/** Reads whatever an older version stored, keeping each field that still makes sense. */
function readConnectionSettings(persisted: unknown): ConnectionSettings {
  return {
    baseUrl: asText(at(persisted, 'baseUrl')) ?? DEFAULTS.baseUrl,
    forwardedHost: asText(at(persisted, 'forwardedHost')) ?? DEFAULTS.forwardedHost,
    pollIntervalSeconds: inRange(
      at(persisted, 'pollIntervalSeconds'),
      MIN_POLL_SECONDS,
      MAX_POLL_SECONDS,
      DEFAULTS.pollIntervalSeconds,
    ),
    viaProxy: asBoolean(at(persisted, 'viaProxy')) ?? DEFAULTS.viaProxy,
    maxInFlight: inRange(
      at(persisted, 'maxInFlight'),
      1,
      MAX_IN_FLIGHT_LIMIT,
      DEFAULTS.maxInFlight,
    ),
    requestsPerSecond: inRange(
      at(persisted, 'requestsPerSecond'),
      1,
      MAX_REQUESTS_PER_SECOND,
      DEFAULTS.requestsPerSecond,
    ),
    queryTemplates: readTemplates(at(persisted, 'queryTemplates')),
  };
}

const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      actions: {
        saveConnection: (settings) => set(settings),
        connectToSimulator: (origin, queryTemplates) =>
          set({ baseUrl: origin, viaProxy: false, forwardedHost: '', queryTemplates }),
      },
    }),
    {
      name: 'sora-dashboard:connection',
      // 3: Query endpoints.
      version: 3,
      storage: persistedStorage(() => t('the settings')),
      partialize: ({ actions: _actions, ...settings }) => settings,
      migrate: readConnectionSettings,
      // `migrate` only runs when the stored version differs: what is stored at this version is
      // checked as well, so a damaged entry gives defaults instead of a broken page.
      merge: (persisted, current) => ({ ...current, ...readConnectionSettings(persisted) }),
    },
  ),
);

export const useBaseUrl = () => useConnectionStore((state) => state.baseUrl);
export const useForwardedHost = () => useConnectionStore((state) => state.forwardedHost);
export const usePollIntervalSeconds = () =>
  useConnectionStore((state) => state.pollIntervalSeconds);
export const useViaProxy = () => useConnectionStore((state) => state.viaProxy);
export const useMaxInFlight = () => useConnectionStore((state) => state.maxInFlight);
export const useRequestsPerSecond = () => useConnectionStore((state) => state.requestsPerSecond);
export const useQueryTemplates = () => useConnectionStore((state) => state.queryTemplates);
export const useConnectionActions = () => useConnectionStore((state) => state.actions);

/** For code outside React (restoring last answers before the first render). */
export const connectionSettingsNow = (): ConnectionSettings => useConnectionStore.getState();
export const subscribeToConnectionSettings = (listener: () => void) =>
  useConnectionStore.subscribe((state, previous) => {
    if (state.baseUrl !== previous.baseUrl || state.viaProxy !== previous.viaProxy) listener();
  });
