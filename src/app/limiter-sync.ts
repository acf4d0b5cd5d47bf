import { onlineManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { requestLimiter } from '../api/request-limiter';
import { useMaxInFlight, useRequestsPerSecond } from '../stores/connection-store';

/** Hidden tabs and offline browsers send nothing: the limiter holds every request until back. */
export function installLimiterGates(): () => void {
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

/** The limiter follows the settings. */
export function useLimiterSettings(): void {
  const maxInFlight = useMaxInFlight();
  const requestsPerSecond = useRequestsPerSecond();
  useEffect(() => {
    requestLimiter.configure({ maxInFlight, requestsPerSecond });
  }, [maxInFlight, requestsPerSecond]);
}
