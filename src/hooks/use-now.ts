import { useSyncExternalStore } from 'react';

// One shared clock for everything on the page that depends on the time ("12 s ago", "stalled"):
// each user re-renders on its own, so the rows around it do not.
const TICK_MS = 5_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getNow = () => now;

/** The current time, updated every few seconds. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getNow);
}
