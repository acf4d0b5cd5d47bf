import { useId } from 'react';
import { formatNumber, t } from '../../../lib/i18n';

const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** The usual speeds, plus one set elsewhere (the native controls' menu) so it shows. */
function speedChoices(current: number): number[] {
  const choices: number[] = [...SPEEDS];
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}

export interface FramePosition {
  /** 0-based, as the provider numbers frames (inpaint items, moderation results). */
  frame: number;
  total: number;
  fps: number;
  /** Nobody said how many frames there are and the rate is not measured yet: a guess. */
  assumed: boolean;
}

interface PlayerToolbarProps {
  speed: number;
  onSpeedChange: (speed: number) => void;
  loop: boolean;
  onLoopChange: (loop: boolean) => void;
  /** Undefined until the video's length is known. */
  position: FramePosition | undefined;
  onStep: (delta: -1 | 1) => void;
  /** Announce the frame only while paused: during playback it changes several times a second. */
  paused: boolean;
  isFullscreen: boolean;
  onFullscreen: () => void;
}

/** Playback controls beside the native ones: speed, loop, frame step and full screen. */
export function PlayerToolbar({
  speed,
  onSpeedChange,
  loop,
  onLoopChange,
  position,
  onStep,
  paused,
  isFullscreen,
  onFullscreen,
}: PlayerToolbarProps) {
  const speedId = useId();
  const canStep = position !== undefined;
  // Said by each frame button that cannot act yet (its description, and on hover).
  const whyNot = canStep ? undefined : t('Frame steps work once the video has loaded.');
  return (
    <div role="toolbar" aria-label={t('Playback')} className="space-y-2 text-sm text-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-secondary"
          aria-keyshortcuts=","
          disabled={!canStep}
          title={whyNot}
          onClick={() => onStep(-1)}
        >
          {t('Previous frame')}
        </button>
        <button
          type="button"
          className="btn-secondary"
          aria-keyshortcuts="."
          disabled={!canStep}
          title={whyNot}
          onClick={() => onStep(1)}
        >
          {t('Next frame')}
        </button>
        <output aria-live={paused ? 'polite' : 'off'} className="min-w-[9rem] tabular-nums">
          {position === undefined
            ? t('Frame –')
            : position.assumed
              ? t('Frame {frame} of ~{total}', { frame: position.frame, total: position.total })
              : t('Frame {frame} of {total}', { frame: position.frame, total: position.total })}
        </output>
        {position?.assumed ? (
          <span className="text-xs text-slate-600">
            {t('(the provider gave no frame count: {fps} fps assumed until the video plays)', {
              fps: position.fps,
            })}
          </span>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={speedId} className="flex items-center gap-1">
          {t('Speed')}
          <select
            id={speedId}
            value={speed}
            onChange={(event) => onSpeedChange(Number(event.target.value))}
            className="select-field"
          >
            {speedChoices(speed).map((value) => (
              <option key={value} value={value}>
                {formatNumber(value)}×
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={`btn-secondary ${loop ? 'bg-indigo-50 ring-indigo-400' : ''}`}
          aria-pressed={loop}
          onClick={() => onLoopChange(!loop)}
        >
          {t('Loop')}
        </button>
        <button type="button" className="btn-secondary" onClick={onFullscreen}>
          {isFullscreen ? t('Exit full screen') : t('Full screen')}
        </button>
      </div>
    </div>
  );
}
