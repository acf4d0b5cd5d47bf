// The detail page's player against the real simulator over real HTTP. jsdom plays no video, so
// where a test needs a length or a playhead it sets them on the element, as a browser would once
// the metadata has loaded, and fires the event the browser would fire.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listen } from '../integration/server-harness';
import { keySharing } from '../../src/stores/key-store';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('video');
// Each test first connects through the settings form, as a person would: that takes a while.
vi.setConfig({ testTimeout: 20_000 });
const { clock, fresh } = sim;

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
  vi.restoreAllMocks();
});

/** Records the blobs the page turns into blob: URLs, and the URLs it revokes. */
function recordBlobUrls() {
  const created: { type: string; size: number; url: string }[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:http://localhost/blob-${created.length + 1}`;
    created.push({ type: blob.type, size: blob.size, url });
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  return { created, revoked };
}

/**
 * Opens a task while it runs (when the reseller shape still tells the frame count), then lets
 * it finish and asks for it again.
 */
async function openRunningThenFinished(demo: string) {
  const id = fresh(demo);
  await sim.start(id);
  clock.advanceSeconds(8);
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('progressbar', { name: `Progress of ${id}` });
  clock.advanceSeconds(600);
  await view.user.click(screen.getByRole('button', { name: 'Refresh now' }));
  await screen.findByLabelText(`Video of ${id}`);
  return { ...view, id };
}

async function openFinished(demo: string) {
  const id = fresh(demo);
  await sim.start(id);
  clock.advanceSeconds(600);
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  return { ...view, id };
}

function videoElement(id: string): HTMLVideoElement {
  const video = screen.getByLabelText(`Video of ${id}`);
  if (!(video instanceof HTMLVideoElement)) throw new Error('The video is not a <video>.');
  return video;
}

/** What a browser has once the metadata loaded: a length, and a pause() that pauses. */
function loadMetadata(video: HTMLVideoElement, duration: number) {
  let paused = true;
  Object.defineProperty(video, 'duration', { configurable: true, get: () => duration });
  Object.defineProperty(video, 'paused', { configurable: true, get: () => paused });
  video.pause = () => {
    paused = true;
    fireEvent(video, new Event('pause'));
  };
  video.play = async () => {
    paused = false;
    fireEvent(video, new Event('play'));
  };
  fireEvent.loadedMetadata(video);
}

describe('the player toolbar', () => {
  it('sets the playback speed and loop', async () => {
    const { user, id } = await openFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    const toolbar = screen.getByRole('toolbar', { name: 'Playback' });
    expect(within(toolbar).getByLabelText('Speed')).toHaveValue('1');

    await user.selectOptions(within(toolbar).getByLabelText('Speed'), '0.5');
    expect(video.playbackRate).toBe(0.5);
    expect(video.defaultPlaybackRate).toBe(0.5);
    expect(within(toolbar).getByLabelText('Speed')).toHaveValue('0.5');

    const loop = within(toolbar).getByRole('button', { name: 'Loop' });
    expect(loop).toHaveAttribute('aria-pressed', 'false');
    expect(video.loop).toBe(false);
    await user.click(loop);
    expect(loop).toHaveAttribute('aria-pressed', 'true');
    expect(video.loop).toBe(true);
    await user.click(loop);
    expect(video.loop).toBe(false);
  });

  it('steps one frame with the buttons and the , and . keys, and names the keys', async () => {
    const { user, id } = await openRunningThenFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    const toolbar = screen.getByRole('toolbar', { name: 'Playback' });
    // Before the metadata, there is no frame to step to.
    expect(within(toolbar).getByRole('button', { name: 'Next frame' })).toBeDisabled();

    loadMetadata(video, 4);
    // The simulator's demo: 96 frames in 4 s, so 24 frames per second.
    expect(within(toolbar).getByText('Frame 0 of 96')).toBeInTheDocument();

    await video.play();
    video.currentTime = 1; // frame 24
    fireEvent.timeUpdate(video);
    expect(within(toolbar).getByText('Frame 24 of 96')).toBeInTheDocument();

    const next = within(toolbar).getByRole('button', { name: 'Next frame' });
    expect(next).toHaveAttribute('aria-keyshortcuts', '.');
    await user.click(next);
    expect(video.paused).toBe(true);
    const atNext = video.currentTime;
    expect(Math.floor(atNext * 24)).toBe(25);
    expect(within(toolbar).getByText('Frame 25 of 96')).toBeInTheDocument();

    // Focus is in the player now (on the button): the keys step too.
    await user.keyboard('..');
    expect(video.currentTime).toBeCloseTo(atNext + 2 / 24, 9);
    expect(within(toolbar).getByText('Frame 27 of 96')).toBeInTheDocument();
    await user.keyboard(',');
    expect(video.currentTime).toBeCloseTo(atNext + 1 / 24, 9);

    const previous = within(toolbar).getByRole('button', { name: 'Previous frame' });
    expect(previous).toHaveAttribute('aria-keyshortcuts', ',');
    await user.click(previous);
    await user.click(previous);
    expect(video.currentTime).toBeCloseTo(atNext - 1 / 24, 9);
    expect(within(toolbar).getByText('Frame 24 of 96')).toBeInTheDocument();

    // Never past the last frame.
    video.currentTime = 3.99;
    await user.click(next);
    expect(within(toolbar).getByText('Frame 95 of 96')).toBeInTheDocument();
    expect(video.currentTime).toBeLessThan(4);

    const player = screen.getByRole('group', { name: `Player of ${id}` });
    expect(player).toHaveAccessibleDescription(/, and \. step one frame back and forward/);
  });

  it('assumes 30 frames a second, and says so, when the provider did not tell the frame count', async () => {
    // Opened only once finished: the reseller's finished body has no n_frames, and jsdom cannot
    // play the video to measure its rate.
    const { user, id } = await openFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    loadMetadata(video, 4);
    expect(screen.getByText('Frame 0 of ~120')).toBeInTheDocument();
    expect(
      screen.getByText('(the provider gave no frame count: 30 fps assumed until the video plays)'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next frame' }));
    expect(video.currentTime).toBeCloseTo(1.01 / 30, 9);
  });

  it('keeps the keys to the player: a comma typed elsewhere does not step', async () => {
    const { user, id } = await openFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    loadMetadata(video, 4);
    await user.click(screen.getByRole('button', { name: 'Copy id' }));
    await user.keyboard('..');
    expect(video.currentTime).toBe(0);
  });

  it('says so when full screen is not available', async () => {
    const { user } = await openFinished('sora-2:task_demo_fast');
    await user.click(await screen.findByRole('button', { name: 'Full screen' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /does not allow full screen here\. Use the video’s own full-screen button/,
    );
  });
});

describe('download and copy link', () => {
  it('saves the video fetched from its link under the task id and the prompt', async () => {
    const { user, id } = await openFinished('sora-2:task_demo_slow');
    const { created } = recordBlobUrls();
    const saved: { name: string; href: string }[] = [];
    // The page saves through a hidden <a download> on a blob: URL; jsdom cannot download.
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (target instanceof HTMLAnchorElement && target.href.startsWith('blob:')) {
        saved.push({ name: target.download, href: target.href });
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick);
    try {
      const download = await screen.findByRole('link', { name: 'Download video' });
      const fileName = `${id.replace(':', '_')}-a-paper-boat-drifting-down-a-rainy.mp4`;
      expect(download).toHaveAttribute('download', fileName);
      await user.click(download);
      expect(await screen.findByText(`Saved as ${fileName}.`)).toBeInTheDocument();
      expect(created).toEqual([
        { type: 'video/mp4', size: expect.any(Number), url: 'blob:http://localhost/blob-1' },
      ]);
      expect(created[0]?.size).toBeGreaterThan(1000);
      expect(saved).toEqual([{ name: fileName, href: 'blob:http://localhost/blob-1' }]);
    } finally {
      document.removeEventListener('click', onClick);
    }
  });

  it('opens the link in a new tab when the file cannot be fetched, and says why', async () => {
    // The first finished answer of this demo carries a link that expired: the media answer 403.
    const { user } = await openFinished('sora-2:task_demo_expiring_link');
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const download = await screen.findByRole('link', { name: 'Download video' });
    await user.click(download);
    expect(
      await screen.findByText(/The provider answered HTTP 403 \(the link may have expired\)/),
    ).toHaveTextContent('opened in a new tab instead');
    expect(opened).toHaveBeenCalledWith(
      download.getAttribute('href'),
      '_blank',
      'noopener,noreferrer',
    );
  });

  it('copies the video link', async () => {
    const { user, id } = await openFinished('sora-2:task_demo_fast');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(videoElement(id).getAttribute('src'));
  });
});

describe('a link that stops working', () => {
  it('fetches the task once for a fresh link, then explains if that fails too', async () => {
    const { user, id } = await openFinished('sora-2:task_demo_expiring_link');
    const video = await waitFor(() => videoElement(id));
    const expired = video.getAttribute('src') ?? '';
    expect(await screen.findByText(/^This video link expired/)).toBeInTheDocument();

    fireEvent.error(video);
    await waitFor(() => expect(video.getAttribute('src')).not.toBe(expired));
    const renewed = video.getAttribute('src') ?? '';
    expect(new URL(renewed).pathname).toBe('/sim/media/demo.mp4');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The fresh link fails too: no second automatic refresh, an explanation instead.
    fireEvent.error(video);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The provider sent a fresh link, and it did not play either.');
    expect(within(alert).getByRole('link', { name: 'Open the link in a new tab' })).toHaveAttribute(
      'href',
      renewed,
    );
    expect(video).toHaveAttribute('src', renewed);

    // Asked by hand, the provider sends the same (stable) link: said so, nothing reloads.
    await user.click(within(alert).getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The task was fetched again, but the provider sent the same link.',
    );
    expect(video).toHaveAttribute('src', renewed);
  });

  it('explains at once when the refresh brings the same link', async () => {
    const { id } = await openFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    const src = video.getAttribute('src');
    fireEvent.error(video);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The task was fetched again, but the provider sent the same link.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/Refresh to ask the provider/);
    expect(video).toHaveAttribute('src', src);
  });

  it('asks nothing, and says why Refresh is off, once the key is forgotten in another tab', async () => {
    const { id } = await openFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    act(() => {
      keySharing.receive({ kind: 'forgotten', stamp: { at: Date.now() + 1000, tab: 'other' } });
    });
    fireEvent.error(video);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Asking the provider for a fresh link failed: there is no API key in this tab.',
    );
    const refresh = within(alert).getByRole('button', { name: 'Refresh' });
    expect(refresh).toBeDisabled();
    expect(refresh).toHaveAccessibleDescription(/no API key in this tab/i);
  });
});

describe("the official shape's video", () => {
  async function contentRequests(): Promise<number> {
    const stats: unknown = await (await fetch(`${sim.origin}/sim/stats`)).json();
    const count =
      typeof stats === 'object' && stats !== null && 'byKind' in stats
        ? Object(stats.byKind).content
        : undefined;
    if (typeof count !== 'number') throw new Error('No content count in /sim/stats.');
    return count;
  }

  it('shows the thumbnail, loads the video only when asked, and revokes both on leave', async () => {
    const { created, revoked } = recordBlobUrls();
    const before = await contentRequests();
    const { user, id, router } = await openFinished('video_demo_official');

    const thumbnail = await screen.findByRole('img', { name: `Thumbnail of ${id}` });
    expect(thumbnail).toHaveAttribute('src', 'blob:http://localhost/blob-1');
    expect(await contentRequests()).toBe(before + 1);
    expect(screen.getByText(/only with your API key/)).toHaveTextContent('up to 512 MB');

    await user.click(screen.getByRole('button', { name: 'Load video' }));
    const video = await waitFor(() => videoElement(id));
    expect(video).toHaveAttribute('src', 'blob:http://localhost/blob-2');
    expect(video).toHaveAttribute('poster', 'blob:http://localhost/blob-1');
    expect(created.map((blob) => blob.type)).toEqual(['image/jpeg', 'video/mp4']);
    expect(await contentRequests()).toBe(before + 2);
    // A blob: URL is the page's own: it downloads as it is, and has no link to copy.
    expect(screen.getByRole('link', { name: 'Download video' })).toHaveAttribute(
      'download',
      expect.stringMatching(/^video_demo_official--video\d+-waves-rolling-onto-a-black-sand-beach/),
    );
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();

    await act(() => router.navigate('/'));
    expect(revoked.sort()).toEqual([
      'blob:http://localhost/blob-1',
      'blob:http://localhost/blob-2',
    ]);
  });
});

describe('a reseller that answers /content with JSON', () => {
  /** An official-shape task whose /content points at a URL, each answer a new one. */
  function jsonContentProvider() {
    const app = new Hono();
    let contentAnswers = 0;
    app.get('/v1/videos/:id', (c) =>
      c.json({
        id: c.req.param('id'),
        object: 'video',
        status: 'completed',
        progress: 100,
        prompt: 'A lighthouse at night',
      }),
    );
    app.get('/v1/videos/:id/content', (c) => {
      if (c.req.query('variant') === 'thumbnail') return c.json({ error: 'none' }, 404);
      contentAnswers += 1;
      return c.json({ video_url: `${sim.origin}/sim/media/demo.mp4?answer=${contentAnswers}` });
    });
    return app;
  }

  it('plays the URL it points at, and asks /content again when that fails', async () => {
    const provider = await listen(jsonContentProvider());
    try {
      const { user, router } = renderApp('/');
      await connectThroughSettings(user, { baseUrl: provider.origin });
      const id = 'video_json_content';
      await act(() => router.navigate(`/tasks/${id}`));
      await user.click(await screen.findByRole('button', { name: 'Load video' }));
      const video = await waitFor(() => videoElement(id));
      expect(video).toHaveAttribute('src', `${sim.origin}/sim/media/demo.mp4?answer=1`);
      expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();

      fireEvent.error(video);
      await waitFor(() =>
        expect(video).toHaveAttribute('src', `${sim.origin}/sim/media/demo.mp4?answer=2`),
      );
      fireEvent.error(video);
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The provider sent a fresh link, and it did not play either.',
      );
    } finally {
      await provider.close();
    }
  });
});
