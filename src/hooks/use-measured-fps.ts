import { useEffect, useState } from 'react';

/** Frame rates videos are made at; a measurement within 3 % of one is taken to be it. */
const COMMON_RATES = [23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60];
/** Frame-to-frame gaps needed before trusting the measurement. */
const SAMPLES = 8;

function nearestCommonRate(fps: number): number {
  const nearest = COMMON_RATES.reduce((best, rate) =>
    Math.abs(rate - fps) < Math.abs(best - fps) ? rate : best,
  );
  return Math.abs(nearest - fps) / nearest < 0.03 ? nearest : Math.round(fps * 100) / 100;
}

/** The middle value: one dropped or repeated frame does not move it. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The video's frame rate, measured while it plays from the time between consecutive frames
 * (`requestVideoFrameCallback`, in Chromium and Safari). Undefined until measured, or where the
 * browser cannot tell. Providers often leave out the frame count, and a guessed rate would
 * number the frames wrongly.
 */
export function useMeasuredFps(video: HTMLVideoElement | null): number | undefined {
  const [fps, setFps] = useState<number>();
  useEffect(() => {
    if (!video || !('requestVideoFrameCallback' in video)) return;
    const gaps: number[] = [];
    let last: { frames: number; time: number } | undefined;
    let handle = 0;
    const onFrame = (_now: number, frame: VideoFrameCallbackMetadata) => {
      if (last && frame.presentedFrames === last.frames + 1 && frame.mediaTime > last.time) {
        gaps.push(frame.mediaTime - last.time);
      }
      last = { frames: frame.presentedFrames, time: frame.mediaTime };
      if (gaps.length >= SAMPLES) {
        setFps(nearestCommonRate(1 / median(gaps)));
        return;
      }
      handle = video.requestVideoFrameCallback(onFrame);
    };
    handle = video.requestVideoFrameCallback(onFrame);
    return () => video.cancelVideoFrameCallback(handle);
  }, [video]);
  return fps;
}
