import { useEffect, useRef, useState } from 'react';
import { fetchKeyedFile, type KeyedFile } from '../api/get-task-content';
import type { Connection } from '../api/http-client';
import { isApiError } from '../domain/api-error';
import { t } from '../lib/i18n';
import type { LinkRefresh } from './use-media-recovery';

interface Playable {
  src: string;
  isBlob: boolean;
}

export type KeyedLoad =
  | { kind: 'idle' }
  | { kind: 'loading'; received: number; total: number | undefined }
  | ({ kind: 'ready' } & Playable)
  | { kind: 'error'; message: string };

function messageOf(error: unknown): string {
  return isApiError(error) || error instanceof Error ? error.message : String(error);
}

/** A fetched file as something a <video> plays: its bytes as a blob: URL, or the link it named. */
function playable(file: KeyedFile): Playable {
  return file.kind === 'bytes'
    ? { src: URL.createObjectURL(file.blob), isBlob: true }
    : { src: file.url, isBlob: false };
}

/**
 * A video that needs the API key (`url` from `keyedVideoTarget`, on the API's own origin). A
 * plain <video src> cannot send the key, so the bytes are fetched, only when `load` is called
 * (they can be large), with a size limit, stopped when the component goes; the blob URL is
 * revoked then too. The detail page's player and the compare page load keyed videos this way.
 */
export function useKeyedVideo(connection: Connection, url: string) {
  const [state, setState] = useState<KeyedLoad>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const objectUrl = useRef<string | undefined>(undefined);

  useEffect(
    () => () => {
      controller.current?.abort();
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    },
    [],
  );

  /** A fresh AbortController for the next fetch, aborting the one before. */
  const restart = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    return current.signal;
  };

  /** Plays what the fetch gave, unless it was cancelled meanwhile. */
  const adopt = (signal: AbortSignal, file: KeyedFile): Playable | undefined => {
    if (signal.aborted) return undefined;
    const next = playable(file);
    if (objectUrl.current && objectUrl.current !== next.src) {
      URL.revokeObjectURL(objectUrl.current);
    }
    objectUrl.current = next.isBlob ? next.src : undefined;
    setState({ kind: 'ready', ...next });
    return next;
  };

  const load = () => {
    const signal = restart();
    setState({ kind: 'loading', received: 0, total: undefined });
    let shown = 0;
    fetchKeyedFile(connection, url, {
      signal,
      onProgress: (received, total) => {
        // One update per megabyte, not one per network chunk.
        if (received - shown < 1024 * 1024) return;
        shown = received;
        setState({ kind: 'loading', received, total });
      },
    }).then(
      (file) => adopt(signal, file),
      (error: unknown) => {
        if (signal.aborted) return;
        setState({ kind: 'error', message: messageOf(error) });
      },
    );
  };

  /** For a provider that answered with a link: ask again when that link fails. */
  const refreshLink = async (): Promise<LinkRefresh> => {
    const signal = restart();
    try {
      const next = adopt(signal, await fetchKeyedFile(connection, url, { signal }));
      return next
        ? { url: next.src, error: null }
        : { url: undefined, error: new Error(t('Cancelled.')) };
    } catch (error) {
      return { url: undefined, error: error instanceof Error ? error : new Error(String(error)) };
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setState({ kind: 'idle' });
  };

  return { state, load, cancel, refreshLink };
}
