import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Task } from '../../../domain/task-model';
import { RichText } from '../../../components/ui/rich-text';
import { t } from '../../../lib/i18n';
import { LinkExpiry } from './link-expiry';
import { MediaProblem } from './media-problem';
import {
  DEFAULT_FPS,
  framesPerSecond,
  frameToTime,
  timeToFrame,
  usePlayer,
} from './player-context';
import { PlayerToolbar, type FramePosition } from './player-toolbar';
import { useFullscreen } from './use-fullscreen';
import { useMeasuredFps } from './use-measured-fps';
import { useMediaRecovery, type LinkRefresh } from './use-media-recovery';
import { useVideoState } from './use-video-state';
import { VideoActions } from './video-actions';
import { videoFileName } from '../../../domain/video-file-name';

const key = (text: string) => (
  <kbd className="rounded border border-slate-300 px-1 font-mono">{text}</kbd>
);

interface VideoPlayerProps {
  src: string;
  poster: string | undefined;
  task: Task;
  /** Fetches the task again for a fresh link; absent when the source cannot be renewed. */
  refreshLink?: () => Promise<LinkRefresh>;
  /** When `src` stops working, if the provider said. */
  expiresAt: number | undefined;
  /** More controls beside Download (keeping the file in this browser). */
  actions?: ReactNode;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Where the playhead is, in frames, once the video's length is known. The frame rate comes
 * from the provider's frame count, else from measuring the playing video, else it is assumed.
 */
function framePosition(
  currentTime: number,
  duration: number,
  taskFrames: number | undefined,
  measuredFps: number | undefined,
): FramePosition | undefined {
  if (!(duration > 0) || !Number.isFinite(duration)) return undefined;
  const known = taskFrames !== undefined && taskFrames > 0;
  const fps = known ? framesPerSecond(taskFrames, duration) : (measuredFps ?? DEFAULT_FPS);
  const total = known ? taskFrames : Math.round(duration * fps);
  return {
    frame: Math.min(timeToFrame(currentTime, fps), Math.max(0, total - 1)),
    total,
    fps,
    assumed: !known && measuredFps === undefined,
  };
}

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
}: VideoPlayerProps) {
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
      const target = Math.min(Math.max(0, current.frame + delta), current.total - 1);
      element.currentTime = frameToTime(target, current.fps, duration);
      sync();
    },
    [task.frames, measuredFps, sync],
  );

  useEffect(() => {
    if (!container) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key !== ',' && event.key !== '.') return;
      event.preventDefault();
      step(event.key === ',' ? -1 : 1);
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [container, step]);

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
      {recovery.kind === 'refreshing' ? (
        <p role="status" className="text-sm text-slate-700">
          {recovery.manual
            ? t('Asking the provider for a fresh link…')
            : t('The video did not load; asking the provider for a fresh link…')}
        </p>
      ) : null}
      {recovery.kind === 'failed' ? (
        <MediaProblem
          failure={recovery}
          src={src}
          expiresAt={expiresAt}
          onRefresh={refreshLink ? refreshNow : undefined}
        />
      ) : null}
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
