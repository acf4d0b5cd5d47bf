import { useId } from 'react';
import { FrameStepButtons } from '../../../components/ui/frame-step-buttons';
import type { FramePosition } from '../../../domain/video-frames';
import { formatNumber, t } from '../../../lib/i18n';

const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** The usual speeds, plus one set elsewhere (the native controls' menu) so it shows. */
function speedChoices(current: number): number[] {
  const choices: number[] = [...SPEEDS];
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
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
  return (
    <div role="toolbar" aria-label={t('Playback')} className="space-y-2 text-sm text-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <FrameStepButtons position={position} onStep={onStep} paused={paused} />
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
