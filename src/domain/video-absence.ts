import type { Task } from './task-model';
import { t } from '../lib/i18n';

/** The video the page can show: none for an expired task, whose file the provider let go. */
export function playableVideo(task: Pick<Task, 'status' | 'video'>): Task['video'] {
  return task.status === 'expired' ? undefined : task.video;
}

/** Why the video section has no player, for a task with no playable video (or an expired one). */
export function videoAbsence(task: Pick<Task, 'status' | 'blockedUrls'>): string {
  switch (task.status) {
    case 'failed':
      return t('No video: the task failed.');
    case 'cancelled':
      return t('No video: the task was cancelled.');
    case 'expired':
      return t(
        'No video: the provider let this task expire (it ran out of time, or the provider no longer keeps its video). Generate it again if you still need it.',
      );
    case 'succeeded':
      return task.blockedUrls.length
        ? t(
            'The provider sent a video address that is not https, so it is not played here. It is listed in the raw response.',
          )
        : t('The task finished but the provider sent no video address.');
    case 'queued':
    case 'running':
    case 'unknown':
      return t('The video appears here when the task is done.');
  }
}
