import { useEffect, useId, useState } from 'react';
import { FrameStepButtons } from '../../components/ui/frame-step-buttons';
import { RichText } from '../../components/ui/rich-text';
import { framePosition, frameToTime, steppedTime } from '../../domain/video-frames';
import { useMeasuredFps } from '../../hooks/use-measured-fps';
import { usePlayerKeys } from '../../hooks/use-player-keys';
import { useVideoState } from '../../hooks/use-video-state';
import { t } from '../../lib/i18n';
import { useSyncGroup } from './use-sync-group';

const key = (text: string) => (
  <kbd className="rounded border border-slate-300 px-1 font-mono">{text}</kbd>
);

/**
 * One set of controls for every video: Play/Pause, a slider over the clock's frames, a frame
 * back and forward, and Sync. Space or K plays and pauses while the focus is in the bar, `,` and
 * `.` step a frame, as in the task page's player.
 */
export function ControlBar() {
  const { group, state: sync } = useSyncGroup();
  const clock = sync.clock;
  const element = clock?.element ?? null;
  const { state, sync: readAgain } = useVideoState(element);
  const measuredFps = useMeasuredFps(element);
  const position = framePosition(state.currentTime, state.duration, clock?.frames, measuredFps);
  const [bar, setBar] = useState<HTMLDivElement | null>(null);
  const hintId = useId();

  const fps = position?.fps;
  useEffect(() => {
    if (fps !== undefined) group.setFrameRate(fps);
  }, [group, fps]);

  const togglePlay = () => {
    if (!element) return;
    if (element.paused) group.play();
    else group.pause();
  };

  /** From where the clock is now (its events may not have caught up), as the detail page steps. */
  const step = (delta: -1 | 1) => {
    if (!element) return;
    const current = framePosition(
      element.currentTime,
      element.duration,
      clock?.frames,
      measuredFps,
    );
    if (!current) return;
    group.pause();
    group.seek(steppedTime(current, delta, element.duration));
    readAgain();
  };

  const seekToFrame = (frame: number) => {
    if (!element || !position) return;
    group.seek(frameToTime(frame, position.fps, element.duration));
    readAgain();
  };

  usePlayerKeys(bar, {
    ' ': togglePlay,
    k: togglePlay,
    K: togglePlay,
    ',': () => step(-1),
    '.': () => step(1),
  });

  return (
    <div
      ref={setBar}
      role="toolbar"
      aria-label={t('Playback of every video')}
      aria-describedby={hintId}
      className="card space-y-2 text-sm text-slate-800 sm:sticky sm:top-0 sm:z-10"
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-primary min-w-[5rem]"
          aria-keyshortcuts="k Space"
          disabled={!position}
          onClick={togglePlay}
        >
          {state.paused ? t('Play') : t('Pause')}
        </button>
        <input
          type="range"
          aria-label={t('Seek')}
          aria-valuetext={
            position === undefined
              ? undefined
              : position.assumed
                ? t('Frame {frame} of ~{total}', { frame: position.frame, total: position.total })
                : t('Frame {frame} of {total}', { frame: position.frame, total: position.total })
          }
          min={0}
          max={Math.max(0, (position?.total ?? 1) - 1)}
          step={1}
          value={position?.frame ?? 0}
          disabled={!position}
          onChange={(event) => seekToFrame(Number(event.target.value))}
          className="min-w-[8rem] flex-1 accent-indigo-600"
        />
        <button
          type="button"
          className={`btn-secondary ${sync.synced ? 'bg-indigo-50 ring-indigo-400' : ''}`}
          aria-pressed={sync.synced}
          onClick={() => group.setSynced(!sync.synced)}
        >
          {t('Sync')}
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <FrameStepButtons position={position} onStep={step} paused={state.paused} />
      </div>
      <div id={hintId} className="space-y-1 text-xs text-slate-600">
        {clock ? null : <p>{t('The controls work once a video has loaded.')}</p>}
        <p>
          {sync.synced
            ? t(
                'Sync is on: the first video that has loaded keeps the time and the others follow it, muted.',
              )
            : t(
                'Sync is off: each video also has its own controls, and the bar still moves them all.',
              )}
        </p>
        <p>
          <RichText
            message="Keys while the focus is in this bar: <key>Space</key> or <key>K</key> plays and pauses; <key>,</key> and <key>.</key> step one frame back and forward."
            parts={{ key }}
          />
        </p>
      </div>
    </div>
  );
}
