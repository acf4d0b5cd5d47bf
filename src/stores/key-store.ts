// The API key. By default it lives for the tab's life (sessionStorage); "Remember on this
// device" moves it to localStorage; "Forget key" clears both. It is written nowhere else.
//
// The dashboard's other open tabs hear of every key saved or forgotten here, and a tab opened
// without a key asks them for theirs (app/key-sharing.ts carries the messages). Changes made in
// two tabs can cross on the way, so each carries a stamp: every tab keeps the latest change it
// has seen and ignores older ones, and all tabs end up with the same key, or none.
import { create } from 'zustand';
import { t } from '../lib/i18n';
import { deviceStorage, tabStorage } from './web-storage';

const STORAGE_KEY = 'sora-dashboard:api-key';

/** When a key was saved or forgotten, and in which tab (which breaks a tie of equal times). */
export interface KeyStamp {
  at: number;
  tab: string;
}

/** A change of the key, as tabs tell each other. */
export type KeyChange =
  | { kind: 'saved'; apiKey: string; remembered: boolean; stamp: KeyStamp }
  | { kind: 'forgotten'; stamp: KeyStamp };

interface KeyState {
  apiKey: string;
  remembered: boolean;
  /** The change that set what this tab holds; undefined while nothing ever did. */
  stamp: KeyStamp | undefined;
  /** A tab opened without a key has asked the other tabs for theirs and waits a moment. */
  askingOtherTabs: boolean;
  actions: {
    saveKey: (apiKey: string, remember: boolean) => void;
    forgetKey: () => void;
  };
}

/** Tells this tab's stamps from another's; not a secret, not an identity. */
const TAB_ID = Math.random().toString(36).slice(2, 10);

/** A key found in storage at start-up: older than any change a tab makes or hears of. */
const STORED_STAMP: KeyStamp = { at: 0, tab: '' };

/** True when `stamp` is later than `than` (no stamp at all is earliest). */
function isLater(stamp: KeyStamp, than: KeyStamp | undefined): boolean {
  if (than === undefined) return true;
  if (stamp.at !== than.at) return stamp.at > than.at;
  return stamp.tab > than.tab;
}

function readInitialKey(): Pick<KeyState, 'apiKey' | 'remembered' | 'stamp'> {
  const remembered = deviceStorage.read(STORAGE_KEY);
  if (remembered) return { apiKey: remembered, remembered: true, stamp: STORED_STAMP };
  const forTab = tabStorage.read(STORAGE_KEY);
  if (forTab) return { apiKey: forTab, remembered: false, stamp: STORED_STAMP };
  return { apiKey: '', remembered: false, stamp: undefined };
}

/**
 * What storage holds after a key is saved: one copy, in the place `remembered` says. Storage
 * that is full or refused keeps nothing: the key then lives in this tab's memory, and the page
 * says so (stores/storage-health.ts).
 */
function storeKey(apiKey: string, remembered: boolean): void {
  deviceStorage.remove(STORAGE_KEY);
  tabStorage.remove(STORAGE_KEY);
  if (apiKey)
    (remembered ? deviceStorage : tabStorage).write(STORAGE_KEY, apiKey, () => t('the API key'));
}

/** Listeners to changes a person made in this tab (not to those heard from other tabs). */
const localChangeListeners = new Set<(change: KeyChange) => void>();

const useKeyStore = create<KeyState>()((set, get) => {
  /** A stamp later than any this tab has seen, even if the clock stepped back. */
  const nextStamp = (): KeyStamp => ({
    at: Math.max(Date.now(), (get().stamp?.at ?? 0) + 1),
    tab: TAB_ID,
  });
  const announce = (change: KeyChange) => localChangeListeners.forEach((listen) => listen(change));
  return {
    ...readInitialKey(),
    askingOtherTabs: false,
    actions: {
      saveKey: (apiKey, remember) => {
        const key = apiKey.trim();
        const remembered = remember && key !== '';
        storeKey(key, remembered);
        const previous = get();
        // Saving the settings again with the same key is no news to the other tabs.
        if (key === previous.apiKey && remembered === previous.remembered) return;
        const stamp = nextStamp();
        set({ apiKey: key, remembered, stamp, askingOtherTabs: false });
        // Saving an empty key removes it from both storages, as "Forget key" does.
        announce(
          key ? { kind: 'saved', apiKey: key, remembered, stamp } : { kind: 'forgotten', stamp },
        );
      },
      forgetKey: () => {
        storeKey('', false);
        const stamp = nextStamp();
        set({ apiKey: '', remembered: false, stamp, askingOtherTabs: false });
        announce({ kind: 'forgotten', stamp });
      },
    },
  };
});

export const useApiKey = () => useKeyStore((state) => state.apiKey);
export const useKeyRemembered = () => useKeyStore((state) => state.remembered);
export const useAskingOtherTabs = () => useKeyStore((state) => state.askingOtherTabs);
export const useKeyActions = () => useKeyStore((state) => state.actions);

/** For code outside React (the tab election): the key now, and a way to hear of changes. */
export const currentApiKey = () => useKeyStore.getState().apiKey;
export const subscribeToApiKey = (listener: () => void) =>
  useKeyStore.subscribe((state, previous) => {
    if (state.apiKey !== previous.apiKey) listener();
  });

/** For app/key-sharing.ts, which carries key changes between this tab and the others. */
export const keySharing = {
  /** The key this tab holds, as a change another tab can take over; undefined without one. */
  held(): KeyChange | undefined {
    const { apiKey, remembered, stamp } = useKeyStore.getState();
    return apiKey ? { kind: 'saved', apiKey, remembered, stamp: stamp ?? STORED_STAMP } : undefined;
  },
  /**
   * A change another tab made: taken over exactly as if it had been made here (the same
   * storage), unless this tab has seen a later one. Returns whether it was taken.
   */
  receive(change: KeyChange): boolean {
    if (!isLater(change.stamp, useKeyStore.getState().stamp)) return false;
    if (change.kind === 'saved') {
      storeKey(change.apiKey, change.remembered);
      useKeyStore.setState({
        apiKey: change.apiKey,
        remembered: change.remembered,
        stamp: change.stamp,
        askingOtherTabs: false,
      });
    } else {
      storeKey('', false);
      useKeyStore.setState({
        apiKey: '',
        remembered: false,
        stamp: change.stamp,
        askingOtherTabs: false,
      });
    }
    return true;
  },
  /** Calls `listener` with every change a person makes in this tab; returns how to stop. */
  onLocalChange(listener: (change: KeyChange) => void): () => void {
    localChangeListeners.add(listener);
    return () => localChangeListeners.delete(listener);
  },
  startAsking: () => useKeyStore.setState({ askingOtherTabs: true }),
  stopAsking: () => useKeyStore.setState({ askingOtherTabs: false }),
};
