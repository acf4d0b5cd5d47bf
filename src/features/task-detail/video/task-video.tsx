import { useState } from 'react';
import type { Connection } from '../../../api/http-client';
import { TaskVideoSource, type TaskRefresh } from '../../../components/ui/task-video-source';
import type { Task } from '../../../domain/task-model';
import { useKeptVideo } from '../../../hooks/use-kept-videos';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import type { KeptVideo } from '../../../stores/kept-videos';
import { KeepControl } from './keep-control';
import { KeyedVideo } from './keyed-video';
import { useKeptCopy } from './use-kept-copy';
import { VideoPlayer } from './video-player';

interface TaskVideoProps {
  task: Task;
  connection: Connection;
  /** Fetches the task again; the player asks for it when a signed link has stopped working. */
  refreshTask: () => Promise<TaskRefresh>;
}

/**
 * The task's video in the page's player, a keyed file with its download (`TaskVideoSource`),
 * and beside Download, keeping it in this browser. A copy kept here plays first, always: it is
 * the same file, it asks the provider's host for nothing (no request spent, no link to expire
 * or be refused, and it works offline), and it starts at once.
 */
export function TaskVideo({ task, connection, refreshTask }: TaskVideoProps) {
  const kept = useKeptVideo(connection, task.id);
  const copy = useKeptCopy(kept.video);
  // The copy kept when the page opened: until it is read, the provider's link is not asked
  // for. One kept later replaces the provider's link in the same player once it is read.
  const [keptAtOpen, setKeptAtOpen] = useState<{ video: KeptVideo | undefined }>();
  if (kept.status !== 'loading' && keptAtOpen === undefined) setKeptAtOpen({ video: kept.video });
  if (kept.status === 'loading' || (copy.reading && kept.video === keptAtOpen?.video)) {
    return (
      <p className="text-sm text-slate-600">{t('Looking for a copy kept in this browser…')}</p>
    );
  }

  const keep = <KeepControl task={task} connection={connection} kept={kept.video} />;
  const playing = kept.video && copy.url ? kept.video : undefined;
  return (
    <div className="space-y-2">
      {playing ? (
        <p className="text-sm text-slate-700">
          {t(
            'Playing the copy kept in this browser ({size}, kept {when}). It plays even after the provider’s link has expired.',
            { size: formatBytes(playing.size), when: formatDateTime(playing.keptAt) },
          )}
        </p>
      ) : null}
      <TaskVideoSource
        task={task}
        connection={connection}
        refreshTask={refreshTask}
        copy={playing ? copy.url : undefined}
        player={(source) => <VideoPlayer {...source} actions={keep} />}
        keyed={(url) => <KeyedVideo task={task} connection={connection} url={url} actions={keep} />}
      />
    </div>
  );
}
