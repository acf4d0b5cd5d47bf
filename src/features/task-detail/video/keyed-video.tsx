import type { Connection } from '../../../api/http-client';
import { KeyedVideoLoad } from '../../../components/ui/keyed-video-load';
import { linkExpiry } from '../../../domain/readers/read-media';
import type { Task } from '../../../domain/task-model';
import { useContentThumbnail } from '../../../hooks/use-content-thumbnail';
import { useKeyedVideo } from '../../../hooks/use-keyed-video';
import { t } from '../../../lib/i18n';
import { LinkExpiry } from './link-expiry';
import { downloadMessage, isDownloadProblem, useVideoDownload } from './use-video-download';
import { VideoPlayer } from './video-player';
import { videoFileName } from './video-file-name';

/**
 * A video that needs the API key: OpenAI's `/content`, or a keyed URL on the API's own origin,
 * fetched when asked (`useKeyedVideo`), and downloadable meanwhile. The official shape's
 * thumbnail comes first.
 */
export function KeyedVideo({
  task,
  connection,
  url,
}: {
  task: Task;
  connection: Connection;
  /** Where the file is fetched with the key (`keyedVideoTarget`). */
  url: string;
}) {
  const { state, load, cancel, refreshLink } = useKeyedVideo(connection, url);
  const thumbnail = useContentThumbnail(
    connection,
    task.video?.kind === 'content-endpoint' ? task.id : undefined,
  );
  const fileName = videoFileName(task);
  const download = useVideoDownload(fileName);

  if (state.kind === 'ready') {
    return (
      <VideoPlayer
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
      notice={
        task.mediaExpiresAt !== undefined ? <LinkExpiry expiresAt={task.mediaExpiresAt} /> : null
      }
      actions={
        <button
          type="button"
          className="btn-secondary"
          aria-disabled={download.state.kind === 'busy'}
          onClick={() => download.start({ kind: 'keyed', url, connection })}
        >
          {t('Download video')}
        </button>
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
