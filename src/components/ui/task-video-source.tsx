import { Fragment, type ReactNode } from 'react';
import { keyedVideoTarget } from '../../api/get-task-content';
import type { Connection } from '../../api/http-client';
import type { Task } from '../../domain/task-model';
import { playableVideo, videoAbsence } from '../../domain/video-absence';
import type { PlayerSource } from '../../hooks/use-keyed-video';
import type { LinkRefresh } from '../../hooks/use-media-recovery';
import { t } from '../../lib/i18n';
import { KeyedVideoElsewhere } from './keyed-video-elsewhere';

/** What fetching the task again gave, as `useTask().refreshAndRead` resolves. */
export interface TaskRefresh {
  data: Task | undefined;
  error: Error | null;
}

interface TaskVideoSourceProps {
  task: Task;
  connection: Connection;
  /** Fetches the task again; the player asks for it when a signed link has stopped working. */
  refreshTask: () => Promise<TaskRefresh>;
  /** Plays a link (the task page's player, a compare column's video). */
  player: (source: PlayerSource) => ReactNode;
  /** A file that needs the key, on the API's own origin: fetched when asked (`useKeyedPlayer`). */
  keyed: (url: string) => ReactNode;
  /** A copy of the file kept in this browser (a blob: URL): played first, by the same player. */
  copy?: string;
}

/**
 * Which video a task has and how the page gets it, the same on the task page and the compare
 * page: a plain link plays at once, without the key; a file that needs the key is fetched on
 * request, and only from the API's own origin; one on another host is only linked to; a task
 * without a playable video says why.
 */
export function TaskVideoSource({
  task,
  connection,
  refreshTask,
  player,
  keyed,
  copy,
}: TaskVideoSourceProps) {
  if (copy !== undefined) {
    return player({
      src: copy,
      poster: undefined,
      task,
      refreshLink: undefined,
      expiresAt: undefined,
    });
  }
  const video = playableVideo(task);
  if (video?.kind === 'url') {
    const refreshLink = async (): Promise<LinkRefresh> => {
      // Without a key the provider would only refuse: nothing is sent.
      if (!connection.apiKey) {
        return { url: undefined, error: new Error(t('there is no API key in this tab.')) };
      }
      const { data, error } = await refreshTask();
      return { url: data?.video?.kind === 'url' ? data.video.url : undefined, error };
    };
    return player({
      src: video.url,
      poster: task.posterUrl,
      task,
      refreshLink,
      expiresAt: task.mediaExpiresAt,
    });
  }
  const target = keyedVideoTarget(connection, task.id, video);
  if (target?.kind === 'elsewhere') return <KeyedVideoElsewhere target={target} />;
  if (target?.kind === 'api') {
    // A new address (a renewed keyed link) starts afresh: nothing of the old one carries over.
    return <Fragment key={target.url}>{keyed(target.url)}</Fragment>;
  }
  return <p className="text-sm text-slate-600">{videoAbsence(task)}</p>;
}
