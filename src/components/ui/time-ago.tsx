import { useSyncExternalStore } from 'react';
import { formatDateTime, formatTimeAgo } from '../../lib/format';

// One shared ticker for every relative time on the page: each <TimeAgo> re-renders on its own,
// so "12 s ago" stays true without re-rendering the rows around it.
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

export function TimeAgo({ epochMs }: { epochMs: number }) {
  const current = useSyncExternalStore(subscribe, getNow);
  return (
    <time dateTime={new Date(epochMs).toISOString()} title={formatDateTime(epochMs)}>
      {formatTimeAgo(epochMs, Math.max(current, epochMs))}
    </time>
  );
}
