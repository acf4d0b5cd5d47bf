import { useCallback, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { MediaRecoveryNotice } from '../../components/ui/media-problem';
import type { PlayerSource } from '../../hooks/use-keyed-video';
import { useMediaRecovery } from '../../hooks/use-media-recovery';
import { t } from '../../lib/i18n';
import { useSyncGroup } from './use-sync-group';

/** Whether the element knows its length (its metadata has loaded); a new source starts over. */
function useHasMetadata(element: HTMLVideoElement | null): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!element) return () => undefined;
      for (const event of ['loadedmetadata', 'emptied']) element.addEventListener(event, onChange);
      return () => {
        for (const event of ['loadedmetadata', 'emptied']) {
          element.removeEventListener(event, onChange);
        }
      };
    },
    [element],
  );
  return useSyncExternalStore(
    subscribe,
    () => element !== null && element.readyState >= HTMLMediaElement.HAVE_METADATA,
    () => false,
  );
}

/**
 * One column's video. Once its metadata has loaded it joins the page's SyncGroup; while Sync is
 * on the control bar drives it (no controls of its own), while off it has the browser's own. A
 * link that stops working is renewed as on the task's page.
 */
export function SyncedVideo({ src, poster, task, refreshLink, expiresAt }: PlayerSource) {
  const { group, state } = useSyncGroup();
  const [element, setElement] = useState<HTMLVideoElement | null>(null);
  const hasMetadata = useHasMetadata(element);
  const { recovery, onMediaError, refreshNow } = useMediaRecovery(src, refreshLink);
  const ready = element !== null && hasMetadata && recovery.kind === 'playing';

  useEffect(() => {
    if (ready) return group.join(task.id, element, task.frames);
  }, [ready, group, task.id, element, task.frames]);

  // React drops events that reach the element before it is committed, and a link refused at
  // once can fail while the <video> is still detached: look at its error once it is in the page.
  const catchUpOnError = useEffectEvent((video: HTMLVideoElement) => {
    if (video.error) onMediaError(video.error.code);
  });
  useEffect(() => {
    if (element) catchUpOnError(element);
  }, [element]);

  return (
    <div className="space-y-2">
      <MediaRecoveryNotice
        recovery={recovery}
        src={src}
        expiresAt={expiresAt}
        onRefresh={refreshLink ? refreshNow : undefined}
      />
      {/* Generated videos come without a caption track; there is nothing to point <track> at. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <video
        ref={setElement}
        src={src}
        poster={poster}
        controls={!state.synced}
        playsInline
        preload="metadata"
        aria-label={t('Video of {id}', { id: task.id })}
        onError={(event) => onMediaError(event.currentTarget.error?.code)}
        className="max-h-[60vh] w-full rounded bg-black object-contain"
      />
    </div>
  );
}
