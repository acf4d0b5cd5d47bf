import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { PlayerProvider, usePlayer } from '../../src/features/task-detail/video/player-context';

/**
 * Stands in for the player: a <video> registered with the page's player registry, with the
 * duration a loaded file would have (jsdom loads no media) and a pause() jsdom lacks.
 */
function RegisteredVideo({ duration }: { duration: number }) {
  const { registerVideo } = usePlayer();
  return (
    <video
      aria-label="The task's video"
      ref={(video) => {
        if (video) {
          Object.defineProperty(video, 'duration', { configurable: true, value: duration });
          video.pause = () => undefined;
        }
        registerVideo(video);
      }}
    />
  );
}

/** Renders a section inside a PlayerProvider, with or without a registered video. */
export function renderWithPlayer(
  section: ReactNode,
  {
    totalFrames,
    videoDuration,
    noVideo,
  }: { totalFrames: number | undefined; videoDuration?: number; noVideo?: string },
) {
  const user = userEvent.setup();
  const view = render(
    <PlayerProvider totalFrames={totalFrames} noVideo={noVideo}>
      {videoDuration === undefined ? null : <RegisteredVideo duration={videoDuration} />}
      {section}
    </PlayerProvider>,
  );
  return { ...view, user };
}
