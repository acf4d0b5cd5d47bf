// Why a task's video could not be read into the page, in the task page's words: its Download,
// and keeping it in this browser (one task or many), say it alike.
import { LinkFetchError, type OpenedVideo } from './fetch-video';
import { MAX_VIDEO_BYTES } from './get-task-content';
import { t } from '../lib/i18n';
import { formatBytes, TooLargeError } from '../lib/limited-body';

export interface VideoFileProblem {
  why: string;
  /** The link the file came (or would have come) from: a new tab may still show it. */
  link: string | undefined;
}

function noCors(): string {
  return t(
    'The provider does not let this page read the file (no CORS headers), so it cannot be saved from here.',
  );
}

function linkProblemWords(error: LinkFetchError): string {
  if (error.problem.kind === 'refused') return noCors();
  // The status as it is, a code and not an amount.
  const status = String(error.problem.status);
  return error.problem.status === 403
    ? t('The provider answered HTTP {status} (the link may have expired).', { status })
    : t('The provider answered HTTP {status}.', { status });
}

/** What went wrong opening (`openVideo`) or reading a video; `opened` once it had answered. */
export function videoFileProblem(
  error: unknown,
  opened: OpenedVideo | undefined,
): VideoFileProblem {
  if (error instanceof LinkFetchError) return { why: linkProblemWords(error), link: error.url };
  const why =
    error instanceof TooLargeError
      ? t('The file is larger than {size}, too big to save from this page.', {
          size: formatBytes(MAX_VIDEO_BYTES),
        })
      : undefined;
  // The link answered, but its body could not be read to the end.
  if (opened?.link !== undefined) return { why: why ?? noCors(), link: opened.link };
  return { why: why ?? (error instanceof Error ? error.message : String(error)), link: undefined };
}
