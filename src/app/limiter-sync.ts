import { onlineManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { requestLimiter } from '../api/request-limiter';
import {
  connectionSettingsNow,
  useMaxInFlight,
  useRequestsPerSecond,
} from '../stores/connection-store';

/**
 * Hidden tabs and offline browsers send nothing: the limiter holds every request until back.
 * The saved limits apply from the start: the first requests after a load (rows ask as they
 * mount, before the app shell's effects run) must keep them too.
 */
export function installLimiterGates(): () => void {
  const { maxInFlight, requestsPerSecond } = connectionSettingsNow();
  requestLimiter.configure({ maxInFlight, requestsPerSecond });
  const update = () =>
    requestLimiter.setOpen(document.visibilityState !== 'hidden' && onlineManager.isOnline());
  update();
  document.addEventListener('visibilitychange', update);
  const unsubscribe = onlineManager.subscribe(update);
  return () => {
    document.removeEventListener('visibilitychange', update);
    unsubscribe();
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
