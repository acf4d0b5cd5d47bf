import type { FramePosition } from '../../domain/video-frames';
import { t } from '../../lib/i18n';

interface FrameStepButtonsProps {
  /** Undefined until the video's length is known. */
  position: FramePosition | undefined;
  onStep: (delta: -1 | 1) => void;
  /** Announce the frame only while paused: during playback it changes several times a second. */
  paused: boolean;
}

/**
 * Previous frame, Next frame (also `,` and `.`, see hooks/use-player-keys.ts) and which frame
 * shows, for a player's toolbar: the detail page's player, the compare page's shared bar.
 */
export function FrameStepButtons({ position, onStep, paused }: FrameStepButtonsProps) {
  const canStep = position !== undefined;
  // Said by each frame button that cannot act yet (its description, and on hover).
  const whyNot = canStep ? undefined : t('Frame steps work once the video has loaded.');
  return (
    <>
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
    </>
  );
}
