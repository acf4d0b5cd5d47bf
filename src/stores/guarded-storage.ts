// localStorage for the persisted stores, guarded. A write the browser refuses (quota, private
// window) is reported and the store goes on in memory; a stored value that is not JSON is set
// aside under `<name>:unreadable`, never overwritten, reported, and the store starts afresh.
import { createJSONStorage, type PersistStorage } from 'zustand/middleware';
import { reportStorageRefused, reportStorageUnreadable } from './storage-health';

/** `what` names the store's content in the words the page shows ("the task list"). */
export function guardedLocalStorage<S>(what: string): PersistStorage<S> | undefined {
  return createJSONStorage<S>(() => ({
    getItem: (name) => {
      const text = localStorage.getItem(name);
      if (text === null) return null;
      try {
        JSON.parse(text);
        return text;
      } catch {
        try {
          localStorage.setItem(`${name}:unreadable`, text);
        } catch {
          // Nowhere to set it aside: it stays where it is until the store writes.
        }
        reportStorageUnreadable(what);
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value);
      } catch {
        reportStorageRefused(what);
      }
    },
    removeItem: (name) => localStorage.removeItem(name),
  }));
}
