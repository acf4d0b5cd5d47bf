// Keeping videos in this browser, against the real simulator over real HTTP: on a finished
// task's page (beside Download), many at once from the list's bulk panel, and the storage meter
// in Settings. The browser's storage is fake-indexeddb and an OPFS in memory (jsdom has neither).
import { act, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestLimiter } from '../../src/api/request-limiter';
import { activateLocale } from '../../src/lib/i18n';
import { keptVideos } from '../../src/stores/kept-videos';
import { FakeDirectory } from '../unit/stores/fake-opfs';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('keep');
vi.setConfig({ testTimeout: 20_000 });
const { clock, fresh } = sim;

/** demo.mp4, as the simulator serves it. */
const DEMO_BYTES = 131_435;

const opfs = new FakeDirectory();
const storage = {
  getDirectory: async () => opfs,
  persist: vi.fn(async () => false),
  persisted: vi.fn(async () => false),
  estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 10 * 1024 * 1024 })),
};
beforeAll(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
});

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
let blobUrls: { created: { url: string; type: string; size: number }[]; revoked: string[] };
beforeEach(() => {
  const created: { url: string; type: string; size: number }[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:http://localhost/kept-${created.length + 1}`;
    created.push({ url, type: blob.type, size: blob.size });
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  blobUrls = { created, revoked };
  opfs.setQuota(Infinity);
});
afterEach(async () => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
  const store = keptVideos();
  await store.remove(store.getSnapshot().videos.map((video) => video.key));
});

/** Finished before the page first asks, as a task pasted after it was done. */
async function finished(demo = 'sora-2:task_demo_fast') {
  const id = fresh(demo);
  await sim.start(id);
  clock.advanceSeconds(600);
  return id;
}

async function openTask(id: string) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  return view;
}

function videoElement(id: string): HTMLVideoElement {
  const video = screen.getByLabelText(`Video of ${id}`);
  if (!(video instanceof HTMLVideoElement)) throw new Error('The video is not a <video>.');
  return video;
}

describe('keeping a video on its task’s page', () => {
  it('keeps the file beside Download, plays the kept copy, and removes it', async () => {
    const id = await finished();
    const { user } = await openTask(id);
    const video = await waitFor(() => videoElement(id));
    const link = video.getAttribute('src') ?? '';
    expect(link).toMatch(/\/sim\/media\/demo\.mp4\?/);

    await user.click(screen.getByRole('button', { name: 'Keep in this browser' }));
    expect(
      await screen.findByText(
        'Kept in this browser (129 kB): it plays here after the provider’s link expires.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kept in this browser' })).toBeDisabled();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove from this browser' })).toHaveFocus(),
    );
    // The same player now plays the kept file, and says so.
    await waitFor(() => expect(videoElement(id).getAttribute('src')).toMatch(/^blob:/));
    expect(videoElement(id)).toBe(video);
    expect(blobUrls.created).toEqual([
      { url: video.getAttribute('src'), type: 'video/mp4', size: DEMO_BYTES },
    ]);
    expect(
      screen.getByText(/^Playing the copy kept in this browser \(129 kB, kept /),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download video' })).toHaveAttribute(
      'href',
      video.getAttribute('src'),
    );
    const [kept] = keptVideos().getSnapshot().videos;
    expect(kept).toMatchObject({
      id,
      origin: sim.origin,
      baseUrl: sim.origin,
      size: DEMO_BYTES,
      type: 'video/mp4',
      fileName: `${id.replace(/[^A-Za-z0-9_-]+/g, '_')}-make-animate.mp4`,
    });

    const copy = video.getAttribute('src') ?? '';
    await user.click(screen.getByRole('button', { name: 'Remove from this browser' }));
    await waitFor(() => expect(videoElement(id).getAttribute('src')).toBe(link));
    expect(blobUrls.revoked).toContain(copy);
    expect(screen.getByText('Removed from this browser.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Keep in this browser' })).toHaveFocus(),
    );
    expect(keptVideos().getSnapshot().videos).toEqual([]);
    expect(opfs.keptFolder()?.children.size).toBe(0);
  });

  it('plays the kept copy from the start when the page is opened again, and revokes it on leave', async () => {
    const id = await finished();
    const { user, router } = await openTask(id);
    await user.click(await screen.findByRole('button', { name: 'Keep in this browser' }));
    await screen.findByRole('button', { name: 'Remove from this browser' });
    await act(() => router.navigate('/'));
    const first = blobUrls.created[0]?.url;
    expect(blobUrls.revoked).toEqual([first]);

    await act(() => router.navigate(`/tasks/${encodeURIComponent(id)}`));
    // The provider's link is never put in the player: the copy plays from the first frame.
    const video = await screen.findByLabelText(`Video of ${id}`);
    expect(video.getAttribute('src')).toBe(blobUrls.created[1]?.url);
    expect(screen.getByText(/^Playing the copy kept in this browser/)).toBeInTheDocument();
    await act(() => router.navigate('/'));
    expect(blobUrls.revoked).toEqual([first, blobUrls.created[1]?.url]);
  });

  it('keeps a file that needs the key without loading it first, and plays it', async () => {
    const id = await finished('video_demo_official');
    const { user } = await openTask(id);
    await screen.findByRole('button', { name: 'Load video' });
    await user.click(screen.getByRole('button', { name: 'Keep in this browser' }));
    const video = await screen.findByLabelText(`Video of ${id}`);
    expect(video.getAttribute('src')).toMatch(/^blob:/);
    expect(screen.queryByRole('button', { name: 'Load video' })).not.toBeInTheDocument();
    expect(
      keptVideos()
        .getSnapshot()
        .videos.map((kept) => kept.id),
    ).toEqual([id]);
  });

  it('says so when the disk is full, and keeps everything it had', async () => {
    const earlier = await finished();
    const { user, router } = await openTask(earlier);
    await user.click(await screen.findByRole('button', { name: 'Keep in this browser' }));
    await screen.findByRole('button', { name: 'Remove from this browser' });
    opfs.setQuota(DEMO_BYTES + 1000);

    const id = await finished();
    await act(() => router.navigate(`/tasks/${encodeURIComponent(id)}`));
    await user.click(await screen.findByRole('button', { name: 'Keep in this browser' }));
    expect(
      await screen.findByText(
        /^Could not keep the video: There is not enough room in this browser’s storage for this video \(129 kB\)\. Nothing else was removed\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep in this browser' })).toBeEnabled();
    expect(
      keptVideos()
        .getSnapshot()
        .videos.map((kept) => kept.id),
    ).toEqual([earlier]);
    expect(opfs.keptFolder()?.children.size).toBe(1);
  });

  it('offers the link instead when the host refuses the file', async () => {
    // Its first finished answer carries a link that expired a day before: the host says 403.
    const id = await finished('sora-2:task_demo_expiring_link');
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: sim.origin });
    await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
    await view.user.click(await screen.findByRole('button', { name: 'Keep in this browser' }));
    expect(
      await screen.findByText(
        'Could not keep the video: The provider answered HTTP 403 (the link may have expired). Open the link in a new tab and save it from there.',
      ),
    ).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('link', { name: 'Open the link in a new tab' })
        .map((link) => link.getAttribute('href')),
    ).toContain(videoElement(id).getAttribute('src'));
    expect(keptVideos().getSnapshot().videos).toEqual([]);
  });
});

async function listWith(ids: string[]) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  await view.user.click(screen.getByRole('link', { name: 'Tasks' }));
  await view.user.type(screen.getByLabelText('Task IDs'), ids.join('\n'));
  await view.user.click(screen.getByRole('button', { name: 'Add tasks' }));
  for (const id of ids) await screen.findByRole('listitem', { name: `Task ${id}` });
  return view;
}

const box = (id: string) => screen.getByRole('checkbox', { name: `Select ${id}` });
// The bar loads on the first tick: it is waited for, not read at once.
const bar = () => screen.findByRole('region', { name: 'Selected tasks' });
const panel = () => screen.findByRole('region', { name: 'Keep videos in this browser' });

async function settled(id: string, status: string) {
  const row = screen.getByRole('listitem', { name: `Task ${id}` });
  await within(row).findByText(status);
}

describe('keeping the videos of the selected tasks', () => {
  it('keeps the finished ones one by one, and sums up what it did and why', async () => {
    const [a, b] = [await finished(), await finished()];
    const refused = await finished('sora-2:task_demo_expiring_link');
    const running = fresh('sora-2:task_demo_slow');
    const { user } = await listWith([a, b, refused, running]);
    for (const id of [a, b, refused]) await settled(id, 'Succeeded');
    for (const id of [a, b, refused, running]) await user.click(box(id));

    await user.click(within(await bar()).getByRole('button', { name: 'Keep in this browser' }));
    const region = await panel();
    expect(
      within(region).getByText(
        'Keeps the finished videos of the 4 selected tasks in this browser, one at a time, so that they play after the providers’ links expire.',
      ),
    ).toBeInTheDocument();
    expect(within(region).getByText('Finished: 3 of 4. Not kept yet: 3.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Keep 3 videos' }));

    expect(await within(region).findByText('Kept 2 videos (257 kB).')).toBeInTheDocument();
    expect(
      within(region).getByText('Skipped 1: not finished, or finished without a video.'),
    ).toBeInTheDocument();
    expect(within(region).getByText('Could not keep 1:')).toBeInTheDocument();
    const notKept = within(region).getByRole('list', { name: 'Videos not kept' });
    expect(notKept).toHaveTextContent(
      `${refused}: The provider answered HTTP 403 (the link may have expired).`,
    );
    expect(
      within(notKept).getByRole('link', { name: `Open the link of ${refused} in a new tab` }),
    ).toHaveAttribute('href', expect.stringMatching(/\/sim\/media\/demo\.mp4\?.*se=/));
    expect(
      keptVideos()
        .getSnapshot()
        .videos.map((video) => video.id),
    ).toEqual([a, b]);
    // The one refused may be tried again; the kept ones are not fetched again.
    expect(within(region).getByRole('button', { name: 'Keep 1 video' })).toBeEnabled();

    // Once more with one more finished: what is kept is not fetched again.
    const c = await finished();
    await user.click(within(region).getByRole('button', { name: 'Close' }));
    await waitFor(async () =>
      expect(
        within(await bar()).getByRole('button', { name: 'Keep in this browser' }),
      ).toHaveFocus(),
    );
    await user.type(screen.getByLabelText('Task IDs'), c);
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    await settled(c, 'Succeeded');
    await user.click(box(c));
    await user.click(within(await bar()).getByRole('button', { name: 'Keep in this browser' }));
    await user.click(within(await panel()).getByRole('button', { name: 'Keep 2 videos' }));
    expect(await within(await panel()).findByText('Kept 1 video (129 kB).')).toBeInTheDocument();
    expect(within(await panel()).getByText('2 were kept already.')).toBeInTheDocument();
  });

  it('stops at Cancel: the video under way is not kept and the rest are not tried', async () => {
    const ids = [await finished(), await finished(), await finished()];
    const { user } = await listWith(ids);
    for (const id of ids) await settled(id, 'Succeeded');
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.click(within(await bar()).getByRole('button', { name: 'Keep in this browser' }));
    const region = await panel();
    // As in a hidden tab: the limiter holds the first download in its line.
    requestLimiter.setOpen(false);
    try {
      await user.click(within(region).getByRole('button', { name: 'Keep 3 videos' }));
      expect(
        within(region).getByRole('progressbar', { name: 'Keeping videos' }),
      ).toBeInTheDocument();
      expect(await within(region).findByText(/^Keeping 1 of 3: /)).toHaveTextContent(ids[0] ?? '');
      await user.click(within(region).getByRole('button', { name: 'Cancel' }));
    } finally {
      requestLimiter.setOpen(true);
    }
    expect(await within(region).findByText('Cancelled.')).toBeInTheDocument();
    expect(within(region).getByText('Kept 0 videos (0 kB).')).toBeInTheDocument();
    expect(within(region).getByText('Cancelled: 3 were not tried.')).toBeInTheDocument();
    expect(keptVideos().getSnapshot().videos).toEqual([]);
  });
});

describe('the storage meter in Settings', () => {
  async function keepTwo() {
    const ids = [await finished(), await finished()];
    const view = await listWith(ids);
    for (const id of ids) await settled(id, 'Succeeded');
    await view.user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await view.user.click(
      within(await bar()).getByRole('button', { name: 'Keep in this browser' }),
    );
    await view.user.click(within(await panel()).getByRole('button', { name: 'Keep 2 videos' }));
    await within(await panel()).findByText('Kept 2 videos (257 kB).');
    await view.user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Settings',
      }),
    );
    return { ...view, ids };
  }

  it('says how much the kept videos take of what the browser allows, and lists them', async () => {
    localStorage.clear();
    const { ids } = await keepTwo();
    const section = await screen.findByRole('region', { name: 'Videos kept in this browser' });
    expect(within(section).getByText('2 videos take 257 kB.')).toBeInTheDocument();
    expect(
      await within(section).findByText(
        'This site stores 3 MB in this browser, which allows it 10 MB.',
      ),
    ).toBeInTheDocument();
    expect(storage.persist).toHaveBeenCalled();
    expect(
      within(section).getByText(
        'The browser did not grant persistent storage: it may delete these files when the disk runs short of space.',
      ),
    ).toBeInTheDocument();
    const items = within(within(section).getByRole('list', { name: 'Kept videos' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual(
      ids.map((id) => expect.stringContaining(`${id}129 kB`)),
    );
    expect(within(items[0] as HTMLElement).getByRole('time')).toBeInTheDocument();
  });

  it('removes one, and all after a confirmation that names the count and size', async () => {
    const { user, ids } = await keepTwo();
    const section = await screen.findByRole('region', { name: 'Videos kept in this browser' });
    await user.click(within(section).getByRole('button', { name: `Remove ${ids[0]}` }));
    expect(
      await within(section).findByText('Removed 1 video (129 kB) from this browser.'),
    ).toBeInTheDocument();
    expect(within(section).getByText('1 video takes 129 kB.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Remove all' }));
    const confirm = within(section).getByRole('group', {
      name: 'Remove the 1 video kept in this browser (129 kB)? It will no longer play here once the provider’s link has expired.',
    });
    await waitFor(() =>
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    );
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(keptVideos().getSnapshot().videos).toHaveLength(1);

    await user.click(within(section).getByRole('button', { name: 'Remove all' }));
    await user.click(within(section).getByRole('button', { name: 'Remove 1 video' }));
    expect(
      await within(section).findByText(/^No videos are kept in this browser\./),
    ).toBeInTheDocument();
    expect(keptVideos().getSnapshot().videos).toEqual([]);
    expect(opfs.keptFolder()?.children.size).toBe(0);
    expect(
      within(section).getByRole('heading', { name: 'Videos kept in this browser' }),
    ).toHaveFocus();
  });
});

describe('in Chinese', () => {
  afterEach(() => activateLocale('en'));

  it('keeps a video on its page and shows the meter in Chinese', async () => {
    const id = await finished();
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: sim.origin });
    await act(() => activateLocale('zh-CN', ['zh-CN']));
    await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
    await view.user.click(await screen.findByRole('button', { name: '保存在此浏览器' }));
    expect(
      await screen.findByText('已保存在此浏览器（129 kB）：服务商的链接过期后，仍可在这里播放。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '已保存在此浏览器' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '从此浏览器中移除' })).toBeInTheDocument();
    expect(
      await screen.findByText(/^正在播放保存在此浏览器中的副本（129 kB，保存于 /),
    ).toBeInTheDocument();

    await act(() => view.router.navigate('/settings'));
    const section = await screen.findByRole('region', { name: '保存在此浏览器中的视频' });
    expect(within(section).getByText('1 个视频占用 129 kB。')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: `移除 ${id}` })).toBeInTheDocument();
    await view.user.click(within(section).getByRole('button', { name: '全部移除' }));
    expect(
      within(section).getByText(
        '要移除保存在此浏览器中的全部 1 个视频（129 kB）吗？服务商的链接过期后，它们将无法再在这里播放。',
      ),
    ).toBeInTheDocument();
  });
});
