// Settings → the videos kept in this browser: how much room they take of what the browser
// allows, whether it promised to keep them, each one with Remove, and Remove all.
import { useEffect, useId, useRef, useState } from 'react';
import { useKeptVideos } from '../../hooks/use-kept-videos';
import { formatDateTime } from '../../lib/format';
import { t, tp } from '../../lib/i18n';
import { formatBytes } from '../../lib/limited-body';
import { keptVideos, type KeptVideo, type Persistence } from '../../stores/kept-videos';

function persistenceText(persistence: Persistence): string {
  switch (persistence) {
    case 'granted':
      return t(
        'The browser granted persistent storage: it keeps these files until you remove them.',
      );
    case 'not-granted':
      return t(
        'The browser did not grant persistent storage: it may delete these files when the disk runs short of space.',
      );
    case 'not-asked':
      return t(
        'Persistent storage is asked for when the first video is kept, so that the browser does not delete them to make room.',
      );
    case 'unknown':
      return t('This browser does not say whether it keeps these files when space runs short.');
  }
}

const sizeOf = (videos: readonly KeptVideo[]) =>
  videos.reduce((total, video) => total + video.size, 0);

export function KeptVideosSection() {
  const { status, videos } = useKeptVideos();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [room, setRoom] = useState<{ usage: number; quota: number }>();
  const [persistence, setPersistence] = useState<Persistence>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const total = sizeOf(videos);

  // What the browser says, read again whenever the kept files change.
  useEffect(() => {
    let current = true;
    const store = keptVideos();
    void Promise.all([store.estimate(), store.persistence()]).then(([estimate, promise]) => {
      if (!current) return;
      setRoom(estimate);
      setPersistence(promise);
    });
    return () => {
      current = false;
    };
  }, [videos]);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const remove = (removed: readonly KeptVideo[]) => {
    setConfirming(false);
    keptVideos()
      .remove(removed.map((video) => video.key))
      .then(
        () => {
          setMessage(
            tp(
              removed.length,
              {
                one: 'Removed {count} video ({size}) from this browser.',
                other: 'Removed {count} videos ({size}) from this browser.',
              },
              { size: formatBytes(sizeOf(removed)) },
            ),
          );
          // Its button is gone with it: the focus goes back to the section's start.
          heading.current?.focus();
        },
        (error: unknown) =>
          setMessage(
            t('Could not remove the videos: {why}', {
              why: error instanceof Error ? error.message : String(error),
            }),
          ),
      );
  };

  return (
    <section aria-labelledby={headingId} className="card space-y-3 text-sm">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold">
        {t('Videos kept in this browser')}
      </h2>
      {status === 'unavailable' ? (
        <p>
          {t(
            'This browser does not let this page keep files (a private window, or site data turned off).',
          )}
        </p>
      ) : status === 'loading' ? (
        <p className="text-slate-600">{t('Loading…')}</p>
      ) : (
        <p>
          {videos.length
            ? tp(
                videos.length,
                { one: '{count} video takes {size}.', other: '{count} videos take {size}.' },
                { size: formatBytes(total) },
              )
            : t(
                'No videos are kept in this browser. Keep a finished task’s video from its page, or many at once from the task list, and it plays here after the provider’s link expires.',
              )}
        </p>
      )}
      {room ? (
        <div className="space-y-1">
          <meter
            min={0}
            max={room.quota}
            value={room.usage}
            aria-label={t('Storage this site uses')}
            className="h-2 w-full"
          />
          <p className="text-slate-600">
            {t('This site stores {usage} in this browser, which allows it {quota}.', {
              usage: formatBytes(room.usage),
              quota: formatBytes(room.quota),
            })}
          </p>
        </div>
      ) : null}
      {persistence && status === 'ready' ? (
        <p className="text-slate-600">{persistenceText(persistence)}</p>
      ) : null}
      {videos.length ? (
        <ul aria-label={t('Kept videos')} className="divide-y divide-slate-200">
          {videos.map((video) => (
            <li key={video.key} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="min-w-0 flex-1 break-all font-mono">{video.id}</span>
              <span className="text-slate-600">{formatBytes(video.size)}</span>
              <time
                dateTime={new Date(video.keptAt).toISOString()}
                className="text-slate-600 tabular-nums"
              >
                {formatDateTime(video.keptAt)}
              </time>
              <span className="w-full break-all font-mono text-xs text-slate-500">
                {video.baseUrl}
              </span>
              <button
                type="button"
                className="btn-secondary"
                aria-label={t('Remove {id}', { id: video.id })}
                onClick={() => remove([video])}
              >
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {videos.length && !confirming ? (
        <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
          {t('Remove all')}
        </button>
      ) : null}
      {videos.length && confirming ? (
        <div
          role="group"
          aria-labelledby={`${headingId}-confirm`}
          className="space-y-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3"
        >
          <p id={`${headingId}-confirm`} className="text-amber-950">
            {tp(
              videos.length,
              {
                one: 'Remove the {count} video kept in this browser ({size})? It will no longer play here once the provider’s link has expired.',
                other:
                  'Remove all {count} videos kept in this browser ({size})? They will no longer play here once the providers’ links have expired.',
              },
              { size: formatBytes(total) },
            )}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-primary" onClick={() => remove(videos)}>
              {tp(videos.length, {
                one: 'Remove {count} video',
                other: 'Remove {count} videos',
              })}
            </button>
            <button
              ref={cancelButton}
              type="button"
              className="btn-secondary"
              onClick={() => setConfirming(false)}
            >
              {t('Cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="text-slate-700">
        {message}
      </p>
    </section>
  );
}
