// "Download videos" in the bulk bar, the whole app against the real simulator over real HTTP:
// what the ZIP will hold, the ZIP itself (opened here), Cancel, and closing while it runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mediaDir } from '../../server/simulator/media-files';
import { activateLocale } from '../../src/lib/i18n';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('zip');
const { clock, fresh } = sim;
const demo = new Uint8Array(readFileSync(join(mediaDir, 'demo.mp4')));

const originalCreate = URL.createObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  Reflect.deleteProperty(window, 'showSaveFilePicker');
  vi.restoreAllMocks();
});

/** Two finished fast demos and a failed one, selected, with the ZIP panel open. */
async function openPanel() {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  const done = [fresh('sora-2:task_demo_fast'), fresh('sora-2:task_demo_fast')];
  const failed = fresh('sora-2:task_demo_failure');
  for (const id of [...done, failed]) await sim.start(id);
  clock.advanceSeconds(600);
  await view.user.click(screen.getByRole('link', { name: 'Tasks' }));
  await view.user.type(screen.getByLabelText('Task IDs'), [...done, failed].join('\n'));
  await view.user.click(screen.getByRole('button', { name: 'Add tasks' }));
  for (const [id, status] of [...done.map((id) => [id, 'Succeeded']), [failed, 'Failed']]) {
    const row = await screen.findByRole('listitem', { name: `Task ${id}` });
    await within(row).findByText(status ?? '');
    await view.user.click(screen.getByRole('checkbox', { name: `Select ${id}` }));
  }
  const bar = await screen.findByRole('region', { name: 'Selected tasks' });
  return { ...view, done, failed, bar };
}

async function panelOpened(view: Awaited<ReturnType<typeof openPanel>>) {
  await view.user.click(within(view.bar).getByRole('button', { name: 'Download videos' }));
  return screen.findByRole('region', { name: 'Download videos' });
}

/** A picked file whose writes wait until the test lets them go. */
function stalledPicker() {
  const lets: (() => void)[] = [];
  const gate = new Promise<void>((resolve) => lets.push(resolve));
  const release = () => lets.forEach((go) => go());
  const written: Uint8Array[] = [];
  const aborted = vi.fn();
  const remove = vi.fn(() => Promise.resolve());
  Reflect.set(window, 'showSaveFilePicker', () =>
    Promise.resolve({
      name: 'mine.zip',
      remove,
      createWritable: () =>
        Promise.resolve(
          new WritableStream<Uint8Array>({
            write: async (chunk) => {
              written.push(chunk);
              await gate;
            },
            abort: aborted,
          }),
        ),
    }),
  );
  return { release, written, aborted, remove };
}

describe('Download videos', () => {
  it('says what it will fetch, then saves the finished videos as one ZIP', async () => {
    const view = await openPanel();
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:http://localhost/zip-${blobs.length}`;
    };
    const saved: string[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.href.startsWith('blob:')) {
        saved.push(event.target.download);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick);
    try {
      const panel = await panelOpened(view);
      // The heading takes the focus once the panel's body has mounted: waited for.
      await waitFor(() =>
        expect(within(panel).getByRole('heading', { name: 'Download videos' })).toHaveFocus(),
      );
      expect(
        within(panel).getByText('2 videos of 3 selected go into one ZIP file.'),
      ).toBeInTheDocument();
      expect(
        within(within(panel).getByRole('list', { name: 'Skipped tasks' })).getByText(
          `${view.failed}: the task failed`,
        ),
      ).toBeInTheDocument();
      expect(within(panel).getByText(/put together in this page’s memory/)).toBeInTheDocument();

      await view.user.click(within(panel).getByRole('button', { name: 'Download ZIP' }));
      const summary = await within(panel).findByText(/^Saved 2 videos \(/);
      expect(summary).toHaveTextContent(
        /^Saved 2 videos \(257 kB\) in reelwatch-videos-.*\.zip\.$/,
      );
      expect(saved).toEqual([expect.stringMatching(/^reelwatch-videos-\d{4}-\d{2}-\d{2}\.zip$/)]);
      const entries = unzipSync(new Uint8Array(await (blobs[0] ?? new Blob()).arrayBuffer()));
      expect(Object.keys(entries)).toEqual(
        view.done.map((id) => `${id.replace(':', '_')}-make-animate.mp4`),
      );
      for (const bytes of Object.values(entries)) expect(bytes).toEqual(demo);
    } finally {
      document.removeEventListener('click', onClick);
    }
  });

  it('cancels: the fetches and the file stop, and the unfinished file is removed', async () => {
    const view = await openPanel();
    const picker = stalledPicker();
    const panel = await panelOpened(view);
    await view.user.click(within(panel).getByRole('button', { name: 'Download ZIP' }));
    const bar = await within(panel).findByRole('progressbar', { name: 'ZIP progress' });
    expect(bar).toHaveAttribute('aria-valuemax', '2');
    await waitFor(() => expect(picker.written.length).toBeGreaterThan(0));

    await view.user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    picker.release();
    expect(await within(panel).findByText('Cancelled: no ZIP was saved.')).toBeInTheDocument();
    expect(
      within(panel).getByText('The unfinished file mine.zip was removed.'),
    ).toBeInTheDocument();
    expect(picker.aborted).toHaveBeenCalled();
    expect(picker.remove).toHaveBeenCalledTimes(1);
  });

  it('asks before closing while the ZIP is being written', async () => {
    const view = await openPanel();
    const picker = stalledPicker();
    const panel = await panelOpened(view);
    await view.user.click(within(panel).getByRole('button', { name: 'Download ZIP' }));
    await within(panel).findByRole('progressbar', { name: 'ZIP progress' });

    await view.user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(
      within(panel).getByText('The ZIP is not finished. Stop it and close?'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Keep downloading' })).toHaveFocus();
    await view.user.click(within(panel).getByRole('button', { name: 'Keep downloading' }));
    expect(within(panel).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();

    await view.user.click(within(panel).getByRole('button', { name: 'Close' }));
    await view.user.click(within(panel).getByRole('button', { name: 'Stop and close' }));
    picker.release();
    expect(screen.queryByRole('region', { name: 'Download videos' })).not.toBeInTheDocument();
    await waitFor(() => expect(picker.remove).toHaveBeenCalledTimes(1));
    expect(within(view.bar).getByRole('button', { name: 'Download videos' })).toHaveFocus();
  });

  it('closing the picker is no error: nothing is downloaded, and it can start again', async () => {
    const view = await openPanel();
    Reflect.set(window, 'showSaveFilePicker', () =>
      Promise.reject(new DOMException('The user aborted a request.', 'AbortError')),
    );
    const panel = await panelOpened(view);
    await view.user.click(within(panel).getByRole('button', { name: 'Download ZIP' }));
    expect(
      await within(panel).findByText('No file was chosen, so nothing was downloaded.'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download ZIP' })).toBeEnabled();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    const view = await openPanel();
    await act(() => activateLocale('zh-CN', ['zh-CN']));
    // A change of language renders the page anew: the bar is found again, by its Chinese name.
    const bar = await screen.findByRole('region', { name: '已选任务' });
    await view.user.click(within(bar).getByRole('button', { name: '下载视频' }));
    const panel = await screen.findByRole('region', { name: '下载视频' });
    expect(
      within(panel).getByText('已选 3 个任务，其中 2 个视频将打包进一个 ZIP 文件。'),
    ).toBeInTheDocument();
    expect(within(panel).getByText(`${view.failed}：任务失败`)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '下载 ZIP' })).toBeInTheDocument();
  });
});
