import { onlineManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { requestLimiter } from '../api/request-limiter';
import {
  connectionSettingsNow,
  useMaxInFlight,
  useRequestsPerSecond,
} from '../stores/connection-store';
import { notifyingNow, subscribeToNotifySettings } from '../stores/notify-store';

/**
 * Hidden tabs and offline browsers send nothing: the limiter holds every request until back.
 * Only while notifications are on may a hidden tab send (the polling one, at most every 30 s).
 * The saved limits apply from the start: the first requests after a load (rows ask as they
 * mount, before the app shell's effects run) must keep them too.
 */
export function installLimiterGates(): () => void {
  const { maxInFlight, requestsPerSecond } = connectionSettingsNow();
  requestLimiter.configure({ maxInFlight, requestsPerSecond });
  const update = () =>
    requestLimiter.setOpen(
      (document.visibilityState !== 'hidden' || notifyingNow()) && onlineManager.isOnline(),
    );
  update();
  document.addEventListener('visibilitychange', update);
  const unsubscribe = onlineManager.subscribe(update);
  const unsubscribeNotify = subscribeToNotifySettings(update);
  return () => {
    document.removeEventListener('visibilitychange', update);
    unsubscribe();
    unsubscribeNotify();
  };
}

/** The limiter follows the settings as they change. */
export function useLimiterSettings(): void {
  const maxInFlight = useMaxInFlight();
  const requestsPerSecond = useRequestsPerSecond();
  useEffect(() => {
    requestLimiter.configure({ maxInFlight, requestsPerSecond });
  }, [maxInFlight, requestsPerSecond]);
}
