// Keeping and sharing the list: Export (JSON, CSV, a share link), Import, and a shared link opened,
// the whole app against the real simulator over real HTTP.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../src/domain/share-link';
import { activateLocale } from '../../src/lib/i18n';
import { at } from '../../src/lib/json-reader';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('transfer');
const { clock, fresh } = sim;
const KEY = 'sk-transfer-secret-key';
const TEMPLATES = ['/v1/videos/{id}', '/v1/video/query?id={id}', '/v1/video/generations/{id}'];

type View = ReturnType<typeof renderApp>;

// jsdom's Blob has no arrayBuffer() (the browser's has): the import reads files with it.
beforeAll(() => {
  if (typeof Blob.prototype.arrayBuffer === 'function') return;
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () =>
        reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('?'));
      reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
      reader.readAsArrayBuffer(this);
    });
  };
});

const originalCreate = URL.createObjectURL;
afterEach(async () => {
  URL.createObjectURL = originalCreate;
  await activateLocale('en');
});

/** The files the page saves in each test: each Blob made a blob: URL of, and its file name. */
function recordDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  // jsdom cannot download: the hidden <a download> is clicked, and noted here instead.
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.href.startsWith('blob:')) {
      names.push(event.target.download);
      event.preventDefault();
    }
  };
  beforeEach(() => {
    blobs.length = 0;
    names.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:http://localhost/${blobs.length}`;
    };
    document.addEventListener('click', onClick);
  });
  afterEach(() => document.removeEventListener('click', onClick));
  return { blobs, names };
}

/** A saved file's text as its bytes say, a byte order mark included. */
async function textOf(blob: Blob | undefined): Promise<string> {
  if (!blob) throw new Error('Nothing was saved.');
  const bytes = await blob.arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Starts a task's clock where its family is answered, so it can finish before it is added. */
async function start(id: string, path: string) {
  await fetch(`${sim.origin}${path.replace('{id}', encodeURIComponent(id))}`, {
    headers: { Authorization: 'Bearer x' },
  });
}

async function addTasks({ user }: View, ids: string[]) {
  await user.type(screen.getByLabelText('Task IDs'), ids.join('\n'));
  await user.click(screen.getByRole('button', { name: 'Add tasks' }));
  for (const id of ids) await screen.findByRole('listitem', { name: `Task ${id}` });
}

const rows = () =>
  screen
    .queryAllByRole('listitem', { name: /^Task / })
    .map((item) => item.getAttribute('aria-label')?.replace(/^Task /, ''));

const bar = () => screen.findByRole('region', { name: 'Selected tasks' });

/** Two finished tasks, one whose video link is signed (Sora) and one whose link is plain (Veo). */
async function finishedTasks() {
  const sora = fresh('sora-2:task_demo_fast');
  const veo = fresh('veo3.1-fast:1770350082-trii1OXZc3');
  await start(sora, '/v1/videos/{id}');
  await start(veo, '/v1/video/query?id={id}');
  clock.advanceSeconds(900);
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin, apiKey: KEY });
  await view.user.click(screen.getByRole('link', { name: 'Tasks' }));
  await addTasks(view, [sora, veo]);
  for (const id of [sora, veo]) {
    const row = screen.getByRole('listitem', { name: `Task ${id}` });
    await within(row).findByText('Succeeded');
  }
  return { view, sora, veo };
}

describe('Export', () => {
  const downloads = recordDownloads();

  it('saves the selected tasks as JSON and CSV: batch, status, model, plain video links, no key', async () => {
    const { view, sora, veo } = await finishedTasks();
    const { user } = view;
    await user.click(screen.getByRole('checkbox', { name: `Select ${veo}` }));
    await user.type(within(await bar()).getByLabelText('Batch for the selected'), 'cats, "dusk"');
    await user.click(within(await bar()).getByRole('button', { name: 'Set batch' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await user.click(within(await bar()).getByRole('button', { name: 'Export' }));
    const panel = await screen.findByRole('region', { name: 'Export 2 tasks' });
    // The signed Sora link would let anyone with the file download the video: it stays out.
    expect(
      within(panel).getByText(/^1 video link is left out: it is signed, expires or needs/),
    ).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Download JSON' }));
    await user.click(within(panel).getByRole('button', { name: 'Download CSV' }));
    const today = new Date().toISOString().slice(0, 10);
    expect(downloads.names).toEqual([
      `reelwatch-tasks-${today}.json`,
      `reelwatch-tasks-${today}.csv`,
    ]);
    const json = await textOf(downloads.blobs[0]);
    const csv = await textOf(downloads.blobs[1]);
    for (const text of [json, csv]) expect(text).not.toContain(KEY);

    const tasks: unknown = at(JSON.parse(json), 'tasks');
    expect(tasks).toEqual([
      expect.objectContaining({
        id: sora,
        status: 'succeeded',
        model: 'sora-2',
        prompt: 'make animate',
      }),
      expect.objectContaining({
        id: veo,
        batch: 'cats, "dusk"',
        status: 'succeeded',
        model: 'veo3.1-fast',
        videoUrl: `${sim.origin}/sim/media/demo.mp4?cut=1080p`,
      }),
    ]);
    expect(at(tasks, 0, 'videoUrl')).toBeUndefined();
    expect(at(tasks, 0, 'added')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    expect(csv.startsWith('\uFEFFid,batch,status,model,prompt,created,added,video_url\r\n')).toBe(
      true,
    );
    expect(csv).toContain(`${veo},"cats, ""dusk""",succeeded,veo3.1-fast,`);
  });

  it('gives a share link with the ids, batches, base URL and endpoints, never the key', async () => {
    const { view, sora, veo } = await finishedTasks();
    const { user } = view;
    await user.click(screen.getByRole('checkbox', { name: `Select ${sora}` }));
    await user.type(within(await bar()).getByLabelText('Batch for the selected'), '猫');
    await user.click(within(await bar()).getByRole('button', { name: 'Set batch' }));
    await user.click(screen.getByRole('checkbox', { name: `Select ${veo}` }));
    await user.click(within(await bar()).getByRole('button', { name: 'Export' }));
    const panel = await screen.findByRole('region', { name: 'Export 2 tasks' });
    const field = within(panel).getByRole('textbox', { name: 'Share link' });
    if (!(field instanceof HTMLInputElement)) throw new Error('The share link is not a field.');
    await waitFor(() => expect(field.value).toContain('/#share='));
    const link = new URL(field.value);
    expect(link.origin).toBe(window.location.origin);
    expect(link.search).toBe('');
    expect(link.href).not.toContain(KEY);
    expect(await decodeShare(link.hash)).toEqual({
      ok: true,
      list: {
        tasks: [{ id: sora, batch: '猫' }, { id: veo }],
        baseUrl: sim.origin,
        queryTemplates: expect.arrayContaining(['/v1/videos/{id}']),
      },
      skipped: [],
    });

    await user.click(within(panel).getByRole('button', { name: 'Copy share link' }));
    expect(await navigator.clipboard.readText()).toBe(link.href);
  });
});

describe('Import', () => {
  async function connected() {
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: sim.origin });
    await view.user.click(screen.getByRole('link', { name: 'Tasks' }));
    return view;
  }

  it('adds what is new with its batch, keeps what is there, and names every line it cannot read', async () => {
    const view = await connected();
    const { user } = view;
    const kept = fresh('sora-2:task_demo_fast');
    const other = fresh('sora-2:task_demo_fast');
    const fresh1 = fresh('sora-2:task_demo_fast');
    const fresh2 = fresh('sora-2:task_demo_fast');
    await addTasks(view, [kept, other]);
    const csv = [
      'id,batch,status',
      `${fresh1},"dogs, ""good""",queued`,
      `${kept},,succeeded`,
      `${other},elsewhere,`,
      'not an id,,',
      `${fresh2},,`,
      `${fresh1},again,`,
    ].join('\r\n');
    await user.upload(
      screen.getByLabelText('Import'),
      new File([`\uFEFF${csv}`], 'tasks.csv', { type: 'text/csv' }),
    );
    const report = await screen.findByRole('region', { name: 'Imported “tasks.csv”' });
    expect(within(report).getByRole('heading', { name: 'Imported “tasks.csv”' })).toHaveFocus();
    expect(within(report).getByText('Added 2 tasks.')).toBeInTheDocument();
    expect(
      within(report).getByText('2 were already in the list and stay as they were.'),
    ).toBeInTheDocument();
    expect(within(report).getByText('Line 5: “not an id” is not a task id.')).toBeInTheDocument();
    expect(
      within(report).getByText(
        `Line 7: ${fresh1} is listed again (first on line 2); it is taken once.`,
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(rows()).toEqual([kept, other, fresh1, fresh2]));
    const stored = () => localStorage.getItem('sora-dashboard:tasks') ?? '';
    expect(stored()).toContain('"batch":"dogs, \\"good\\""');

    // Another batch for a task already listed is not taken without asking.
    expect(
      within(report).getByText(`${other}: no batch in your list, “elsewhere” in the file`),
    ).toBeInTheDocument();
    expect(stored()).not.toContain('elsewhere');
    await user.click(within(report).getByRole('button', { name: 'Use the file’s batches' }));
    expect(await within(report).findByText('Put 1 task in the file’s batch.')).toBeInTheDocument();
    expect(stored()).toContain('"batch":"elsewhere"');

    await user.click(within(report).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /^Imported/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Import')).toHaveFocus();
  });

  it('reads a JSON export and a plain list of ids, and changes nothing when the file is unreadable', async () => {
    const view = await connected();
    const { user } = view;
    const [a, b, c] = [
      fresh('sora-2:task_demo_fast'),
      fresh('sora-2:task_demo_fast'),
      fresh('sora-2:task_demo_fast'),
    ];
    const json = JSON.stringify({ tasks: [{ id: a, batch: 'one' }, { id: b }] });
    await user.upload(
      screen.getByLabelText('Import'),
      new File([json], 'list.json', { type: 'application/json' }),
    );
    await screen.findByRole('region', { name: 'Imported “list.json”' });
    await waitFor(() => expect(rows()).toEqual([a, b]));

    await user.upload(
      screen.getByLabelText('Import'),
      new File([`${c}\n`], 'ids.csv', { type: 'text/csv' }),
    );
    await screen.findByRole('region', { name: 'Imported “ids.csv”' });
    await waitFor(() => expect(rows()).toEqual([a, b, c]));

    const before = localStorage.getItem('sora-dashboard:tasks');
    await user.upload(
      screen.getByLabelText('Import'),
      new File(['{"tasks": [{"id": "video_new"}'], 'broken.json', { type: 'application/json' }),
    );
    const report = await screen.findByRole('region', {
      name: 'Nothing was added from “broken.json”',
    });
    expect(
      within(report).getByText(
        'The file starts like JSON but is not valid JSON, so nothing was imported.',
      ),
    ).toBeInTheDocument();
    expect(rows()).toEqual([a, b, c]);
    expect(localStorage.getItem('sora-dashboard:tasks')).toBe(before);
  });
});

describe('a shared link, opened', () => {
  it('shows the ids and batches, adds them only when asked, and asks apart before switching', async () => {
    const [a, b] = [fresh('sora-2:task_demo_fast'), fresh('sora-2:task_demo_fast')];
    const fragment = await encodeShare({
      tasks: [{ id: a, batch: 'cats' }, { id: b }],
      baseUrl: sim.origin,
      queryTemplates: [...TEMPLATES, '/seedance/api/v3/contents/generations/tasks/{id}'],
    });
    const view = renderApp(`/${fragment}`);
    const offer = await screen.findByRole('region', { name: 'A shared list of tasks' });
    expect(within(offer).getByRole('heading', { name: 'A shared list of tasks' })).toHaveFocus();
    expect(
      within(offer).getByText('The link lists 2 tasks. Nothing is added until you say so.'),
    ).toBeInTheDocument();
    const listed = within(offer).getByRole('region', { name: 'Tasks in the link' });
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`${a}cats`, b]);
    expect(
      screen.getByText('No tasks yet. Paste task ids above, or try the demo to see how it works.'),
    ).toBeInTheDocument();

    await view.user.click(within(offer).getByRole('button', { name: 'Add 2 tasks' }));
    expect(await within(offer).findByText('Added 2 tasks.')).toBeInTheDocument();
    await waitFor(() => expect(rows()).toEqual([a, b]));
    expect(localStorage.getItem('sora-dashboard:tasks')).toContain('"batch":"cats"');

    // The base URL and the endpoints are separate questions, and the page says what the key does.
    expect(
      within(offer).getByText(
        `The link names another base URL: ${sim.origin} (yours is https://api.quickrouter.ai). Your API key is sent to the base URL: switch only if you trust this address.`,
      ),
    ).toBeInTheDocument();
    expect(within(offer).getByText('The link names other Query endpoints:')).toBeInTheDocument();
    await view.user.click(within(offer).getByRole('button', { name: 'Use this base URL' }));
    expect(
      await within(offer).findByText(`The base URL is now ${sim.origin}.`),
    ).toBeInTheDocument();
    // The header names the address now asked.
    expect(screen.getByText(new URL(sim.origin).host)).toBeInTheDocument();
    expect(within(offer).getByRole('button', { name: 'Use these Query endpoints' })).toBeVisible();

    await view.user.click(within(offer).getByRole('button', { name: 'Close' }));
    expect(
      screen.queryByRole('region', { name: 'A shared list of tasks' }),
    ).not.toBeInTheDocument();
    expect(view.router.location.hash).toBe('');
    expect(localStorage.getItem('sora-dashboard:connection')).not.toContain('/seedance/');
  });

  it('says plainly when the link is damaged, and adds nothing', async () => {
    const good = await encodeShare({ tasks: [{ id: 'video_1' }], baseUrl: '', queryTemplates: [] });
    renderApp(`/settings${good.slice(0, -8)}`);
    const offer = await screen.findByRole('region', { name: 'A shared list of tasks' });
    expect(
      within(offer).getByText(
        'This share link is damaged or incomplete, so nothing in it can be used. Ask for the link again.',
      ),
    ).toBeInTheDocument();
    expect(within(offer).queryByRole('button', { name: /^Add/ })).not.toBeInTheDocument();
  });
});

describe('in Chinese', () => {
  it('exports, imports and opens a shared link in Chinese', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const fragment = await encodeShare({
      tasks: [{ id }],
      baseUrl: 'https://api.quickrouter.ai',
      queryTemplates: TEMPLATES,
    });
    await activateLocale('zh-CN', ['zh-CN']);
    const view = renderApp(`/${fragment}`);
    const offer = await screen.findByRole('region', { name: '分享的任务列表' });
    expect(
      within(offer).getByText('链接中有 1 个任务。在你确认之前不会添加任何任务。'),
    ).toBeVisible();
    await view.user.click(within(offer).getByRole('button', { name: '添加 1 个任务' }));
    expect(await within(offer).findByText('已添加 1 个任务。')).toBeInTheDocument();
    await view.user.click(within(offer).getByRole('button', { name: '关闭' }));

    await view.user.click(screen.getByRole('checkbox', { name: '全选' }));
    await view.user.click(screen.getByRole('button', { name: '导出' }));
    const panel = await screen.findByRole('region', { name: '导出 1 个任务' });
    expect(within(panel).getByRole('button', { name: '下载 CSV' })).toBeVisible();
    expect(within(panel).getByRole('textbox', { name: '分享链接' })).toBeInTheDocument();

    await view.user.upload(
      screen.getByLabelText('导入'),
      new File([`id\n${id}\nnope\n`], '任务.csv', { type: 'text/csv' }),
    );
    const report = await screen.findByRole('region', { name: '未从“任务.csv”添加任何任务' });
    expect(within(report).getByText('1 个已在列表中，保持不变。')).toBeInTheDocument();
    expect(within(report).getByText('第 3 行：“nope”不是任务 ID。')).toBeInTheDocument();
  });
});
