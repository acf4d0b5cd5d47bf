import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { apiGet, taskContentUrl, type Connection } from '../../api/http-client';
import type { Task } from '../../api/task-model';
import {
  declaredLength,
  formatBytes,
  readBodyLimited,
  readTextLimited,
} from '../../lib/limited-body';
import { safeMediaUrl } from '../../lib/safe-url';
import { MAX_VIDEO_BYTES } from './download-video';
import type { LinkRefresh } from './use-media-recovery';
import { useContentThumbnail } from './use-content-thumbnail';
import { VideoPlayer } from './video-player';

const MAX_JSON_BYTES = 1024 * 1024;
/** Long enough for 512 MB on a slow line; Cancel and leaving the page stop it sooner. */
const CONTENT_TIMEOUT_MS = 10 * 60 * 1000;

type LoadState =
  | { kind: 'idle' }
  | { kind: 'loading'; received: number; total: number | undefined }
  | { kind: 'ready'; src: string }
  | { kind: 'error'; message: string };

/** The video's bytes as a blob URL, or the URL some resellers answer /content with instead. */
async function fetchContent(
  connection: Connection,
  id: string,
  signal: AbortSignal,
  onProgress: (received: number, total: number | undefined) => void,
): Promise<{ src: string; isBlob: boolean }> {
  const response = await apiGet(connection, taskContentUrl(connection, id), {
    signal,
    timeoutMs: CONTENT_TIMEOUT_MS,
  });
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    // Some resellers answer /content with JSON that points at the file instead.
    const text = await readTextLimited(response, MAX_JSON_BYTES);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const url =
      typeof body === 'object' && body !== null && 'video_url' in body
        ? safeMediaUrl(body.video_url)
        : undefined;
    if (!url) throw new Error('The provider answered /content without a usable video URL.');
    return { src: url, isBlob: false };
  }
  const total = declaredLength(response);
  const blob = await readBodyLimited(response, MAX_VIDEO_BYTES, (received) =>
    onProgress(received, total),
  );
  return { src: URL.createObjectURL(blob), isBlob: true };
}

function messageOf(error: unknown): string {
  return isApiError(error) || error instanceof Error ? error.message : String(error);
}

/**
 * OpenAI's official shape has no URL: the bytes come from /content and need the key, so a
 * plain <video src> cannot play them. They are fetched only when asked (they can be large),
 * with a size limit, stopped when the page is left; the blob URL is revoked then too.
 */
export function ContentEndpointVideo({ task, connection }: { task: Task; connection: Connection }) {
  const [state, setState] = useState<LoadState>({ kind: 'idle' });
  const thumbnail = useContentThumbnail(connection, task.id);
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

  /** Plays what /content gave, unless that fetch was cancelled meanwhile. */
  const adopt = (signal: AbortSignal, { src, isBlob }: { src: string; isBlob: boolean }) => {
    if (signal.aborted) {
      if (isBlob) URL.revokeObjectURL(src);
      return false;
    }
    if (objectUrl.current && objectUrl.current !== src) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = isBlob ? src : undefined;
    setState({ kind: 'ready', src });
    return true;
  };

  const load = () => {
    const signal = restart();
    setState({ kind: 'loading', received: 0, total: undefined });
    let shown = 0;
    fetchContent(connection, task.id, signal, (received, total) => {
      // One update per megabyte, not one per network chunk.
      if (received - shown < 1024 * 1024) return;
      shown = received;
      setState({ kind: 'loading', received, total });
    }).then(
      (content) => adopt(signal, content),
      (error: unknown) => {
        if (signal.aborted) return;
        setState({ kind: 'error', message: messageOf(error) });
      },
    );
  };

  /** For a reseller that answered /content with a URL: ask /content again when it fails. */
  const refreshContentLink = async (): Promise<LinkRefresh> => {
    const signal = restart();
    try {
      const content = await fetchContent(connection, task.id, signal, () => undefined);
      return adopt(signal, content)
        ? { url: content.src, error: null }
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
        refreshLink={state.src.startsWith('blob:') ? undefined : refreshContentLink}
      />
    );
  }
  return (
    <div className="space-y-2">
      {thumbnail ? (
        <img
          src={thumbnail}
          alt={`Thumbnail of ${task.id}`}
          className="max-h-[70vh] max-w-full rounded bg-black"
        />
      ) : null}
      <p className="text-sm text-slate-600">
        This provider serves the video only with your API key, so the page fetches the whole file
        (up to {formatBytes(MAX_VIDEO_BYTES)}) when you ask.
      </p>
      {state.kind === 'loading' ? (
        <div className="flex flex-wrap items-center gap-2">
          <p role="status" className="text-sm text-slate-700">
            Fetching the video with your key… {formatBytes(state.received)}
            {state.total === undefined ? '' : ` of ${formatBytes(state.total)}`}
          </p>
          <button type="button" className="btn-secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="btn-primary" onClick={load}>
          {state.kind === 'error' ? 'Try again' : 'Load video'}
        </button>
      )}
      {state.kind === 'error' ? (
        <p role="alert" className="text-sm text-rose-700">
          Could not load the video: {state.message}
        </p>
      ) : null}
    </div>
  );
}
