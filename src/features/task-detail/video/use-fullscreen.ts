import { useCallback, useState, useSyncExternalStore } from 'react';
import { t } from '../../../lib/i18n';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Full screen for one element, with a message a person can act on when the browser refuses. */
export function useFullscreen(element: HTMLElement | null) {
  const active = useSyncExternalStore(
    subscribe,
    () => element !== null && document.fullscreenElement === element,
    () => false,
  );
  const [error, setError] = useState<string | undefined>(undefined);

  const toggle = useCallback(() => {
    setError(undefined);
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    if (
      !element ||
      typeof element.requestFullscreen !== 'function' ||
      !document.fullscreenEnabled
    ) {
      setError(
        t(
          'This browser does not allow full screen here. Use the video’s own full-screen button, or your browser’s full-screen key (F11).',
        ),
      );
      return;
    }
    element.requestFullscreen().catch((reason: unknown) => {
      setError(
        reason instanceof Error && reason.message
          ? t(
              'The browser refused full screen ({reason}). Use the video’s own full-screen button, or your browser’s full-screen key (F11).',
              { reason: reason.message },
            )
          : t(
              'The browser refused full screen. Use the video’s own full-screen button, or your browser’s full-screen key (F11).',
            ),
      );
    });
  }, [element]);

  return { active, toggle, error };
}
