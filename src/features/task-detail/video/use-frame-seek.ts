import { useState } from 'react';
import { usePlayer } from './player-context';

/**
 * Seeks the page's video to a frame and says what happened, for a polite live region: a click
 * that cannot show anything (no video yet) explains itself instead of doing nothing.
 */
export function useFrameSeek(noVideo = 'The video is not ready yet') {
  const { seekToFrame } = usePlayer();
  const [message, setMessage] = useState('');
  const seek = (frame: number) => {
    setMessage(
      seekToFrame(frame)
        ? `Showing frame ${frame} in the video, paused.`
        : `${noVideo}, so frame ${frame} cannot be shown.`,
    );
  };
  return { seek, message };
}
