import { keyedVideoTarget } from '../../api/get-task-content';
import type { Connection } from '../../api/http-client';
import { KeyedVideoElsewhere } from '../../components/ui/keyed-video-elsewhere';
import { KeyedVideoLoad } from '../../components/ui/keyed-video-load';
import { linkExpiry } from '../../domain/readers/read-media';
import type { Task } from '../../domain/task-model';
import { playableVideo, videoAbsence } from '../../domain/video-absence';
import { useContentThumbnail } from '../../hooks/use-content-thumbnail';
import { useKeyedVideo } from '../../hooks/use-keyed-video';
import { taskLinkRefresh, type TaskRefresh } from '../../hooks/use-media-recovery';
import { SyncedVideo } from './synced-video';

interface CompareVideoProps {
  task: Task;
  connection: Connection;
  refreshTask: () => Promise<TaskRefresh>;
}

/**
 * A column's video, loaded as the task's page loads it: a plain link plays at once without the
 * key; a file that needs the key is fetched when asked, and only from the API's own origin; a
 * task without a playable video says why, and the other columns play on.
 */
export function CompareVideo({ task, connection, refreshTask }: CompareVideoProps) {
  const video = playableVideo(task);
  if (video?.kind === 'url') {
    return (
      <SyncedVideo
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
    return (
      <KeyedCompareVideo key={target.url} task={task} connection={connection} url={target.url} />
    );
  }
  return <p className="text-sm text-slate-600">{videoAbsence(task)}</p>;
}

function KeyedCompareVideo({
  task,
  connection,
  url,
}: {
  task: Task;
  connection: Connection;
  url: string;
}) {
  const { state, load, cancel, refreshLink } = useKeyedVideo(connection, url);
  const thumbnail = useContentThumbnail(
    connection,
    task.video?.kind === 'content-endpoint' ? task.id : undefined,
  );
  if (state.kind === 'ready') {
    return (
      <SyncedVideo
        src={state.src}
        poster={thumbnail ?? task.posterUrl}
        task={task}
        refreshLink={state.isBlob ? undefined : refreshLink}
        expiresAt={state.isBlob ? undefined : (linkExpiry(state.src) ?? task.mediaExpiresAt)}
      />
    );
  }
  return (
    <KeyedVideoLoad
      id={task.id}
      picture={thumbnail ?? task.posterUrl}
      state={state}
      onLoad={load}
      onCancel={cancel}
    />
  );
}
