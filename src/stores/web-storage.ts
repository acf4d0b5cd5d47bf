// The one way the app touches Web Storage. The browser may refuse any of it (a private window,
// storage turned off, a full quota) and may throw doing so; these never throw. A refused write
// is reported once, in words (stores/storage-health.ts), and the app keeps working in memory.
import { createJSONStorage, type PersistStorage } from 'zustand/middleware';
import { reportStorageRefused, reportStorageUnreadable, type StoredWhat } from './storage-health';

export interface WebStorage {
  /** The stored text, or null when there is none or storage cannot be read. */
  read: (name: string) => string | null;
  /**
   * Stores `value`; false when the browser refused. `what` names the content in the words the
   * page shows ("the API key") and reports a refusal; without it, a refusal is silent (drafts).
   */
  write: (name: string, value: string, what?: StoredWhat) => boolean;
  remove: (name: string) => void;
}

function guarded(area: () => Storage): WebStorage {
  return {
    read: (name) => {
      try {
        return area().getItem(name);
      } catch {
        return null;
      }
    },
    write: (name, value, what) => {
      try {
        area().setItem(name, value);
        return true;
      } catch {
        if (what !== undefined) reportStorageRefused(what);
        return false;
      }
    },
    remove: (name) => {
      try {
        area().removeItem(name);
      } catch {
        // Nothing can be stored either, so nothing is left behind.
      }
    },
  };
}

/** This device's storage (kept across sessions). */
export const deviceStorage = guarded(() => window.localStorage);
/** This tab's storage (kept across reloads of the tab, gone when it closes). */
export const tabStorage = guarded(() => window.sessionStorage);

/**
 * Device storage for a zustand `persist` store. A stored value that is not JSON is set aside
 * under `<name>:unreadable`, never overwritten, reported, and the store starts afresh.
 */
export function persistedStorage<S>(what: StoredWhat): PersistStorage<S> | undefined {
  return createJSONStorage<S>(() => ({
    getItem: (name) => {
      const text = deviceStorage.read(name);
      if (text === null) return null;
      try {
        JSON.parse(text);
        return text;
      } catch {
        // Nowhere to set it aside? Then it stays where it is until the store writes.
        deviceStorage.write(`${name}:unreadable`, text);
        reportStorageUnreadable(what);
        return null;
      }
    },
    setItem: (name, value) => void deviceStorage.write(name, value, what),
    removeItem: (name) => deviceStorage.remove(name),
  }));
}
