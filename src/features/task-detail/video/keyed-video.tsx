import { useEffect, useId, useRef, useState } from 'react';
import { isApiError } from '../../../domain/api-error';
import {
  fetchKeyedFile,
  MAX_VIDEO_BYTES,
  type KeyedFile,
  type KeyedTarget,
} from '../../../api/get-task-content';
import type { Connection } from '../../../api/http-client';
import { linkExpiry } from '../../../domain/readers/read-media';
import type { Task } from '../../../domain/task-model';
import { formatBytes } from '../../../lib/limited-body';
import { LinkExpiry } from './link-expiry';
import { useContentThumbnail } from './use-content-thumbnail';
import type { LinkRefresh } from './use-media-recovery';
import { downloadMessage, isDownloadProblem, useVideoDownload } from './use-video-download';
import { VideoPlayer } from './video-player';
import { videoFileName } from './video-file-name';

type Playable = { src: string; isBlob: boolean };

type LoadState =
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
 * A video that needs the API key: OpenAI's `/content`, or a keyed URL on the API's own origin.
 * A plain <video src> cannot send the key, so the bytes are fetched, only when asked (they can
 * be large), with a size limit, stopped when the page is left; the blob URL is revoked then too.
 * The official shape's thumbnail comes first.
 */
export function KeyedVideo({
  task,
  connection,
  url,
}: {
  task: Task;
  connection: Connection;
  /** Where the file is fetched with the key (`keyedVideoTarget`). */
  url: string;
}) {
  const [state, setState] = useState<LoadState>({ kind: 'idle' });
  const thumbnail = useContentThumbnail(
    connection,
    task.video?.kind === 'content-endpoint' ? task.id : undefined,
  );
  const controller = useRef<AbortController | null>(null);
  const objectUrl = useRef<string | undefined>(undefined);
  const fileName = videoFileName(task);
  const download = useVideoDownload(fileName);

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
        : { url: undefined, error: new Error('Cancelled.') };
    } catch (error) {
      return { url: undefined, error: error instanceof Error ? error : new Error(String(error)) };
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setState({ kind: 'idle' });
  };

  if (state.kind === 'ready') {
    return (
      <VideoPlayer
        src={state.src}
        poster={thumbnail ?? task.posterUrl}
        task={task}
        refreshLink={state.isBlob ? undefined : refreshLink}
        expiresAt={state.isBlob ? undefined : (linkExpiry(state.src) ?? task.mediaExpiresAt)}
      />
    );
  }
  const picture = thumbnail ?? task.posterUrl;
  return (
    <div className="space-y-2">
      {picture ? (
        <img
          src={picture}
          alt={`Thumbnail of ${task.id}`}
          className="max-h-[70vh] max-w-full rounded bg-black"
          referrerPolicy="no-referrer"
        />
      ) : null}
      {task.mediaExpiresAt !== undefined ? <LinkExpiry expiresAt={task.mediaExpiresAt} /> : null}
      <p className="text-sm text-slate-600">
        This provider serves the video only with your API key, so the page fetches the whole file
        (up to {formatBytes(MAX_VIDEO_BYTES)}) when you ask.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {state.kind === 'loading' ? (
          <>
            <p role="status" className="text-sm text-slate-700">
              Fetching the video with your key… {formatBytes(state.received)}
              {state.total === undefined ? '' : ` of ${formatBytes(state.total)}`}
            </p>
            <button type="button" className="btn-secondary" onClick={cancel}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="btn-primary" onClick={load}>
            {state.kind === 'error' ? 'Try again' : 'Load video'}
          </button>
        )}
        <button
          type="button"
          className="btn-secondary"
          aria-disabled={download.state.kind === 'busy'}
          onClick={() => download.start({ kind: 'keyed', url, connection })}
        >
          Download video
        </button>
      </div>
      {state.kind === 'error' ? (
        <p role="alert" className="text-sm text-rose-700">
          Could not load the video: {state.message}
        </p>
      ) : null}
      <p
        role="status"
        className={`text-sm ${isDownloadProblem(download.state) ? 'text-amber-900' : 'text-slate-600'}`}
      >
        {downloadMessage(download.state, fileName)}
      </p>
      {download.state.kind === 'done' && download.state.outcome.kind === 'opened' ? (
        <a
          href={download.state.outcome.url}
          target="_blank"
          rel="noreferrer noopener"
          className="btn-secondary"
        >
          Open in a new tab
        </a>
      ) : null}
    </div>
  );
}

/**
 * A file that needs the key but is not on the API's origin. The key goes nowhere else, so the
 * page does not fetch it; the person can still open it and see what that host answers.
 */
export function KeyedVideoElsewhere({
  target,
}: {
  target: Extract<KeyedTarget, { kind: 'elsewhere' }>;
}) {
  const titleId = useId();
  return (
    <div
      role="note"
      aria-labelledby={titleId}
      className="space-y-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3"
    >
      <p id={titleId} className="text-sm font-semibold text-amber-950">
        The video is on another host
      </p>
      <p className="text-sm text-amber-950">
        The provider serves this file only with your API key, and it is on{' '}
        <span className="break-all font-mono">{target.origin}</span>
        {target.apiOrigin ? (
          <>
            , not on your API&apos;s address (
            <span className="break-all font-mono">{target.apiOrigin}</span>)
          </>
        ) : null}
        . Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab
        to see what that host answers.
      </p>
      <a href={target.url} target="_blank" rel="noreferrer noopener" className="btn-secondary">
        Open in a new tab
      </a>
    </div>
  );
}
