import { useMemo, useState } from 'react';
import { Link } from '../../components/ui/link';
import type { Task } from '../../domain/task-model';
import { t } from '../../lib/i18n';

const IMAGE_CLASS = 'h-full w-full object-cover';

export interface PreviewPlayback {
  active: boolean;
  /** For whatever starts and stops the preview: the picture for a pointer, the id link for focus. */
  start: () => void;
  stop: () => void;
}

/** Whether a row's preview plays; shared by the picture (pointer) and the row's link (focus). */
export function usePreviewPlayback(): PreviewPlayback {
  const [active, setActive] = useState(false);
  return useMemo(
    () => ({
      active,
      start: () => setActive(!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches),
      stop: () => setActive(false),
    }),
    [active],
  );
}

/**
 * A row's picture. A finished task's links to its page for a pointer, and pointing at it plays
 * the video, muted, until the pointer leaves (focusing the row's id link does the same); if the
 * video fails, the GIF, then the thumbnail. Nothing plays otherwise, so rows out of sight never
 * do. The row's id is its one link for the keyboard and for screen readers: this one repeats
 * it, so it is out of the tab order and hidden from assistive technology.
 */
export function RowPreview({
  id,
  task,
  playback,
}: {
  id: string;
  task: Task | undefined;
  playback: PreviewPlayback;
}) {
  const [failed, setFailed] = useState<{ video?: boolean; gif?: boolean; poster?: boolean }>({});
  const poster = failed.poster ? undefined : task?.posterUrl;
  // A thumbnail that does not load (an expired signed link) leaves the box empty, not a broken
  // image with its alt text spilling out.
  const thumbnail = poster ? (
    <img
      src={poster}
      alt={t('Thumbnail of {id}', { id })}
      className={IMAGE_CLASS}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed((was) => ({ ...was, poster: true }))}
    />
  ) : null;
  // Official-shape bytes need the key, so only a plain URL from the provider plays here.
  const video = task?.video?.kind === 'url' ? task.video.url : undefined;
  const gif = task?.gifUrl;
  if (task?.status !== 'succeeded' || !(video || gif)) return thumbnail;

  return (
    <Link
      to={`/tasks/${encodeURIComponent(id)}`}
      aria-label={t('Preview of {id}', { id })}
      aria-hidden="true"
      tabIndex={-1}
      className="block h-full w-full"
      onPointerEnter={playback.start}
      onPointerLeave={playback.stop}
    >
      {!playback.active ? (
        (thumbnail ?? (
          // No picture from the provider: a play sign says there is something to preview.
          <span className="flex h-full items-center justify-center text-slate-500">▶</span>
        ))
      ) : video && !failed.video ? (
        <video
          src={video}
          aria-label={t('Video preview of {id}', { id })}
          className={IMAGE_CLASS}
          muted
          loop
          playsInline
          autoPlay
          onError={() => setFailed((was) => ({ ...was, video: true }))}
        />
      ) : gif && !failed.gif ? (
        <img
          src={gif}
          alt={t('Animated preview of {id}', { id })}
          className={IMAGE_CLASS}
          referrerPolicy="no-referrer"
          onError={() => setFailed((was) => ({ ...was, gif: true }))}
        />
      ) : (
        thumbnail
      )}
    </Link>
  );
}
