import { useEffect, useRef, useState } from 'react';
import { fetchKeyedFile, type KeyedFile } from '../api/get-task-content';
import type { Connection } from '../api/http-client';
import { isApiError } from '../domain/api-error';
import { linkExpiry } from '../domain/readers/read-media';
import type { Task } from '../domain/task-model';
import { t } from '../lib/i18n';
import { useContentThumbnail } from './use-content-thumbnail';
import type { LinkRefresh } from './use-media-recovery';

/** What a player is given to play: the task page's player, or a compare column's video. */
export interface PlayerSource {
  src: string;
  poster: string | undefined;
  task: Task;
  /** Fetches the task (or file) again for a fresh link; absent when it cannot be renewed. */
  refreshLink: (() => Promise<LinkRefresh>) | undefined;
  /** When `src` stops working, if the provider said. */
  expiresAt: number | undefined;
}

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
function useKeyedVideo(connection: Connection, url: string) {
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

/** A keyed video waiting to be asked for, coming, failed, or ready to play. */
type KeyedStage = Exclude<KeyedLoad, { kind: 'ready' }> | { kind: 'playing'; source: PlayerSource };

/**
 * A task's keyed video (`useKeyedVideo`) with its picture: the official shape's thumbnail
 * (fetched with the key) or the poster, and once fetched, what the player plays.
 */
export function useKeyedPlayer(task: Task, connection: Connection, url: string) {
  const { state, load, cancel, refreshLink } = useKeyedVideo(connection, url);
  const thumbnail = useContentThumbnail(
    connection,
    task.video?.kind === 'content-endpoint' ? task.id : undefined,
  );
  const picture = thumbnail ?? task.posterUrl;
  const stage: KeyedStage =
    state.kind === 'ready'
      ? {
          kind: 'playing',
          source: {
            src: state.src,
            poster: picture,
            task,
            refreshLink: state.isBlob ? undefined : refreshLink,
            expiresAt: state.isBlob ? undefined : (linkExpiry(state.src) ?? task.mediaExpiresAt),
          },
        }
      : state;
  return { stage, load, cancel, picture };
}
