import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { framePosition, steppedTime } from '../../../domain/video-frames';
import { MediaRecoveryNotice } from '../../../components/ui/media-problem';
import { RichText } from '../../../components/ui/rich-text';
import { useMeasuredFps } from '../../../hooks/use-measured-fps';
import type { PlayerSource } from '../../../hooks/use-keyed-video';
import { useMediaRecovery } from '../../../hooks/use-media-recovery';
import { usePlayerKeys } from '../../../hooks/use-player-keys';
import { useVideoState } from '../../../hooks/use-video-state';
import { t } from '../../../lib/i18n';
import { LinkExpiry } from './link-expiry';
import { usePlayer } from './player-context';
import { PlayerToolbar } from './player-toolbar';
import { useFullscreen } from './use-fullscreen';
import { VideoActions } from './video-actions';
import { videoFileName } from '../../../domain/video-file-name';

const key = (text: string) => (
  <kbd className="rounded border border-slate-300 px-1 font-mono">{text}</kbd>
);

/**
 * The task's video: the native controls for play and seek, and a toolbar for speed, loop,
 * frame step (also `,` and `.` while focus is in the player), full screen, download and copy.
 */
export function VideoPlayer({
  src,
  poster,
  task,
  refreshLink,
  expiresAt,
  actions,
}: PlayerSource & {
  /** More controls beside Download (keeping the file in this browser). */
  actions?: ReactNode;
}) {
  const { registerVideo } = usePlayer();
  // The element as state, to subscribe to its events; as a ref, to drive it from handlers.
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const videoElement = useRef<HTMLVideoElement | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const videoRef = useCallback(
    (element: HTMLVideoElement | null) => {
      // The frame strip and the inpaint items seek this element through the registry.
      registerVideo(element);
      videoElement.current = element;
      setVideo(element);
    },
    [registerVideo],
  );
  const { state, sync } = useVideoState(video);
  const [loop, setLoop] = useState(false);
  const fullscreen = useFullscreen(container);
  const { recovery, onMediaError, refreshNow } = useMediaRecovery(src, refreshLink);
  const hintId = useId();

  // React drops events that reach an element before it is committed, and a link refused at
  // once (a 403 from a nearby server) can fail while the new <video> is still detached: look
  // at its error state once it is in the page.
  const catchUpOnError = useEffectEvent((element: HTMLVideoElement) => {
    if (element.error) onMediaError(element.error.code);
  });
  useEffect(() => {
    if (video) catchUpOnError(video);
  }, [video]);

  const measuredFps = useMeasuredFps(video);
  const position = framePosition(state.currentTime, state.duration, task.frames, measuredFps);

  const step = useCallback(
    (delta: -1 | 1) => {
      const element = videoElement.current;
      if (!element) return;
      const { duration } = element;
      const current = framePosition(element.currentTime, duration, task.frames, measuredFps);
      if (!current) return;
      element.pause();
      element.currentTime = steppedTime(current, delta, duration);
      sync();
    },
    [task.frames, measuredFps, sync],
  );

  usePlayerKeys(container, { ',': () => step(-1), '.': () => step(1) });

  const changeSpeed = (value: number) => {
    const element = videoElement.current;
    if (!element) return;
    // The default rate too, so a reload (a fresh link) keeps the chosen speed.
    element.defaultPlaybackRate = value;
    element.playbackRate = value;
    sync();
  };

  return (
    <div className="space-y-2">
      {expiresAt !== undefined && !src.startsWith('blob:') ? (
        <LinkExpiry expiresAt={expiresAt} />
      ) : null}
      <MediaRecoveryNotice
        recovery={recovery}
        src={src}
        expiresAt={expiresAt}
        onRefresh={refreshLink ? refreshNow : undefined}
      />
      <div
        ref={setContainer}
        role="group"
        aria-label={t('Player of {id}', { id: task.id })}
        aria-describedby={hintId}
        className="space-y-2 [&:fullscreen]:overflow-auto [&:fullscreen]:bg-white [&:fullscreen]:p-4"
      >
        {/* Generated videos come without a caption track; there is nothing to point <track> at. */}
        {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
        <video
          ref={videoRef}
          controls
          playsInline
          preload="metadata"
          src={src}
          poster={poster}
          loop={loop}
          aria-label={t('Video of {id}', { id: task.id })}
          onError={(event) => onMediaError(event.currentTarget.error?.code)}
          className="max-h-[70vh] max-w-full rounded bg-black focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 [:fullscreen_&]:mx-auto [:fullscreen_&]:max-h-[calc(100vh-9rem)]"
        />
        <PlayerToolbar
          speed={state.playbackRate}
          onSpeedChange={changeSpeed}
          loop={loop}
          onLoopChange={setLoop}
          position={position}
          onStep={step}
          paused={state.paused}
          isFullscreen={fullscreen.active}
          onFullscreen={fullscreen.toggle}
        />
        <p id={hintId} className="text-xs text-slate-600">
          <RichText
            message="Keys while the player has focus: <key>,</key> and <key>.</key> step one frame back and forward; <key>Space</key> on the video plays and pauses. Frames are numbered from 0, as the provider numbers them."
            parts={{ key }}
          />
        </p>
        {fullscreen.error ? (
          <p role="alert" className="text-sm text-rose-700">
            {fullscreen.error}
          </p>
        ) : null}
      </div>
      <VideoActions src={src} fileName={videoFileName(task)} extra={actions} />
    </div>
  );
}
