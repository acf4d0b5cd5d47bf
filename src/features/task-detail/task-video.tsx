import type { Connection } from '../../api/http-client';
import type { Task } from '../../api/task-model';
import { ContentEndpointVideo } from './content-endpoint-video';
import type { LinkRefresh } from './use-media-recovery';
import { VideoPlayer } from './video-player';

/** What fetching the task again gave, as `useTask().refresh` resolves. */
interface TaskRefresh {
  data: Task | undefined;
  error: Error | null;
}

function linkOf(task: Task | undefined): string | undefined {
  return task?.video?.kind === 'url' ? task.video.url : undefined;
}

interface TaskVideoProps {
  task: Task;
  connection: Connection;
  /** Fetches the task again; the player asks for it when a signed link has stopped working. */
  refreshTask: () => Promise<TaskRefresh>;
}

export function TaskVideo({ task, connection, refreshTask }: TaskVideoProps) {
  if (task.video?.kind === 'url') {
    const refreshLink = async (): Promise<LinkRefresh> => {
      const { data, error } = await refreshTask();
      return { url: linkOf(data), error };
    };
    return (
      <VideoPlayer
        src={task.video.url}
        poster={task.posterUrl}
        task={task}
        refreshLink={refreshLink}
      />
    );
  }
  if (task.video?.kind === 'content-endpoint')
    return <ContentEndpointVideo task={task} connection={connection} />;
  const why =
    task.status === 'failed'
      ? 'No video: the task failed.'
      : task.status === 'succeeded'
        ? task.blockedUrls.length
          ? 'The provider sent a video address that is not https, so it is not played here. It is listed in the raw response.'
          : 'The task finished but the provider sent no video address.'
        : 'The video appears here when the task is done.';
  return <p className="text-sm text-slate-600">{why}</p>;
}
