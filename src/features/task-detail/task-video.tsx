import { useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { apiGet, taskContentUrl, type Connection } from '../../api/http-client';
import type { Task } from '../../api/task-model';
import { useNow } from '../../hooks/use-now';
import { formatDateTime, formatRelative } from '../../lib/format';
import { safeMediaUrl } from '../../lib/safe-url';

const MAX_VIDEO_BYTES = 512 * 1024 * 1024;

function fileName(task: Task): string {
  return `${task.id.replace(/[^A-Za-z0-9_-]+/g, '_')}.mp4`;
}

function LinkExpiry({ expiresAt }: { expiresAt: number }) {
  const now = useNow();
  const expired = expiresAt <= now;
  return (
    <p className={`text-sm ${expired ? 'text-rose-800' : 'text-slate-600'}`}>
      {expired ? 'This video link expired ' : 'This video link expires '}
      <time dateTime={new Date(expiresAt).toISOString()} title={formatDateTime(expiresAt)}>
        {formatRelative(expiresAt, now)}
      </time>
      {expired
        ? '. Refresh the task to ask the provider for a fresh one.'
        : '. Download it before then.'}
    </p>
  );
}

function Player({ src, poster, task }: { src: string; poster?: string; task: Task }) {
  return (
    <div className="space-y-2">
      {task.mediaExpiresAt !== undefined && !src.startsWith('blob:') ? (
        <LinkExpiry expiresAt={task.mediaExpiresAt} />
      ) : null}
      {/* Generated videos come without a caption track; there is nothing to point <track> at. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <video
        controls
        playsInline
        preload="metadata"
        src={src}
        poster={poster}
        aria-label={`Video of ${task.id}`}
        className="max-h-[70vh] max-w-full rounded bg-black"
      />
      <div className="flex flex-wrap gap-2">
        <a href={src} download={fileName(task)} className="btn-secondary" rel="noreferrer">
          Download video
        </a>
        {src.startsWith('blob:') ? null : (
          <a href={src} target="_blank" rel="noreferrer noopener" className="btn-secondary">
            Open in a new tab
          </a>
        )}
      </div>
    </div>
  );
}

type ContentState =
  { kind: 'loading' } | { kind: 'ready'; src: string } | { kind: 'error'; message: string };

/**
 * OpenAI's official shape has no URL: the bytes come from /content and need the key, so a
 * plain <video src> cannot play them. Fetch once, play from a blob URL, revoke it on leave.
 */
function ContentEndpointVideo({ task, connection }: { task: Task; connection: Connection }) {
  const [state, setState] = useState<ContentState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | undefined;
    const load = async () => {
      const response = await apiGet(connection, taskContentUrl(connection, task.id), {
        signal: controller.signal,
        timeoutMs: 120_000,
      });
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('json')) {
        // Some resellers answer /content with JSON that points at the file instead.
        const body: unknown = await response.json();
        const url =
          typeof body === 'object' && body !== null && 'video_url' in body
            ? safeMediaUrl(body.video_url)
            : undefined;
        if (!url) throw new Error('The provider answered /content without a usable video URL.');
        return url;
      }
      const length = Number(response.headers.get('content-length'));
      if (length > MAX_VIDEO_BYTES)
        throw new Error('The video is larger than 512 MB; download it with curl.');
      objectUrl = URL.createObjectURL(await response.blob());
      return objectUrl;
    };
    load().then(
      (src) => setState({ kind: 'ready', src }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          kind: 'error',
          message: isApiError(error) || error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [connection, task.id]);

  if (state.kind === 'loading')
    return <p className="text-sm text-slate-600">Fetching the video with your key…</p>;
  if (state.kind === 'error') {
    return (
      <p role="alert" className="text-sm text-rose-700">
        Could not load the video: {state.message}
      </p>
    );
  }
  return <Player src={state.src} poster={task.posterUrl} task={task} />;
}

export function TaskVideo({ task, connection }: { task: Task; connection: Connection }) {
  if (task.video?.kind === 'url')
    return <Player src={task.video.url} poster={task.posterUrl} task={task} />;
  if (task.video?.kind === 'content-endpoint')
    return <ContentEndpointVideo task={task} connection={connection} />;
  const why =
    task.status === 'failed'
      ? 'No video: the task failed.'
      : task.status === 'succeeded'
        ? task.blockedUrls.length
          ? 'The provider sent a video address that is not https, so it is not played here. It is listed in the raw response.'
          : 'The task finished but the provider sent no video address.'
        : 'The video appears here when the task is done.';
  return <p className="text-sm text-slate-600">{why}</p>;
}
