import { useCallback, useReducer, useSyncExternalStore } from 'react';

export interface VideoState {
  currentTime: number;
  /** NaN until the metadata has loaded. */
  duration: number;
  paused: boolean;
  /** Also changed from the native controls' own speed menu. */
  playbackRate: number;
}

const noVideo: VideoState = { currentTime: 0, duration: NaN, paused: true, playbackRate: 1 };

const EVENTS = [
  'loadedmetadata',
  'durationchange',
  'timeupdate',
  'seeking',
  'seeked',
  'play',
  'pause',
  'ratechange',
  'emptied',
] as const;

// The last snapshot per element, so an unchanged element gives React the same object.
const snapshots = new WeakMap<HTMLVideoElement, VideoState>();

function snapshotOf(video: HTMLVideoElement | null): VideoState {
  if (!video) return noVideo;
  const last = snapshots.get(video);
  if (
    last &&
    last.currentTime === video.currentTime &&
    Object.is(last.duration, video.duration) &&
    last.paused === video.paused &&
    last.playbackRate === video.playbackRate
  ) {
    return last;
  }
  const next = {
    currentTime: video.currentTime,
    duration: video.duration,
    paused: video.paused,
    playbackRate: video.playbackRate,
  };
  snapshots.set(video, next);
  return next;
}

/**
 * What the toolbar shows about a <video>, read from the element and kept in step with its
 * events. `sync` reads it again after the page itself moved the playhead, since a seek's
 * events arrive later (or, in jsdom, never).
 */
export function useVideoState(video: HTMLVideoElement | null) {
  const [, sync] = useReducer((count: number) => count + 1, 0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!video) return () => undefined;
      for (const event of EVENTS) video.addEventListener(event, onChange);
      return () => {
        for (const event of EVENTS) video.removeEventListener(event, onChange);
      };
    },
    [video],
  );
  const state = useSyncExternalStore(
    subscribe,
    () => snapshotOf(video),
    () => noVideo,
  );
  return { state, sync };
}
