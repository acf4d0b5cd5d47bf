// One key for every open tab of the dashboard. A tab opened without one asks the others; a key
// saved in any tab reaches them all, and so does "Forget key". Each change carries a stamp and
// every tab keeps the latest it has seen (stores/key-store.ts), so changes that cross on the way
// (two tabs answering, a forget passing a share) leave every tab with the same outcome.
//
// Why sending the key over a BroadcastChannel is acceptable: a channel reaches only documents
// of this origin, and the key already lives in this origin's storage. The server answers every
// /proxy, /v1 and /sim request with `Content-Security-Policy: sandbox; default-src 'none'` and
// `X-Content-Type-Options: nosniff`, so no other document on the origin (say a provider's file
// opened through the proxy) runs script: only the app's own pages can join the channel, ask for
// the key or send one. Should those headers ever go, this sharing must go with them. The key
// never goes into a log or an error message from here: a message that does not read is dropped
// without a word.
import { requestLimiter } from '../api/request-limiter';
import { keySharing, type KeyChange } from '../stores/key-store';
import { TAB_PROTOCOL_VERSION, type KeyMessage } from './tab-messages';

/** How long a new tab waits for an answer before it says it has no key. */
const ASK_TIMEOUT_MS = 1000;

/** Held, shared, by every open tab of the dashboard for as long as it is open. */
const OPEN_TAB_LOCK = 'reelwatch:open-tab';

/**
 * Holds this tab's share of the open-tab lock until `signal` aborts, then tells whether another
 * tab holds it too: false means no other tab is open to answer, so asking need not wait. Unsure
 * (no Web Locks: an old browser, or a page not served over https or from localhost) counts as
 * another tab.
 */
async function otherTabsOpen(signal: AbortSignal): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return true;
  try {
    await new Promise<void>((granted, refused) => {
      locks
        .request(OPEN_TAB_LOCK, { mode: 'shared', signal }, () => {
          granted();
          return new Promise<void>((release) => signal.addEventListener('abort', () => release()));
        })
        .catch(refused);
    });
    const { held = [] } = await locks.query();
    return held.filter((lock) => lock.name === OPEN_TAB_LOCK).length > 1;
  } catch {
    return true;
  }
}

function toMessage(change: KeyChange): KeyMessage {
  const v = TAB_PROTOCOL_VERSION;
  return change.kind === 'saved'
    ? { v, type: 'key', key: change.apiKey, remembered: change.remembered, stamp: change.stamp }
    : { v, type: 'key-forgotten', stamp: change.stamp };
}

/**
 * Tells the other tabs of every key change made in this one, and asks them for their key when
 * this tab starts without one. Returns the handler for key messages from other tabs.
 */
export function shareKey(
  post: (message: KeyMessage) => void,
  signal: AbortSignal,
): (message: KeyMessage) => void {
  signal.addEventListener(
    'abort',
    keySharing.onLocalChange((change) => post(toMessage(change))),
  );

  const othersOpen = otherTabsOpen(signal);
  if (!keySharing.held()) {
    keySharing.startAsking();
    const timer = setTimeout(keySharing.stopAsking, ASK_TIMEOUT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer));
    post({ v: TAB_PROTOCOL_VERSION, type: 'key-ask' });
    // Alone, nobody will answer: a first visit is offered the demo at once, not a second later.
    void othersOpen.then((open) => {
      if (open) return;
      clearTimeout(timer);
      keySharing.stopAsking();
    });
  }

  return (message) => {
    if (message.type === 'key-ask') {
      const held = keySharing.held();
      if (held) post(toMessage(held));
      return;
    }
    const change: KeyChange =
      message.type === 'key'
        ? {
            kind: 'saved',
            apiKey: message.key,
            remembered: message.remembered,
            stamp: message.stamp,
          }
        : { kind: 'forgotten', stamp: message.stamp };
    // A refused key's pause ends with a new key, as when one is saved in Settings.
    if (keySharing.receive(change)) requestLimiter.clearKeyRejections();
  };
}
