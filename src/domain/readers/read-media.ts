// The video, its pictures and the input images, from wherever a family puts them. Untrusted URLs
// pass through one allow-list (https, or http on loopback); the rest are kept aside to be named.
import { asArray, asObject, asText, at, type JsonObject } from '../../lib/json-reader';
import { safeMediaUrl } from '../../lib/safe-url';
import { bodyLevels, type BodyLevels } from './body-levels';
import { asDateTime, parseTime } from './read-time';

export type VideoSource =
  | { kind: 'url'; url: string }
  /**
   * A file that needs the API key (OpenRouter's `unsigned_urls`, Gemini file URIs): fetched with
   * the key only when it is on the API's own origin.
   */
  | { kind: 'keyed-url'; url: string }
  /** OpenAI's official shape: bytes only from `/v1/videos/{id}/content`, with the key. */
  | { kind: 'content-endpoint' };

export interface MediaReading {
  /** A playable video URL, or undefined. The official shape's `/content` is decided by the caller. */
  video: Exclude<VideoSource, { kind: 'content-endpoint' }> | undefined;
  posterUrl: string | undefined;
  gifUrl: string | undefined;
  inputImages: string[];
  /** When the video link stops working, read from the link itself. */
  linkExpiresAt: number | undefined;
  /** URLs the provider sent that were not used because they are not https (or loopback http). */
  blockedUrls: string[];
}

/** Collects the first allowed URL among candidates, remembering the ones refused. */
class UrlPicker {
  readonly blocked: string[] = [];

  pick(...candidates: unknown[]): string | undefined {
    for (const candidate of candidates) {
      const text = asText(candidate);
      if (text === undefined) continue;
      const safe = safeMediaUrl(text);
      if (safe) return safe;
      if (!this.blocked.includes(text)) this.blocked.push(text);
    }
    return undefined;
  }
}

/** Old new-api rows put the file's URL in `fail_reason`; anything else there is no URL. */
function urlLike(value: unknown): string | undefined {
  const text = asText(value);
  return text !== undefined && /^https?:\/\//i.test(text) ? text : undefined;
}

/** Where each family puts the finished file, most specific first (the doc's union). */
function videoCandidates({ root, detail, draft, generation }: BodyLevels): unknown[] {
  const output = root['output'];
  return [
    root['video_url'],
    root['url'],
    root['result_url'],
    root['output_url'],
    at(root, 'metadata', 'url'),
    at(root, 'content', 'video_url'),
    at(root, 'content', 'url'),
    at(output, 'video_url'),
    at(output, 'url'),
    typeof output === 'string' ? output : undefined,
    detail?.['upsample_video_url'],
    detail?.['video_url'],
    detail?.['url'],
    draft?.['downloadable_url'],
    draft?.['url'],
    at(draft, 'encodings', 'source', 'path'),
    generation?.['url'],
    at(generation, 'encodings', 'source', 'path'),
    at(root, 'task_result', 'videos', 0, 'url'),
    at(root, 'urls', 0),
  ];
}

/** Files that are only handed out with the key. */
function keyedCandidates({ top, root }: BodyLevels): unknown[] {
  const response = asObject(top['response']);
  return [
    at(response, 'generateVideoResponse', 'generatedSamples', 0, 'video', 'uri'),
    at(response, 'generatedVideos', 0, 'video', 'uri'),
    at(root, 'unsigned_urls', 0),
  ];
}

function imageUrls(value: unknown): unknown[] {
  // Input images come as plain URLs or as objects with a `url`.
  return asArray(value).map((image) => asText(image) ?? at(image, 'url'));
}

/**
 * When a signed link stops working: Azure's `se=` (a date), OSS/CloudFront `Expires=` (epoch
 * seconds), or S3's `X-Amz-Date` plus `X-Amz-Expires` (seconds).
 */
export function linkExpiry(url: string | undefined): number | undefined {
  if (!url) return undefined;
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const se = params.get('se');
  if (se !== null) return parseTime(se);
  const expires = params.get('Expires') ?? params.get('expires');
  if (expires !== null) return parseTime(expires);
  const amzDate = params.get('X-Amz-Date');
  const amzExpiresText = params.get('X-Amz-Expires');
  const amzExpires = Number(amzExpiresText);
  if (amzDate !== null && amzExpiresText !== null && Number.isFinite(amzExpires)) {
    // 20250917T121233Z, the compact ISO form. Month 13 parses as NaN, and a lifetime of 1e308
    // seconds overflows: neither is a time.
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (!match) return undefined;
    const [, y, mo, d, h, mi, s] = match;
    return asDateTime(Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`) + amzExpires * 1000);
  }
  return undefined;
}

export function readMedia(levels: BodyLevels): MediaReading {
  const { root, detail, draft, generation, input, request, upstream } = levels;
  const urls = new UrlPicker();
  const plain = urls.pick(
    ...videoCandidates(levels),
    ...(upstream ? videoCandidates(bodyLevels(upstream)) : []),
    urlLike(root['fail_reason']),
  );
  const keyed = plain ? undefined : urls.pick(...keyedCandidates(levels));
  const gifUrl = urls.pick(detail?.['gif_url'], at(draft, 'encodings', 'gif', 'path'));
  const posterUrl =
    urls.pick(
      root['thumbnail_url'],
      detail?.['thumbnail_url'],
      root['cover_url'],
      at(root, 'task_result', 'videos', 0, 'cover_url'),
      at(draft, 'encodings', 'thumbnail', 'path'),
      at(generation, 'encodings', 'thumbnail', 'path'),
      at(root, 'content', 'last_frame_url'),
    ) ?? gifUrl;
  // The first list a family gives: Veo's answers repeat the request's images in `detail.images`.
  const inputImages =
    [input?.['images'], root['images'], request?.['images'], detail?.['images']]
      .map((list) => imageUrls(list).map((image) => urls.pick(image)))
      .map((list) => list.filter((url): url is string => url !== undefined))
      .find((list) => list.length > 0) ?? [];
  const video: MediaReading['video'] = plain
    ? { kind: 'url', url: plain }
    : keyed
      ? { kind: 'keyed-url', url: keyed }
      : undefined;
  return {
    video,
    posterUrl,
    gifUrl,
    inputImages,
    linkExpiresAt: linkExpiry(plain ?? keyed),
    blockedUrls: urls.blocked,
  };
}

/** True for a body in OpenAI's video object shape, whose file comes from `/content`. */
export function isVideoObject(root: JsonObject): boolean {
  return root['object'] === 'video';
}
