// The words and the destination of each notification, in the page's language.
import { t, tp } from '../../lib/i18n';
import type { TaskStatus } from '../../domain/readers/read-status';
import type { Notice } from './finish-notices';

export interface NoticeMessage {
  title: string;
  body: string;
  /** A later notification with the same tag replaces the earlier one. */
  tag: string;
  /** Where a click on it goes: the task, or the list (filtered to the batch). */
  path: string;
}

/** A prompt is cut here: a notification shows two or three lines. */
const PROMPT_CHARS = 120;

function taskTitle(status: TaskStatus): string {
  switch (status) {
    case 'succeeded':
      return t('Task succeeded');
    case 'failed':
      return t('Task failed');
    case 'cancelled':
      return t('Task cancelled');
    case 'expired':
      return t('Task expired');
    default:
      return t('Task finished');
  }
}

const outcome = ({ succeeded, failed }: { succeeded: number; failed: number }) =>
  t('{succeeded} succeeded, {failed} failed', { succeeded, failed });

/** `promptOf` gives a task's prompt, as the last answer has it. */
export function noticeMessage(
  notice: Notice,
  promptOf: (id: string) => string | undefined,
): NoticeMessage {
  switch (notice.kind) {
    case 'task': {
      const prompt = promptOf(notice.id);
      const shortPrompt =
        prompt && prompt.length > PROMPT_CHARS ? `${prompt.slice(0, PROMPT_CHARS - 1)}…` : prompt;
      return {
        title: taskTitle(notice.status),
        body: shortPrompt ? `${shortPrompt}\n${notice.id}` : notice.id,
        tag: `task:${notice.id}`,
        path: `/tasks/${encodeURIComponent(notice.id)}`,
      };
    }
    case 'tasks':
      return {
        title: tp(notice.count, { one: '{count} task finished', other: '{count} tasks finished' }),
        body: outcome(notice),
        tag: 'tasks',
        path: '/',
      };
    case 'batch':
      return {
        title: t('Batch “{batch}” finished', { batch: notice.batch }),
        body: outcome(notice),
        tag: `batch:${notice.batch}`,
        path: `/?${new URLSearchParams({ batch: notice.batch }).toString()}`,
      };
  }
}
