import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
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
import { RichText } from '../../../components/ui/rich-text';
import { t } from '../../../lib/i18n';
import { LinkExpiry } from './link-expiry';
import { useContentThumbnail } from './use-content-thumbnail';
import type { LinkRefresh } from './use-media-recovery';
import { downloadMessage, isDownloadProblem, useVideoDownload } from './use-video-download';
import { VideoPlayer } from './video-player';
import { videoFileName } from '../../../domain/video-file-name';

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
  actions,
}: {
  task: Task;
  connection: Connection;
  /** Where the file is fetched with the key (`keyedVideoTarget`). */
  url: string;
  /** More controls beside Download (keeping the file in this browser). */
  actions?: ReactNode;
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
        : { url: undefined, error: new Error(t('Cancelled.')) };
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
        actions={actions}
      />
    );
  }
  const picture = thumbnail ?? task.posterUrl;
  return (
    <div className="space-y-2">
      {picture ? (
        <img
          src={picture}
          alt={t('Thumbnail of {id}', { id: task.id })}
          className="max-h-[70vh] max-w-full rounded bg-black"
          referrerPolicy="no-referrer"
        />
      ) : null}
      {task.mediaExpiresAt !== undefined ? <LinkExpiry expiresAt={task.mediaExpiresAt} /> : null}
      <p className="text-sm text-slate-600">
        {t(
          'This provider serves the video only with your API key, so the page fetches the whole file (up to {size}) when you ask.',
          { size: formatBytes(MAX_VIDEO_BYTES) },
        )}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {state.kind === 'loading' ? (
          <>
            <p role="status" className="text-sm text-slate-700">
              {state.total === undefined
                ? t('Fetching the video with your key… {received}', {
                    received: formatBytes(state.received),
                  })
                : t('Fetching the video with your key… {received} of {total}', {
                    received: formatBytes(state.received),
                    total: formatBytes(state.total),
                  })}
            </p>
            <button type="button" className="btn-secondary" onClick={cancel}>
              {t('Cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="btn-primary" onClick={load}>
            {state.kind === 'error' ? t('Try again') : t('Load video')}
          </button>
        )}
        <button
          type="button"
          className="btn-secondary"
          aria-disabled={download.state.kind === 'busy'}
          onClick={() => download.start({ kind: 'keyed', url, connection })}
        >
          {t('Download video')}
        </button>
        {actions}
      </div>
      {state.kind === 'error' ? (
        <p role="alert" className="text-sm text-rose-700">
          {t('Could not load the video: {reason}', { reason: state.message })}
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
          {t('Open in a new tab')}
        </a>
      ) : null}
    </div>
  );
}

const host = (text: string) => <span className="break-all font-mono">{text}</span>;

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
        {t('The video is on another host')}
      </p>
      <p className="text-sm text-amber-950">
        {target.apiOrigin ? (
          <RichText
            message="The provider serves this file only with your API key, and it is on <host>{origin}</host>, not on your API's address (<host>{apiOrigin}</host>). Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab to see what that host answers."
            parts={{ host }}
            values={{ origin: target.origin, apiOrigin: target.apiOrigin }}
          />
        ) : (
          <RichText
            message="The provider serves this file only with your API key, and it is on <host>{origin}</host>. Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab to see what that host answers."
            parts={{ host }}
            values={{ origin: target.origin }}
          />
        )}
      </p>
      <a href={target.url} target="_blank" rel="noreferrer noopener" className="btn-secondary">
        {t('Open in a new tab')}
      </a>
    </div>
  );
}
