import type { Connection } from '../../api/http-client';
import { KeyedVideoLoad } from '../../components/ui/keyed-video-load';
import { TaskVideoSource, type TaskRefresh } from '../../components/ui/task-video-source';
import type { Task } from '../../domain/task-model';
import { useKeyedPlayer } from '../../hooks/use-keyed-video';
import { SyncedVideo } from './synced-video';

interface CompareVideoProps {
  task: Task;
  connection: Connection;
  refreshTask: () => Promise<TaskRefresh>;
}

/**
 * A column's video, got as the task's page gets it (`TaskVideoSource`: the key only to the
 * API's own origin, a keyed file only when asked), played in step with the others. A task
 * without a playable video says why, and the other columns play on.
 */
export function CompareVideo({ task, connection, refreshTask }: CompareVideoProps) {
  return (
    <TaskVideoSource
      task={task}
      connection={connection}
      refreshTask={refreshTask}
      player={(source) => <SyncedVideo {...source} />}
      keyed={(url) => <KeyedCompareVideo task={task} connection={connection} url={url} />}
    />
  );
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
  const { stage, load, cancel, picture } = useKeyedPlayer(task, connection, url);
  if (stage.kind === 'playing') return <SyncedVideo {...stage.source} />;
  return (
    <KeyedVideoLoad id={task.id} picture={picture} state={stage} onLoad={load} onCancel={cancel} />
  );
}
