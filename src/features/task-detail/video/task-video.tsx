import { keyedVideoTarget } from '../../../api/get-task-content';
import type { Connection } from '../../../api/http-client';
import type { Task } from '../../../domain/task-model';
import { KeyedVideoElsewhere } from '../../../components/ui/keyed-video-elsewhere';
import { KeyedVideo } from './keyed-video';
import { taskLinkRefresh, type TaskRefresh } from '../../../hooks/use-media-recovery';
import { playableVideo, videoAbsence } from '../../../domain/video-absence';
import { VideoPlayer } from './video-player';

interface TaskVideoProps {
  task: Task;
  connection: Connection;
  /** Fetches the task again; the player asks for it when a signed link has stopped working. */
  refreshTask: () => Promise<TaskRefresh>;
}

/**
 * The task's video: a plain link plays at once, without the key; a file that needs the key is
 * fetched on request, and only from the API's own origin.
 */
export function TaskVideo({ task, connection, refreshTask }: TaskVideoProps) {
  const video = playableVideo(task);
  if (video?.kind === 'url') {
    return (
      <VideoPlayer
        src={video.url}
        poster={task.posterUrl}
        task={task}
        refreshLink={taskLinkRefresh(connection, refreshTask)}
        expiresAt={task.mediaExpiresAt}
      />
    );
  }
  const target = keyedVideoTarget(connection, task.id, video);
  if (target?.kind === 'elsewhere') return <KeyedVideoElsewhere target={target} />;
  if (target?.kind === 'api') {
    // A new address (a renewed keyed link) starts afresh: nothing of the old one carries over.
    return <KeyedVideo key={target.url} task={task} connection={connection} url={target.url} />;
  }
  return <p className="text-sm text-slate-600">{videoAbsence(task)}</p>;
}
