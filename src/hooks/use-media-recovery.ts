import { useEffect, useRef, useState } from 'react';

/** What asking the provider again gave: the task's video link now, or why asking failed. */
export interface LinkRefresh {
  url: string | undefined;
  error: Error | null;
}

type MediaFailureReason =
  /** The provider sent the same link again. */
  | 'same-link'
  /** A fresh link did not play either. */
  | 'failed-again'
  /** Asking the provider for a fresh link failed. */
  | 'refresh-failed'
  /** The source cannot be renewed by asking again (a blob: URL, a link from /content). */
  | 'not-renewable';

export type Recovery =
  | { kind: 'playing' }
  | { kind: 'refreshing'; manual: boolean }
  | {
      kind: 'failed';
      reason: MediaFailureReason;
      /** MediaError.code of the last failure (1 aborted, 2 network, 3 decode, 4 unsupported). */
      mediaCode: number | undefined;
      refreshError: string | undefined;
    };

type Stored = Exclude<Recovery, { kind: 'playing' }> & { src: string };

/**
 * Signed links expire, so when a video fails to load the task is fetched once more for a fresh
 * link before anything is explained. One automatic refresh per link, and none for a link that
 * came from a refresh: a provider that keeps sending broken links cannot start a loop.
 */
export function useMediaRecovery(
  src: string,
  refreshLink: (() => Promise<LinkRefresh>) | undefined,
) {
  const [stored, setStored] = useState<Stored | undefined>(undefined);
  /** Links that have had their automatic refresh, or that a refresh produced. */
  const noAutoRefresh = useRef(new Set<string>());
  /** The link whose automatic refresh is under way: its later error events change nothing. */
  const refreshing = useRef<string | undefined>(undefined);
  const unmounted = useRef(false);
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
    };
  }, []);

  const ask = async (failedSrc: string, manual: boolean, mediaCode: number | undefined) => {
    if (!refreshLink) return;
    setStored({ kind: 'refreshing', manual, src: failedSrc });
    refreshing.current = failedSrc;
    const { url, error } = await refreshLink().finally(() => {
      refreshing.current = undefined;
    });
    if (unmounted.current) return;
    if (error) {
      setStored({
        kind: 'failed',
        reason: 'refresh-failed',
        mediaCode,
        refreshError: error.message,
        src: failedSrc,
      });
    } else if (!url || url === failedSrc) {
      setStored({
        kind: 'failed',
        reason: 'same-link',
        mediaCode,
        refreshError: undefined,
        src: failedSrc,
      });
    } else {
      // The new link reaches the player through its props; if it fails too, say so at once.
      noAutoRefresh.current.add(url);
      setStored(undefined);
    }
  };

  /** For the <video>'s error event. */
  const onMediaError = (mediaCode: number | undefined) => {
    if (stored?.src === src || refreshing.current === src) return;
    const renewable = refreshLink !== undefined && !src.startsWith('blob:');
    if (renewable && !noAutoRefresh.current.has(src)) {
      noAutoRefresh.current.add(src);
      void ask(src, false, mediaCode);
      return;
    }
    setStored({
      kind: 'failed',
      reason: renewable ? 'failed-again' : 'not-renewable',
      mediaCode,
      refreshError: undefined,
      src,
    });
  };

  /** The person asked for a fresh link after the explanation. */
  const refreshNow = () => {
    const mediaCode = stored?.kind === 'failed' ? stored.mediaCode : undefined;
    void ask(src, true, mediaCode);
  };

  // Whatever happened to an older link does not concern the one playing now.
  const recovery: Recovery = stored && stored.src === src ? stored : { kind: 'playing' };
  return { recovery, onMediaError, refreshNow };
}
