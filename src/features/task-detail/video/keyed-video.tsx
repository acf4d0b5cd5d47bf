import type { ReactNode } from 'react';
import type { Connection } from '../../../api/http-client';
import { KeyedVideoLoad } from '../../../components/ui/keyed-video-load';
import type { Task } from '../../../domain/task-model';
import { useKeyedPlayer } from '../../../hooks/use-keyed-video';
import { t } from '../../../lib/i18n';
import { LinkExpiry } from './link-expiry';
import { downloadMessage, isDownloadProblem, useVideoDownload } from './use-video-download';
import { VideoPlayer } from './video-player';
import { videoFileName } from '../../../domain/video-file-name';

/**
 * A video that needs the API key: OpenAI's `/content`, or a keyed URL on the API's own origin,
 * fetched when asked (`useKeyedVideo`), and downloadable meanwhile. The official shape's
 * thumbnail comes first.
 */
export function KeyedVideo({
  task,
  connection,
  url,
  actions,
}: {
  task: Task;
  connection: Connection;
  /** Where the file is fetched with the key (`keyedVideoTarget`). */
  url: string;
  /** More controls beside Download (keeping the file in this browser). */
  actions?: ReactNode;
}) {
  const { stage, load, cancel, picture } = useKeyedPlayer(task, connection, url);
  const fileName = videoFileName(task);
  const download = useVideoDownload(fileName);

  if (stage.kind === 'playing') return <VideoPlayer {...stage.source} actions={actions} />;
  return (
    <KeyedVideoLoad
      id={task.id}
      picture={picture}
      state={stage}
      onLoad={load}
      onCancel={cancel}
      notice={
        task.mediaExpiresAt !== undefined ? <LinkExpiry expiresAt={task.mediaExpiresAt} /> : null
      }
      actions={
        <>
          <button
            type="button"
            className="btn-secondary"
            aria-disabled={download.state.kind === 'busy'}
            onClick={() => download.start({ kind: 'keyed', url, connection })}
          >
            {t('Download video')}
          </button>
          {actions}
        </>
      }
    >
      <p
        role="status"
        className={`text-sm ${isDownloadProblem(download.state) ? 'text-amber-900' : 'text-slate-600'}`}
      >
        {downloadMessage(download.state, fileName)}
      </p>
      {download.state.kind === 'done' && download.state.outcome.kind === 'opened' ? (
        <a
          href={download.state.outcome.url}
          target="_blank"
          rel="noreferrer noopener"
          className="btn-secondary"
        >
          {t('Open in a new tab')}
        </a>
      ) : null}
    </KeyedVideoLoad>
  );
}
