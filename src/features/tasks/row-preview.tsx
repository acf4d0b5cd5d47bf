import { useState } from 'react';
import { Link } from 'react-router';
import type { Task } from '../../domain/task-model';

const IMAGE_CLASS = 'h-full w-full object-cover';

/**
 * A row's picture. A finished task's links to its page, and pointing at it or focusing it plays
 * the video, muted, until the pointer or focus leaves; if the video fails, the GIF, then the
 * thumbnail. Nothing plays otherwise, so rows out of sight never do.
 */
export function RowPreview({ id, task }: { id: string; task: Task | undefined }) {
  const [active, setActive] = useState(false);
  const [failed, setFailed] = useState<{ video?: boolean; gif?: boolean; poster?: boolean }>({});
  const poster = failed.poster ? undefined : task?.posterUrl;
  // A thumbnail that does not load (an expired signed link) leaves the box empty, not a broken
  // image with its alt text spilling out.
  const thumbnail = poster ? (
    <img
      src={poster}
      alt={`Thumbnail of ${id}`}
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

  const start = () => setActive(!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
  const stop = () => setActive(false);
  return (
    <Link
      to={`/tasks/${encodeURIComponent(id)}`}
      aria-label={`Preview of ${id}`}
      className="block h-full w-full"
      onPointerEnter={start}
      onPointerLeave={stop}
      onFocus={start}
      onBlur={stop}
    >
      {!active ? (
        (thumbnail ?? (
          // No picture from the provider: a play sign says there is something to preview.
          <span
            aria-hidden="true"
            className="flex h-full items-center justify-center text-slate-500"
          >
            ▶
          </span>
        ))
      ) : video && !failed.video ? (
        <video
          src={video}
          aria-label={`Video preview of ${id}`}
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
          alt={`Animated preview of ${id}`}
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
