// What the ZIP panel says about each task it skips or could not fetch, and about the whole run.
// Looked up when shown (never at import), so a change of language reaches them.
import { MAX_VIDEO_BYTES } from '../../../api/get-task-content';
import { t, tp } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import type { FetchProblem } from './zip-videos';
import type { SkipReason } from './zip-plan';

/** Why a selected task is not in the ZIP. */
export function skipWords(reason: SkipReason): string {
  switch (reason.kind) {
    case 'no-video':
      return t('it finished, but the provider sent no video address');
    case 'unsafe-address':
      return t('its video address is not https');
    case 'key-elsewhere':
      return t('its file needs your API key but is on {origin}, and the key goes only to the API', {
        origin: reason.origin,
      });
    case 'no-key':
      return t('its file needs your API key, and this tab has none');
    case 'status':
      switch (reason.category) {
        case 'queued':
        case 'running':
          return t('not finished yet');
        case 'failed':
          return t('the task failed');
        case 'cancelled':
          return t('the task was cancelled');
        case 'expired':
          return t('the provider let the task expire');
        case 'not-found':
          return t('the provider does not know this task');
        case 'error':
          return t('its status could not be read');
        case 'unknown':
        case 'loading':
          return t('its status is not known yet');
      }
  }
}

/** Why a video could not be fetched, as far as the browser lets the page know. */
export function problemWords(problem: FetchProblem): string {
  switch (problem.kind) {
    case 'status':
      // The status as it is, a code and not an amount.
      return problem.status === 403 || problem.status === 410
        ? t('the host answered HTTP {status} (the link may have expired)', {
            status: String(problem.status),
          })
        : t('the host answered HTTP {status}', { status: String(problem.status) });
    case 'refused':
      return t('the host refused a browser download: CORS or an expired link');
    case 'interrupted':
      return t('the connection broke off before the whole file arrived');
    case 'too-large':
      return t('The file is larger than {size}.', { size: formatBytes(MAX_VIDEO_BYTES) });
    case 'api':
      return problem.message;
  }
}

/** "3 videos of 5 selected": what the ZIP will hold. */
export function planWords(videos: number, selected: number): string {
  return tp(
    videos,
    {
      one: '{count} video of {selected} selected goes into one ZIP file.',
      other: '{count} videos of {selected} selected go into one ZIP file.',
    },
    { selected },
  );
}

/** The end of a run: how many videos were saved, how big, and where. */
export function savedWords(saved: number, bytes: number, fileName: string): string {
  return tp(
    saved,
    {
      one: 'Saved {count} video ({size}) in {fileName}.',
      other: 'Saved {count} videos ({size}) in {fileName}.',
    },
    { size: formatBytes(bytes), fileName },
  );
}
