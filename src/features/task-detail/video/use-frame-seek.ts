import { useState } from 'react';
import { t } from '../../../lib/i18n';
import { usePlayer } from './player-context';

/**
 * Seeks the page's video to a frame and says what happened, for a polite live region. Where no
 * video will ever come (the task failed), `noVideo` says why, for the buttons to be disabled
 * with; a click that cannot show anything yet (no video loaded) explains itself.
 */
export function useFrameSeek() {
  const { seekToFrame, noVideo } = usePlayer();
  const [message, setMessage] = useState('');
  const seek = (frame: number) => {
    setMessage(
      seekToFrame(frame)
        ? t('Showing frame {frame} in the video, paused.', { frame })
        : t('The video is not loaded yet, so frame {frame} cannot be shown.', { frame }),
    );
  };
  return { seek, message: noVideo ?? message, noVideo };
}
