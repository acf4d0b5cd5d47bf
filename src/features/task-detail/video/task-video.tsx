import { useState } from 'react';
import { keyedVideoTarget } from '../../../api/get-task-content';
import type { Connection } from '../../../api/http-client';
import type { Task } from '../../../domain/task-model';
import { useKeptVideo } from '../../../hooks/use-kept-videos';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import type { KeptVideo } from '../../../stores/kept-videos';
import { KeepControl } from './keep-control';
import { KeyedVideo, KeyedVideoElsewhere } from './keyed-video';
import type { LinkRefresh } from './use-media-recovery';
import { useKeptCopy } from './use-kept-copy';
import { playableVideo, videoAbsence } from './video-absence';
import { VideoPlayer } from './video-player';

/** What fetching the task again gave, as `useTask().refreshAndRead` resolves. */
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

/**
 * The task's video. A copy kept in this browser plays first, always: it is the same file, it
 * asks the provider's host for nothing (no request spent, no link to expire or be refused, and
 * it works offline), and it starts at once. Otherwise a plain link plays at once, without the
 * key; a file that needs the key is fetched on request, and only from the API's own origin.
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
  const video = playableVideo(task);
  const playing = kept.video && copy.url ? { video: kept.video, url: copy.url } : undefined;
  const src = playing?.url ?? (video?.kind === 'url' ? video.url : undefined);
  if (src !== undefined) {
    const refreshLink = async (): Promise<LinkRefresh> => {
      // Without a key the provider would only refuse: nothing is sent.
      if (!connection.apiKey)
        return { url: undefined, error: new Error(t('there is no API key in this tab.')) };
      const { data, error } = await refreshTask();
      return { url: linkOf(data), error };
    };
    // One player for both, so keeping or removing the copy changes its source, not the page.
    return (
      <div className="space-y-2">
        {playing ? (
          <p className="text-sm text-slate-700">
            {t(
              'Playing the copy kept in this browser ({size}, kept {when}). It plays even after the provider’s link has expired.',
              { size: formatBytes(playing.video.size), when: formatDateTime(playing.video.keptAt) },
            )}
          </p>
        ) : null}
        <VideoPlayer
          src={src}
          poster={playing ? undefined : task.posterUrl}
          task={task}
          refreshLink={playing ? undefined : refreshLink}
          expiresAt={playing ? undefined : task.mediaExpiresAt}
          actions={keep}
        />
      </div>
    );
  }
  const target = keyedVideoTarget(connection, task.id, video);
  if (target?.kind === 'elsewhere') return <KeyedVideoElsewhere target={target} />;
  if (target?.kind === 'api') {
    // A new address (a renewed keyed link) starts afresh: nothing of the old one carries over.
    return (
      <KeyedVideo
        key={target.url}
        task={task}
        connection={connection}
        url={target.url}
        actions={keep}
      />
    );
  }
  return <p className="text-sm text-slate-600">{videoAbsence(task)}</p>;
}
