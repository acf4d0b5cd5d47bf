// The compare page against the real simulator over real HTTP. jsdom plays no video, so once the
// page shows the videos the test gives each a length and a play() and pause() that work, as a
// browser would once the metadata has loaded, and moves the playheads itself.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../../src/lib/i18n';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('compare');
const { clock, fresh } = sim;
// Each test first connects through the settings form, as a person would: that takes a while.
vi.setConfig({ testTimeout: 30_000 });

afterEach(async () => {
  vi.restoreAllMocks();
  await act(() => activateLocale('en'));
});

const compareUrl = (ids: readonly string[]) =>
  `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;

/** Fresh fast demos, started and finished without the dashboard watching. */
async function finishedDemos(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => fresh('sora-2:task_demo_fast'));
  for (const id of ids) await sim.start(id);
  clock.advanceSeconds(600);
  return ids;
}

async function openConnected(path: string) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  await act(() => view.router.navigate(path));
  return view;
}

function videoOf(id: string): HTMLVideoElement {
  const video = screen.getByLabelText(`Video of ${id}`);
  if (!(video instanceof HTMLVideoElement)) throw new Error('The video is not a <video>.');
  return video;
}

/** What a browser has once the metadata loaded: a length, and play() and pause() that work. */
function loadMetadata(video: HTMLVideoElement, duration: number) {
  let paused = true;
  Object.defineProperty(video, 'duration', { configurable: true, get: () => duration });
  Object.defineProperty(video, 'readyState', {
    configurable: true,
    get: () => HTMLMediaElement.HAVE_METADATA,
  });
  Object.defineProperty(video, 'paused', { configurable: true, get: () => paused });
  video.pause = () => {
    if (paused) return;
    paused = true;
    fireEvent(video, new Event('pause'));
  };
  video.play = async () => {
    paused = false;
    fireEvent(video, new Event('play'));
  };
  fireEvent.loadedMetadata(video);
}

/** The frame the bar reads for a time, at the 30 fps it assumes without a frame count. */
const at = (frame: number) => (frame + 0.01) / 30;

describe('the compare page', () => {
  it('shows two finished tasks side by side, and one bar plays, pauses, seeks and steps both', async () => {
    const ids = await finishedDemos(2);
    const [a = '', b = ''] = ids;
    const { user, router } = await openConnected(compareUrl(ids));
    await screen.findByRole('heading', { level: 1, name: 'Compare 2 tasks' });
    await waitFor(() => expect(document.title).toBe('Compare 2 tasks · Reelwatch'));
    for (const id of ids) {
      const column = screen.getByRole('article', { name: id });
      expect(within(column).getByRole('link', { name: id })).toHaveAttribute(
        'href',
        `/tasks/${encodeURIComponent(id)}`,
      );
      expect(await within(column).findByText('Succeeded')).toBeVisible();
      expect(within(column).getByText('sora-2', { selector: 'dd' })).toBeVisible();
      expect(within(column).getByRole('button', { name: 'Copy prompt' })).toBeVisible();
    }
    await screen.findByLabelText(`Video of ${b}`);
    const bar = screen.getByRole('toolbar', { name: 'Playback of every video' });
    const play = within(bar).getByRole('button', { name: 'Play' });
    expect(play).toBeDisabled();
    expect(within(bar).getByText('The controls work once a video has loaded.')).toBeVisible();

    const [first, second] = [videoOf(a), videoOf(b)];
    loadMetadata(second, 4);
    loadMetadata(first, 4);
    expect(play).toBeEnabled();
    expect(within(bar).getByText('Frame 0 of ~120')).toBeVisible();
    // The bar drives them: neither has controls of its own, and only the first is heard.
    expect(first).not.toHaveAttribute('controls');
    expect(second).not.toHaveAttribute('controls');
    expect([first.muted, second.muted]).toEqual([false, true]);

    await user.click(play);
    expect([first.paused, second.paused]).toEqual([false, false]);
    first.currentTime = 1.51; // frame 45
    second.currentTime = 1.52;
    fireEvent.timeUpdate(first);
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect([first.paused, second.paused]).toEqual([true, true]);
    expect(first.currentTime).toBeCloseTo(at(45), 9);
    expect(second.currentTime).toBe(first.currentTime);
    expect(within(bar).getByText('Frame 45 of ~120')).toBeVisible();

    const slider = within(bar).getByRole('slider', { name: 'Seek' });
    fireEvent.change(slider, { target: { value: '60' } });
    expect(first.currentTime).toBeCloseTo(at(60), 9);
    expect(second.currentTime).toBe(first.currentTime);
    expect(slider).toHaveAttribute('aria-valuetext', 'Frame 60 of ~120');

    await user.click(within(bar).getByRole('button', { name: 'Next frame' }));
    expect(first.currentTime).toBeCloseTo(at(61), 9);
    expect(second.currentTime).toBe(first.currentTime);
    // The focus is in the bar now: `.` and `,` step, Space and K play and pause.
    await user.keyboard('..,');
    expect(first.currentTime).toBeCloseTo(at(62), 9);
    expect(second.currentTime).toBe(first.currentTime);
    await user.keyboard(' ');
    expect([first.paused, second.paused]).toEqual([false, false]);
    expect(first.currentTime).toBeCloseTo(at(62), 9);
    await user.keyboard('k');
    expect([first.paused, second.paused]).toEqual([true, true]);

    const sync = within(bar).getByRole('button', { name: 'Sync' });
    expect(sync).toHaveAttribute('aria-pressed', 'true');
    await user.click(sync);
    expect(sync).toHaveAttribute('aria-pressed', 'false');
    expect(first).toHaveAttribute('controls');
    expect(second).toHaveAttribute('controls');

    // Asked for, but not added to the list.
    await act(() => router.navigate('/'));
    expect(
      await screen.findByText(
        'No tasks yet. Paste task ids above, or try the demo to see how it works.',
      ),
    ).toBeVisible();
  });

  it('says in its column why a task has no video, and the others still play', async () => {
    const [done = ''] = await finishedDemos(1);
    const running = fresh('sora-2:task_demo_slow');
    await sim.start(running);
    const missing = fresh('video_compare_nowhere');
    await openConnected(compareUrl([done, running, missing]));
    await screen.findByRole('heading', { level: 1, name: 'Compare 3 tasks' });

    const runningColumn = screen.getByRole('article', { name: running });
    expect(
      await within(runningColumn).findByText('The video appears here when the task is done.'),
    ).toBeVisible();
    expect(within(runningColumn).queryByLabelText(`Video of ${running}`)).toBeNull();
    const missingColumn = screen.getByRole('article', { name: missing });
    expect(await within(missingColumn).findByRole('alert')).toHaveTextContent(/not found/i);

    const video = await screen.findByLabelText(`Video of ${done}`);
    if (!(video instanceof HTMLVideoElement)) throw new Error('The video is not a <video>.');
    loadMetadata(video, 4);
    const bar = screen.getByRole('toolbar', { name: 'Playback of every video' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Play' }));
    expect(video.paused).toBe(false);
  });

  it('fetches a video that needs the key only when asked, then plays it with the others', async () => {
    const official = fresh('video_demo_official');
    await sim.start(official);
    const [fast = ''] = await finishedDemos(1);
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/1');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const { user } = await openConnected(compareUrl([official, fast]));
    const column = await screen.findByRole('article', { name: official });
    const load = await within(column).findByRole('button', { name: 'Load video' });
    expect(within(column).queryByLabelText(`Video of ${official}`)).toBeNull();
    expect(create).not.toHaveBeenCalled();

    await user.click(load);
    const video = await within(column).findByLabelText(`Video of ${official}`);
    expect(video).toHaveAttribute('src', 'blob:http://localhost/1');
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: 'video/mp4' }));
    const [first, second] = [videoOf(official), videoOf(fast)];
    loadMetadata(second, 4);
    loadMetadata(first, 4);
    // The first column is the clock once it has loaded too; the other follows, muted.
    expect([first.muted, second.muted]).toEqual([false, true]);
    const bar = screen.getByRole('toolbar', { name: 'Playback of every video' });
    await user.click(within(bar).getByRole('button', { name: 'Play' }));
    expect([first.paused, second.paused]).toEqual([false, false]);
  });

  it('explains an address it cannot compare, links back to the list, and asks for nothing', async () => {
    const fine = fresh('sora-2:task_demo_fast');
    const view = await openConnected(`/compare?ids=${encodeURIComponent(`${fine},<b>x</b>`)}`);
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'Cannot compare these tasks' }),
    ).toBeVisible();
    expect(within(alert).getByText('This is not a task id: “<b>x</b>”.')).toBeVisible();
    expect(within(alert).getByRole('link', { name: 'task list' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Cannot compare these tasks · Reelwatch');

    await act(() => view.router.navigate(compareUrl([fine])));
    expect(
      await screen.findByText(
        'Compare shows 2 to 4 different tasks side by side; this address names 1.',
      ),
    ).toBeVisible();
    const five = ['video_a1', 'video_a2', 'video_a3', 'video_a4', 'video_a5'];
    await act(() => view.router.navigate(compareUrl(five)));
    expect(await screen.findByText(/this address names 5\.$/)).toBeVisible();
    expect(await sim.polls(fine)).toBe(0);
  });
});

describe('the compare page in Chinese', () => {
  it('names its controls, columns and problems in Chinese', async () => {
    const ids = await finishedDemos(2);
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: sim.origin });
    await act(() => activateLocale('zh-CN', ['zh-CN']));
    await act(() => view.router.navigate(compareUrl(ids)));

    await screen.findByRole('heading', { level: 1, name: '对比 2 个任务' });
    await waitFor(() => expect(document.title).toBe('对比 2 个任务 · Reelwatch'));
    const bar = screen.getByRole('toolbar', { name: '所有视频的播放控制' });
    expect(within(bar).getByRole('button', { name: '播放' })).toBeDisabled();
    expect(within(bar).getByRole('slider', { name: '播放进度' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: '下一帧' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: '同步' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(bar).getByText('有视频加载完成后即可使用这些控制。')).toBeVisible();
    for (const id of ids) {
      const column = screen.getByRole('article', { name: id });
      expect(await within(column).findByText('已完成')).toBeVisible();
      expect(within(column).getByRole('heading', { level: 3, name: '输入' })).toBeVisible();
      expect(await within(column).findByLabelText(`${id} 的视频`)).toBeInTheDocument();
    }

    await act(() => view.router.navigate('/compare?ids=nope,also-nope'));
    expect(await screen.findByRole('heading', { name: '无法对比这些任务' })).toBeVisible();
    expect(screen.getByText('以下不是任务 ID：“nope”和“also-nope”。')).toBeVisible();
    expect(screen.getByRole('link', { name: '任务列表' })).toHaveAttribute('href', '/');
    await act(() => view.router.navigate('/compare?ids=video_one'));
    expect(
      await screen.findByText('对比页面可并排显示 2 到 4 个不同的任务；此地址包含 1 个。'),
    ).toBeVisible();
  });
});
