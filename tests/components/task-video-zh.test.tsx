// A finished task's video in Simplified Chinese, against the real simulator over real HTTP:
// loading a keyed video, downloading, the link's expiry in relative words, the frame buttons,
// and a video that will not play. jsdom plays no video: a test that needs a length sets it on
// the element and fires the event a browser would fire.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../../src/lib/i18n';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('video-zh');
vi.setConfig({ testTimeout: 20_000 });
const { clock, fresh } = sim;

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
beforeEach(() => activateLocale('zh-CN', ['zh-CN']));
afterEach(async () => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
  await activateLocale('en');
});

/** jsdom has no blob: URLs: hands out names for the blobs the page makes. */
function fakeBlobUrls() {
  let made = 0;
  URL.createObjectURL = () => `blob:http://localhost/blob-${++made}`;
  URL.revokeObjectURL = () => undefined;
}

/** The Settings form filled in Chinese, as a person reading Chinese would. */
async function connectInChinese(user: UserEvent) {
  const nav = screen.getByRole('navigation', { name: '主导航' });
  await user.click(within(nav).getByRole('link', { name: '设置' }));
  const base = await screen.findByLabelText('接口地址');
  await user.clear(base);
  await user.type(base, sim.origin);
  await user.type(screen.getByLabelText('API 密钥'), 'sk-component-test');
  const interval = screen.getByLabelText('轮询间隔');
  await user.clear(interval);
  await user.type(interval, '2');
  await user.click(screen.getByRole('button', { name: '保存' }));
  await screen.findByText('已保存。');
}

async function openFinished(demo: string) {
  const id = fresh(demo);
  await sim.start(id);
  clock.advanceSeconds(600);
  // Where a test runs the page on the simulator's clock, the page sees the task finished too.
  if (vi.isFakeTimers()) vi.setSystemTime(clock.now());
  const view = renderApp('/');
  await connectInChinese(view.user);
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  return { ...view, id };
}

function videoElement(id: string): HTMLVideoElement {
  const video = screen.getByLabelText(`${id} 的视频`);
  if (!(video instanceof HTMLVideoElement)) throw new Error('The video is not a <video>.');
  return video;
}

describe('a finished task’s video in Chinese', () => {
  it('loads a keyed video when asked, offers the download, and steps frames', async () => {
    fakeBlobUrls();
    const { user, id } = await openFinished('video_demo_official');
    expect(await screen.findByRole('img', { name: `${id} 的缩略图` })).toBeInTheDocument();
    expect(screen.getByText(/只在带上你的 API 密钥时才提供视频/)).toHaveTextContent(
      '（最大 512 MB）',
    );
    expect(screen.getByRole('button', { name: '下载视频' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '加载视频' }));
    const video = await waitFor(() => videoElement(id));
    expect(screen.getByRole('group', { name: `${id} 的播放器` })).toHaveAccessibleDescription(
      /帧从 0 开始编号/,
    );
    expect(screen.getByRole('link', { name: '下载视频' })).toBeInTheDocument();
    const toolbar = screen.getByRole('toolbar', { name: '播放' });
    const next = within(toolbar).getByRole('button', { name: '下一帧' });
    // Before the metadata there is no frame to step to.
    expect(next).toBeDisabled();
    expect(within(toolbar).getByText('帧 –')).toBeInTheDocument();

    Object.defineProperty(video, 'duration', { configurable: true, get: () => 4 });
    fireEvent.loadedMetadata(video);
    // This provider gives no frame count: 30 frames a second are assumed, and said so.
    expect(within(toolbar).getByText('第 0 帧，共约 120 帧')).toBeInTheDocument();
    expect(
      within(toolbar).getByText('（服务商未提供总帧数：在视频播放前按 30 fps 估算）'),
    ).toBeInTheDocument();
    await user.click(next);
    expect(within(toolbar).getByText('第 1 帧，共约 120 帧')).toBeInTheDocument();
    await user.click(within(toolbar).getByRole('button', { name: '上一帧' }));
    expect(within(toolbar).getByText('第 0 帧，共约 120 帧')).toBeInTheDocument();
    expect(within(toolbar).getByLabelText('速度')).toHaveValue('1');
    expect(within(toolbar).getByRole('button', { name: '循环' })).toBeInTheDocument();
    expect(within(toolbar).getByRole('button', { name: '全屏' })).toBeInTheDocument();
  });
});

describe('a signed link in Chinese', () => {
  sim.usePageOnSimulatorClock();

  it('says in relative words when the link expires, then that it expired', async () => {
    const { id } = await openFinished('sora-2:task_demo_fast');
    await waitFor(() => videoElement(id));
    // The simulator signs links for about 6 days from completion.
    expect(await screen.findByText(/^此视频链接将于/)).toHaveTextContent(
      /^此视频链接将于6天后过期，请在此之前下载。$/,
    );
    expect(screen.getByRole('link', { name: '下载视频' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '复制链接' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '在新标签页中打开' })).toBeInTheDocument();

    // A week later the same page says the link has gone, and what to do.
    vi.setSystemTime(clock.now() + 7 * 86_400_000);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(await screen.findByText(/^此视频链接已于/)).toHaveTextContent(
      /^此视频链接已于昨天过期。请刷新任务，向服务商获取新链接。$/,
    );
  });

  it('explains in Chinese why a video does not play, and what to do', async () => {
    const { id } = await openFinished('sora-2:task_demo_fast');
    const video = await waitFor(() => videoElement(id));
    fireEvent.error(video);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('视频无法播放')).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      '浏览器无法播放此文件。已重新获取任务，但服务商返回的仍是同一个链接。',
    );
    expect(alert).toHaveTextContent(
      '刷新以向服务商获取新链接，或在新标签页中打开链接，查看服务商的响应。',
    );
    expect(within(alert).getByRole('button', { name: '刷新' })).toBeEnabled();
    expect(within(alert).getByRole('link', { name: '在新标签页中打开链接' })).toHaveAttribute(
      'href',
      video.getAttribute('src'),
    );
  });
});
