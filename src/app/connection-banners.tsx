import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { requestLimiter } from '../api/request-limiter';
import { useIsFirstVisit, useKeyPresence } from '../hooks/use-key-presence';
import { useStorageRefused, useStorageUnreadable } from '../stores/storage-health';
import { linkTo, RichText } from '../components/ui/rich-text';
import { formatList, t } from '../lib/i18n';

/** A link to Settings inside a sentence. */
const settingsLink = linkTo('/settings', 'link font-medium');

function useLimiterState() {
  return useSyncExternalStore(requestLimiter.subscribe, requestLimiter.getSnapshot);
}

function useOnline() {
  return useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
}

function Countdown({ until }: { until: number }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="tabular-nums">
      {t('{seconds} s', { seconds: Math.max(0, Math.ceil((until - now) / 1000)) })}
    </span>
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/**
 * A tab without a key cannot ask the provider: one line says so wherever that matters (not in
 * Settings, where the key is entered, nor over the first visit's demo offer, which says it).
 */
function NoKeyLine() {
  const presence = useKeyPresence();
  const firstVisit = useIsFirstVisit();
  const { pathname } = useLocation();
  if (presence !== 'none' || pathname === '/settings' || (firstVisit && pathname === '/')) {
    return null;
  }
  return (
    <p
      role="status"
      className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-900 ring-1 ring-slate-300"
    >
      <RichText
        message="No API key in this tab: nothing is checked or refreshed. <link>Enter a key in Settings</link>."
        parts={{ link: settingsLink }}
      />
    </p>
  );
}

/** Storage that is full, blocked or unreadable: said once; the app goes on in memory or afresh. */
function StorageLines() {
  const refused = useStorageRefused();
  const unreadable = useStorageUnreadable();
  const line = 'rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300';
  return (
    <>
      {refused.length ? (
        <p role="alert" className={line}>
          {t(
            'This browser would not store {what} (its storage is full or blocked, as in a private window). It stays in this tab until you close it; free some space or allow site data to keep it.',
            {
              what: formatList(
                refused.map((what) => what()),
                'disjunction',
              ),
            },
          )}
        </p>
      ) : null}
      {unreadable.length ? (
        <p role="alert" className={line}>
          {t(
            "Some saved data could not be read ({what}), so it started afresh. A copy of what could not be read is kept in this browser's storage.",
            {
              what: formatList(
                unreadable.map((what) => what()),
                'conjunction',
              ),
            },
          )}
        </p>
      ) : null}
    </>
  );
}

/** Problems that concern every task at once, shown once above the page instead of on each row. */
export function ConnectionBanners() {
  const online = useOnline();
  const { rateLimited, keyRejected } = useLimiterState();
  return (
    <div className="space-y-2" aria-live="polite">
      <NoKeyLine />
      <StorageLines />
      {online ? null : (
        <p role="status" className="rounded-md bg-slate-800 px-3 py-2 text-sm text-white">
          {t('You are offline. Polling is paused and resumes when the connection is back.')}
        </p>
      )}
      {rateLimited.map(({ origin, until }) => (
        <p
          key={origin}
          role="status"
          className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300"
        >
          <RichText
            message="{host} is rate limiting this key (429). Every request to it is paused for <countdown></countdown>."
            parts={{ countdown: () => <Countdown until={until} /> }}
            values={{ host: hostOf(origin) }}
          />
        </p>
      ))}
      {keyRejected.map((origin) => (
        <p
          key={origin}
          role="alert"
          className="rounded-md bg-rose-100 px-3 py-2 text-sm text-rose-950 ring-1 ring-rose-300"
        >
          <RichText
            message="{host} rejected the API key (401/403). Polling is paused for it. <link>Enter a valid key in Settings</link>."
            parts={{ link: settingsLink }}
            values={{ host: hostOf(origin) }}
          />
        </p>
      ))}
    </div>
  );
}
