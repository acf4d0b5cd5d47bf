import type { Connection } from '../../../api/http-client';
import { TaskVideoSource, type TaskRefresh } from '../../../components/ui/task-video-source';
import type { Task } from '../../../domain/task-model';
import { KeyedVideo } from './keyed-video';
import { VideoPlayer } from './video-player';

interface TaskVideoProps {
  task: Task;
  connection: Connection;
  /** Fetches the task again; the player asks for it when a signed link has stopped working. */
  refreshTask: () => Promise<TaskRefresh>;
}

/** The task's video in the page's player, a keyed file with its download (`TaskVideoSource`). */
export function TaskVideo({ task, connection, refreshTask }: TaskVideoProps) {
  return (
    <TaskVideoSource
      task={task}
      connection={connection}
      refreshTask={refreshTask}
      player={(source) => <VideoPlayer {...source} />}
      keyed={(url) => <KeyedVideo task={task} connection={connection} url={url} />}
    />
  );
}
