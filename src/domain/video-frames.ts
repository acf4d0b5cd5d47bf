// Frames of a video file, as the provider numbers them (from 0): where the playhead is, in
// frames, and the time that shows a given frame. The detail page's player and the compare page's
// control bar step and seek by these; the inpaint items and moderation results name frames too.

/** Frames per second when the provider does not say how many frames the video has. */
const DEFAULT_FPS = 30;

/** Frames per second from the provider's frame count and the file's duration. */
export function framesPerSecond(totalFrames: number | undefined, duration: number): number {
  if (totalFrames && totalFrames > 0 && Number.isFinite(duration) && duration > 0) {
    return totalFrames / duration;
  }
  return DEFAULT_FPS;
}

/** The time (seconds) at which a frame starts; lands just inside the frame, never past the end. */
export function frameToTime(frame: number, fps: number, duration: number): number {
  const time = (Math.max(0, frame) + 0.01) / fps;
  return Number.isFinite(duration) ? Math.min(time, Math.max(0, duration - 0.01)) : time;
}

export function timeToFrame(time: number, fps: number): number {
  return Math.floor(time * fps + 1e-6);
}

export interface FramePosition {
  /** 0-based, as the provider numbers frames (inpaint items, moderation results). */
  frame: number;
  total: number;
  fps: number;
  /** Nobody said how many frames there are and the rate is not measured yet: a guess. */
  assumed: boolean;
}

/**
 * Where the playhead is, in frames, once the video's length is known. The frame rate comes
 * from the provider's frame count, else from measuring the playing video, else it is assumed.
 */
export function framePosition(
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

/** The time that shows the frame `delta` frames from `position`'s, kept within the video. */
export function steppedTime(position: FramePosition, delta: -1 | 1, duration: number): number {
  const target = Math.min(Math.max(0, position.frame + delta), position.total - 1);
  return frameToTime(target, position.fps, duration);
}
