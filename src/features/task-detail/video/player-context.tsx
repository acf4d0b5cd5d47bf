// The detail page has one video. The player registers its element here; the frame strip and the
// inpaint items seek it by frame without knowing where it is rendered.
import { createContext, use, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { framesPerSecond, frameToTime } from '../../../domain/video-frames';

interface PlayerRegistry {
  /** Called by the player with its <video> (or null when it unmounts). */
  registerVideo: (video: HTMLVideoElement | null) => void;
  /** Seeks the page's video to a frame, pauses it and brings it into view. False when no video. */
  seekToFrame: (frame: number) => boolean;
  /** Why no frame can ever be shown (the task failed, say); undefined while a video may come. */
  noVideo: string | undefined;
}

const PlayerContext = createContext<PlayerRegistry | null>(null);

export function PlayerProvider({
  totalFrames,
  noVideo,
  children,
}: {
  totalFrames: number | undefined;
  noVideo: string | undefined;
  children: ReactNode;
}) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const registerVideo = useCallback((video: HTMLVideoElement | null) => {
    videoRef.current = video;
  }, []);
  const seekToFrame = useCallback(
    (frame: number) => {
      const video = videoRef.current;
      if (!video) return false;
      video.pause();
      const fps = framesPerSecond(totalFrames, video.duration);
      video.currentTime = frameToTime(frame, fps, video.duration);
      // Smooth only for those who have not asked their system for less motion.
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      video.scrollIntoView?.({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
      video.focus({ preventScroll: true });
      return true;
    },
    [totalFrames],
  );
  const value = useMemo(
    () => ({ registerVideo, seekToFrame, noVideo }),
    [registerVideo, seekToFrame, noVideo],
  );
  return <PlayerContext value={value}>{children}</PlayerContext>;
}

const noPlayer: PlayerRegistry = {
  registerVideo: () => undefined,
  seekToFrame: () => false,
  noVideo: undefined,
};

/** The page's player registry; a harmless stand-in outside a PlayerProvider. */
export function usePlayer(): PlayerRegistry {
  return use(PlayerContext) ?? noPlayer;
}
