// The ZIP of the planned videos, as a stream: each video is fetched (one at a time, through the
// limiter, api/fetch-video.ts), then written as one stored entry by client-zip (no compression,
// no workers: the CSP forbids blob workers). A video joins the ZIP only once all of it has
// arrived, so one that fails half-way is reported, not written broken. This module, and
// client-zip with it, loads with the panel, never on the first screen.
import { makeZip } from 'client-zip';
import { LinkFetchError, openVideo, type VideoFileSource } from '../../../api/fetch-video';
import { MAX_VIDEO_BYTES } from '../../../api/get-task-content';
import { isApiError } from '../../../domain/api-error';
import { readChunksLimited, TooLargeError } from '../../../lib/limited-body';
import type { PlannedVideo } from './zip-plan';

/** Why one video is not in the ZIP, as far as the browser lets the page know. */
export type FetchProblem =
  /** The host (or the API) answered with an error status the page could read. */
  | { kind: 'status'; status: number }
  /** No answer the page may read: no CORS headers (an expired link often looks so), or offline. */
  | { kind: 'refused' }
  /** The answer began, then the connection broke off. */
  | { kind: 'interrupted' }
  | { kind: 'too-large' }
  /** The API's own words for a file that needs the key (they never hold the key). */
  | { kind: 'api'; message: string };

export interface ZipProgress {
  /** Videos done, saved or not. */
  done: number;
  total: number;
  /** Bytes of video fetched so far, the current one's included. */
  bytes: number;
  /** The video being fetched, if any. */
  current: string | undefined;
}

export interface ZipReport {
  saved: { id: string; fileName: string; bytes: number }[];
  failed: { id: string; problem: FetchProblem }[];
  /** Bytes of video saved. */
  bytes: number;
}

interface ZipOptions {
  videos: readonly PlannedVideo[];
  signal: AbortSignal;
  /**
   * Asks the provider for the task again, for a link that gave no file (signed links expire):
   * the video's source now, or undefined.
   */
  renewSource: (video: PlannedVideo) => Promise<VideoFileSource | undefined>;
  onProgress: (progress: ZipProgress) => void;
}

type Fetched =
  | { kind: 'file'; chunks: Uint8Array<ArrayBuffer>[]; bytes: number }
  | { kind: 'problem'; error: unknown; problem: FetchProblem };

function problemOf(error: unknown, answered: boolean): FetchProblem {
  if (error instanceof LinkFetchError) return error.problem;
  if (error instanceof TooLargeError) return { kind: 'too-large' };
  if (isApiError(error)) {
    return error.status === undefined || error.status === 200
      ? { kind: 'api', message: error.message }
      : { kind: 'status', status: error.status };
  }
  if (answered) return { kind: 'interrupted' };
  return { kind: 'api', message: error instanceof Error ? error.message : String(error) };
}

/** The stored bytes as a stream, the one input client-zip reads alike in every browser. */
function streamOf(chunks: readonly Uint8Array<ArrayBuffer>[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/**
 * A stream of the ZIP, pulled as it is written; `report` is complete once the stream has been
 * read to its end. Aborting `signal` stops the fetch under way and errors the stream.
 */
export function zipVideos({ videos, signal, renewSource, onProgress }: ZipOptions): {
  stream: ReadableStream<Uint8Array>;
  report: ZipReport;
} {
  const report: ZipReport = { saved: [], failed: [], bytes: 0 };
  const progress = (current: string | undefined, received: number) =>
    onProgress({
      done: report.saved.length + report.failed.length,
      total: videos.length,
      bytes: report.bytes + received,
      current,
    });

  const fetchOnce = async (video: PlannedVideo, source: VideoFileSource): Promise<Fetched> => {
    let answered = false;
    try {
      const { response } = await openVideo(source, { signal });
      answered = true;
      const chunks = await readChunksLimited(response, MAX_VIDEO_BYTES, (received) =>
        progress(video.fileName, received),
      );
      const bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      return { kind: 'file', chunks, bytes };
    } catch (error) {
      if (signal.aborted) throw error;
      progress(video.fileName, 0);
      return { kind: 'problem', error, problem: problemOf(error, answered) };
    }
  };

  const fetchVideo = async (video: PlannedVideo): Promise<Fetched> => {
    const first = await fetchOnce(video, video.source);
    if (first.kind === 'file' || !(first.error instanceof LinkFetchError)) return first;
    // The link gave nothing: as the player does, ask once more (a keyed file's pointer is
    // asked for anew; a link comes with the task), and try a new address once.
    const renewed =
      video.source.kind === 'keyed'
        ? video.source
        : await renewSource(video).catch(() => undefined);
    signal.throwIfAborted();
    if (renewed === undefined || (renewed.kind === 'link' && renewed.url === first.error.url)) {
      return first;
    }
    return fetchOnce(video, renewed);
  };

  async function* entries() {
    for (const video of videos) {
      signal.throwIfAborted();
      progress(video.fileName, 0);
      const fetched = await fetchVideo(video);
      if (fetched.kind === 'problem') {
        report.failed.push({ id: video.id, problem: fetched.problem });
        continue;
      }
      report.saved.push({ id: video.id, fileName: video.fileName, bytes: fetched.bytes });
      report.bytes += fetched.bytes;
      progress(undefined, 0);
      yield {
        name: video.fileName,
        lastModified: new Date(video.finishedAt ?? Date.now()),
        size: fetched.bytes,
        input: streamOf(fetched.chunks),
      };
    }
    progress(undefined, 0);
  }

  return { stream: makeZip(entries()), report };
}
