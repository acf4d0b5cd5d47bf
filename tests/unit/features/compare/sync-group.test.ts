// The compare page's clock and followers, with <video> elements that hold a playhead but play
// nothing (jsdom): each test moves the playheads as playback would, then runs one animation
// frame of the group's correction.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncGroup } from '../../../../src/features/compare/sync-group';

const FPS = 24;

/** A <video> whose metadata has loaded: a length, and play() and pause() that say so. */
function loadedVideo(duration: number): HTMLVideoElement {
  const video = document.createElement('video');
  let paused = true;
  Object.defineProperty(video, 'duration', { configurable: true, get: () => duration });
  Object.defineProperty(video, 'paused', { configurable: true, get: () => paused });
  video.play = async () => {
    paused = false;
    video.dispatchEvent(new Event('play'));
  };
  video.pause = () => {
    if (paused) return;
    paused = true;
    video.dispatchEvent(new Event('pause'));
  };
  return video;
}

let frames: FrameRequestCallback[] = [];
/** Runs what the group asked to do at the next animation frame. */
function nextFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Columns a and b, both loaded (b first), playing at 1 s. */
function playingPair() {
  const group = new SyncGroup(['a', 'b']);
  group.setFrameRate(FPS);
  const clock = loadedVideo(4);
  const follower = loadedVideo(4);
  group.join('b', follower, 96);
  group.join('a', clock, 96);
  group.play();
  clock.currentTime = 1;
  return { group, clock, follower };
}

describe('SyncGroup', () => {
  it('takes the first column as the clock, whichever loaded first, and only it is heard', () => {
    const { group, clock, follower } = playingPair();
    expect(group.getState().clock?.element).toBe(clock);
    expect(clock.muted).toBe(false);
    expect(follower.muted).toBe(true);
  });

  it('plays every video, and pauses them all on the clock’s frame', () => {
    const { group, clock, follower } = playingPair();
    expect([clock.paused, follower.paused]).toEqual([false, false]);
    clock.currentTime = 1.03; // in frame 24 (1.000 – 1.042 s)
    follower.currentTime = 1.05;
    group.pause();
    expect([clock.paused, follower.paused]).toEqual([true, true]);
    expect(clock.currentTime).toBeCloseTo(24.01 / FPS, 9);
    expect(follower.currentTime).toBe(clock.currentTime);
  });

  it('slows a follower more than a frame ahead, speeds one behind, and lets one within half a frame be', () => {
    const { clock, follower } = playingPair();
    follower.currentTime = 1 + 3 / FPS;
    nextFrame();
    expect(follower.playbackRate).toBeLessThan(1);
    expect(follower.playbackRate).toBeGreaterThanOrEqual(0.75);

    follower.currentTime = 1 - 3 / FPS;
    nextFrame();
    expect(follower.playbackRate).toBeGreaterThan(1);
    expect(follower.playbackRate).toBeLessThanOrEqual(1.25);

    follower.currentTime = 1 + 0.2 / FPS;
    nextFrame();
    expect(follower.playbackRate).toBe(clock.playbackRate);
  });

  it('moves a follower far off to the clock’s time, and plays one that stopped', () => {
    const { clock, follower } = playingPair();
    follower.pause();
    follower.currentTime = 2.5;
    nextFrame();
    expect(follower.currentTime).toBe(clock.currentTime);
    expect(follower.paused).toBe(false);
  });

  it('seeks every video, a shorter one to its own end', () => {
    const group = new SyncGroup(['a', 'b']);
    const clock = loadedVideo(4);
    const short = loadedVideo(2);
    group.join('a', clock, undefined);
    group.join('b', short, undefined);
    group.seek(3);
    expect(clock.currentTime).toBe(3);
    expect(short.currentTime).toBe(2);
  });

  it('with Sync off, leaves the followers to themselves, and pulls them back when it is on', () => {
    const { group, clock, follower } = playingPair();
    group.setSynced(false);
    follower.currentTime = 2.5;
    nextFrame();
    clock.pause();
    expect(follower.currentTime).toBe(2.5);
    expect(follower.paused).toBe(false);

    group.setSynced(true);
    expect(follower.paused).toBe(true);
    expect(follower.currentTime).toBe(clock.currentTime);
  });

  it('makes the next loaded column the clock when the clock leaves', () => {
    const group = new SyncGroup(['a', 'b']);
    const first = loadedVideo(4);
    const second = loadedVideo(4);
    const leave = group.join('a', first, undefined);
    group.join('b', second, undefined);
    leave();
    expect(group.getState().clock?.element).toBe(second);
    expect(second.muted).toBe(false);
  });
});
