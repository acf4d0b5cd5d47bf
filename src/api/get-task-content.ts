// Files that need the API key: OpenAI's `/v1/videos/{id}/content` (and its thumbnail) and the
// keyed URLs some families answer with (OpenRouter's `unsigned_urls`, Gemini file URIs). The key
// goes only to the API's own origin: a keyed file anywhere else is never fetched with it, and
// `keyedVideoTarget` says so before anything is sent. Not query options: the bytes are large,
// wanted only on request, and live as blob: URLs the page revokes, which a cache must not hold.
import { apiGet, normaliseBaseUrl, taskContentUrl, type Connection } from './http-client';
import type { VideoSource } from '../domain/readers/read-media';
import { PRIORITY, priorityOf } from './task-priority';
import { declaredLength, readBodyLimited, readTextLimited } from '../lib/limited-body';
import { t } from '../lib/i18n';
import { safeMediaUrl } from '../lib/safe-url';

/** Above this a video is not pulled into the page's memory. */
export const MAX_VIDEO_BYTES = 512 * 1024 * 1024;
const MAX_THUMBNAIL_BYTES = 16 * 1024 * 1024;
const MAX_JSON_BYTES = 1024 * 1024;
/** Long enough for 512 MB on a slow line; Cancel and leaving the page stop it sooner. */
const CONTENT_TIMEOUT_MS = 10 * 60 * 1000;
/** `/content` may point at a file that points further; a provider cannot make this loop. */
const MAX_POINTERS = 2;
/** A keyed file is fetched only when the person asks (Load video, Download): it goes first. */
const asked = () => PRIORITY.asked;

/**
 * Where to fetch a keyed file with the key: the URL itself, or its route through this server's
 * proxy when requests go that way. Undefined when the file is not on the API's own origin (or
 * the base URL is not usable): then the key must not go there.
 */
export function keyedRequestUrl(connection: Connection, url: string): string | undefined {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(normaliseBaseUrl(connection.baseUrl));
  } catch {
    return undefined;
  }
  if (target.origin !== base.origin || target.username || target.password) return undefined;
  if (!connection.viaProxy) return target.href;
  // The proxy's route, as the HTTP seam builds it for the task's own requests.
  return `${connection.appOrigin}/proxy/${target.host}${target.pathname}${target.search}`;
}

export type KeyedTarget =
  /** Fetch with the key, here. */
  | { kind: 'api'; url: string }
  /** The file needs the key but lives on another host: not fetched, only linked to. */
  | { kind: 'elsewhere'; url: string; origin: string; apiOrigin: string | undefined };

/** Where a task's keyed video is fetched from; undefined for a plain link or no video. */
export function keyedVideoTarget(
  connection: Connection,
  id: string,
  video: VideoSource | undefined,
): KeyedTarget | undefined {
  if (video?.kind === 'content-endpoint') {
    try {
      return { kind: 'api', url: taskContentUrl(connection, id) };
    } catch {
      return undefined;
    }
  }
  if (video?.kind !== 'keyed-url') return undefined;
  const url = keyedRequestUrl(connection, video.url);
  if (url !== undefined) return { kind: 'api', url };
  let apiOrigin: string | undefined;
  try {
    apiOrigin = new URL(normaliseBaseUrl(connection.baseUrl)).origin;
  } catch {
    apiOrigin = undefined;
  }
  return { kind: 'elsewhere', url: video.url, origin: new URL(video.url).origin, apiOrigin };
}

export type KeyedFile =
  /** The file's bytes, fetched with the key. */
  | { kind: 'bytes'; blob: Blob }
  /** The provider pointed at a file elsewhere: play or fetch it without the key. */
  | { kind: 'link'; url: string };

/** A keyed file as it answered, its body not yet read: for saving, which streams it. */
export type OpenedKeyedFile =
  { kind: 'response'; response: Response } | { kind: 'link'; url: string };

export class NoVideoInAnswerError extends Error {
  override readonly name = 'NoVideoInAnswerError';
  constructor() {
    super(
      t(
        'The provider answered with JSON instead of the video, and it holds no usable video address (https).',
      ),
    );
  }
}

/** `{"url": …}` or `{"video_url": …}`, the answers some resellers give instead of bytes. */
export function pointedUrl(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const url = 'url' in body ? safeMediaUrl(body.url) : undefined;
  return url ?? ('video_url' in body ? safeMediaUrl(body.video_url) : undefined);
}

interface FetchOptions {
  signal: AbortSignal;
  onProgress?: (received: number, total: number | undefined) => void;
}

/**
 * A keyed file (`url` from `keyedVideoTarget`, on the API's origin) with the key, its body left
 * to the caller. An answer of JSON pointing at the file is followed: with the key when it
 * points back at the API's origin, else handed back as a link to use without it.
 */
export async function openKeyedFile(
  connection: Connection,
  url: string,
  { signal }: { signal: AbortSignal },
  pointersFollowed = 0,
): Promise<OpenedKeyedFile> {
  const response = await apiGet(connection, url, {
    signal,
    timeoutMs: CONTENT_TIMEOUT_MS,
    priority: asked,
  });
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    return { kind: 'response', response };
  }
  let body: unknown;
  try {
    body = JSON.parse(await readTextLimited(response, MAX_JSON_BYTES));
  } catch {
    body = undefined;
  }
  const next = pointedUrl(body);
  if (!next) throw new NoVideoInAnswerError();
  const keyed = keyedRequestUrl(connection, next);
  if (keyed === undefined) return { kind: 'link', url: next };
  if (pointersFollowed >= MAX_POINTERS) throw new NoVideoInAnswerError();
  return openKeyedFile(connection, keyed, { signal }, pointersFollowed + 1);
}

/** A keyed file (see `openKeyedFile`) read into memory, up to MAX_VIDEO_BYTES. */
export async function fetchKeyedFile(
  connection: Connection,
  url: string,
  { signal, onProgress }: FetchOptions,
): Promise<KeyedFile> {
  const file = await openKeyedFile(connection, url, { signal });
  if (file.kind === 'link') return file;
  const total = declaredLength(file.response);
  const blob = await readBodyLimited(file.response, MAX_VIDEO_BYTES, (received) =>
    onProgress?.(received, total),
  );
  return { kind: 'bytes', blob };
}

/**
 * The official shape's thumbnail (`/content?variant=thumbnail`), or undefined when there is
 * none or it is not an image: a missing thumbnail is not worth an error.
 */
export async function fetchContentThumbnail(
  connection: Connection,
  id: string,
  signal: AbortSignal,
): Promise<Blob | undefined> {
  // Shown on the task's page, so it goes with the open task, before the background polls.
  const response = await apiGet(connection, taskContentUrl(connection, id, 'thumbnail'), {
    signal,
    priority: () => priorityOf(id),
  });
  if (!(response.headers.get('content-type') ?? '').startsWith('image/')) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  return readBodyLimited(response, MAX_THUMBNAIL_BYTES);
}
