// A finished task's video file, opened for saving: the detail page's Download and the ZIP of the
// selected videos fetch it the one same way. A plain link is fetched without the key or cookies
// (media hosts are not the API's origin); a file that needs the key goes only to the API's own
// origin (get-task-content.ts). Every request, to a media host too, goes through the limiter,
// so saving a hundred videos sends nothing faster than the settings allow.
import type { Connection } from './http-client';
import { keyedVideoTarget, openKeyedFile } from './get-task-content';
import type { Task } from '../domain/task-model';
import { requestLimiter, type RequestLimiter } from './request-limiter';
import { PRIORITY } from './task-priority';

export type VideoFileSource =
  /** A link anyone may fetch: fetched without the key or cookies. */
  | { kind: 'link'; url: string }
  /** A file that needs the key, on the API's own origin (see `keyedVideoTarget`). */
  | { kind: 'keyed'; url: string; connection: Connection };

/** Why a finished task's video cannot be fetched, before anything is asked. */
export type VideoSkip =
  /** Finished, but the provider sent no video address. */
  | { kind: 'no-video' }
  /** Finished, but its video address is not https (kept aside by the model). */
  | { kind: 'unsafe-address' }
  /** The file needs the API key, and lives on a host that is not the API's. */
  | { kind: 'key-elsewhere'; origin: string }
  /** The file needs the API key, and this tab has none. */
  | { kind: 'no-key' };

/**
 * Where a finished task's video is fetched from, or why it cannot be: the ZIP of the selected
 * videos and keeping videos in this browser ask alike.
 */
export function videoSourceOf(
  task: Task,
  connection: Connection,
): { source: VideoFileSource } | { skip: VideoSkip } {
  const video = task.video;
  if (video === undefined) {
    return { skip: { kind: task.blockedUrls.length ? 'unsafe-address' : 'no-video' } };
  }
  if (video.kind === 'url') return { source: { kind: 'link', url: video.url } };
  const target = keyedVideoTarget(connection, task.id, video);
  if (target === undefined) return { skip: { kind: 'no-video' } };
  if (target.kind === 'elsewhere') {
    return { skip: { kind: 'key-elsewhere', origin: target.origin } };
  }
  if (connection.apiKey === '') return { skip: { kind: 'no-key' } };
  return { source: { kind: 'keyed', url: target.url, connection } };
}

/** Why a link's file could not be read, as far as the browser lets the page know. */
export type LinkProblem =
  /** The host answered with this HTTP status (readable: it sent CORS headers). */
  | { kind: 'status'; status: number }
  /**
   * No answer the page may read: the host sends no CORS headers (many media hosts send them on
   * success only, so an expired link looks the same), or it could not be reached.
   */
  | { kind: 'refused' };

export class LinkFetchError extends Error {
  override readonly name = 'LinkFetchError';
  readonly url: string;
  readonly problem: LinkProblem;

  constructor(url: string, problem: LinkProblem) {
    // For developers only: every screen words the problem itself.
    super(problem.kind === 'status' ? `HTTP ${problem.status}` : 'No readable answer');
    this.url = url;
    this.problem = problem;
  }
}

/** A file the person asked for: it goes before the background polls. */
const asked = () => PRIORITY.asked;

/**
 * GETs a media link without the key, through the limiter (per the link's own origin). Resolves
 * with the 2xx Response, its body unread; throws LinkFetchError otherwise (the abort reason
 * when `signal` aborts).
 */
async function fetchLink(
  url: string,
  { signal, limiter = requestLimiter }: { signal: AbortSignal; limiter?: RequestLimiter },
): Promise<Response> {
  let response: Response;
  try {
    const origin = new URL(url).origin;
    const send = () => fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
    // No key goes with it: '' is never a key the limiter holds back.
    response = await limiter.schedule(origin, '', send, signal, asked);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LinkFetchError(url, { kind: 'refused' });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new LinkFetchError(url, { kind: 'status', status: response.status });
  }
  return response;
}

export interface OpenedVideo {
  /** The 2xx answer, its body not yet read. */
  response: Response;
  /** The link it came from without the key, if it did: a new tab may still open it. */
  link: string | undefined;
}

/**
 * Opens a task's video for saving. A keyed file is asked for with the key, only on the API's
 * origin; when that answers with a link elsewhere, the link is fetched without it. Throws
 * LinkFetchError for a link that gave no file, ApiError (or NoVideoInAnswerError) for a keyed
 * one.
 */
export async function openVideo(
  source: VideoFileSource,
  { signal }: { signal: AbortSignal },
): Promise<OpenedVideo> {
  if (source.kind === 'link') {
    return { response: await fetchLink(source.url, { signal }), link: source.url };
  }
  const file = await openKeyedFile(source.connection, source.url, { signal });
  if (file.kind === 'response') return { response: file.response, link: undefined };
  return { response: await fetchLink(file.url, { signal }), link: file.url };
}
