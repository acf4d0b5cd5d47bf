// The time left of tasks that report no progress (Veo, Seedance, Kling…), from how long the same
// model's finished tasks took. A stand-in reseller serves such bodies over real HTTP; the test
// says what each task's status is, and moves the page's clock.
import { act, screen, waitFor, within } from '@testing-library/react';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listen, type RunningServer } from '../integration/server-harness';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';

interface ServedTask {
  status: 'pending' | 'processing' | 'completed';
  /** Epoch seconds, as OpenAI-style bodies give them. */
  createdAt: number;
  completedAt?: number;
}

/** What the reseller answers, by task id; the bodies carry no progress field. */
const served = new Map<string, ServedTask>();

function reseller(): Hono {
  const app = new Hono();
  app.use('*', cors({ origin: '*', allowHeaders: ['Authorization', 'Accept'] }));
  app.get('/v1/videos/:id', (c) => {
    const id = c.req.param('id');
    const task = served.get(id);
    if (!task) return c.json({ error: { message: 'not found' } }, 404);
    return c.json({
      id,
      status: task.status,
      prompt: 'a red fox in the snow',
      created_at: task.createdAt,
      completed_at: task.completedAt ?? 0,
      video_url: task.status === 'completed' ? 'https://cdn.example.test/fox.mp4' : '',
    });
  });
  return app;
}

let server: RunningServer;
beforeAll(async () => {
  server = await listen(reseller());
});
afterAll(() => server.close());

/** Each test starts an hour after the last: the app's request limiter remembers past requests. */
let startOfTest = Date.UTC(2026, 10, 26, 9, 0, 0);
beforeEach(() => {
  // Date, and the page's shared clock, so "elapsed" is exact; timeouts stay real.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime((startOfTest += 3_600_000));
});
afterEach(() => {
  vi.useRealTimers();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A task of `model` that finished `seconds` after it was created, an hour ago. */
function finishedTask(model: string, name: string, seconds: number): string {
  const id = `${model}:1770000000-${name}`;
  const createdAt = nowSeconds() - 3600;
  served.set(id, { status: 'completed', createdAt, completedAt: createdAt + seconds });
  return id;
}

/** A task of `model` that is running, created `secondsAgo`. */
function runningTask(model: string, name: string, secondsAgo: number): string {
  const id = `${model}:1770000000-${name}`;
  served.set(id, { status: 'processing', createdAt: nowSeconds() - secondsAgo });
  return id;
}

/**
 * Adds a task and waits for its row to show `status`. A second passes first: the page's clock
 * stands still between the test's moves, and the request limiter sends 2 requests a second.
 */
async function addTask(view: ReturnType<typeof renderApp>, id: string, status: string) {
  vi.setSystemTime(Date.now() + 1_000);
  await view.user.click(screen.getByRole('link', { name: 'Tasks' }));
  await view.user.type(screen.getByLabelText('Task IDs'), id);
  await view.user.click(screen.getByRole('button', { name: 'Add tasks' }));
  const row = await screen.findByRole('listitem', { name: `Task ${id}` });
  await within(row).findByText(status);
  return row;
}

function timeLeft(): string {
  const term = screen.getByText('Time left', { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

async function openDetail(view: ReturnType<typeof renderApp>, row: HTMLElement, id: string) {
  await view.user.click(within(row).getByRole('link', { name: id }));
  await screen.findByRole('heading', { level: 1, name: id });
  return screen.getByRole('progressbar', { name: `Progress of ${id}` });
}

describe('the time left of a task that reports no progress', () => {
  it('comes from the same model’s finished tasks, on the row and the detail page', async () => {
    const model = 'veo3.1-fast';
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: server.origin, poll: '60' });
    for (const [name, seconds] of [
      ['doneA', 120],
      ['doneB', 150],
      ['doneC', 180],
    ] as const) {
      await addTask(view, finishedTask(model, name, seconds), 'Succeeded');
    }

    const id = runningTask(model, 'running', 59);
    const row = await addTask(view, id, 'Running');
    // 2–3 min usually, 1 min in: 1–2 min to go.
    expect(await within(row).findByText('usually 2–3 min · 1–2 min left')).toBeInTheDocument();

    const bar = await openDetail(view, row, id);
    await waitFor(() =>
      expect(timeLeft()).toBe(
        '1–2 min left (usually 2–3 min for veo3.1-fast, from 3 earlier tasks; timed by the provider’s created and completed times)',
      ),
    );
    // The bar cannot show progress and does not pretend to; it shows time against the usual.
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAccessibleDescription('1:00 elapsed · usually 2–3 min');

    // Three minutes on, past the usual range: no negative time, but "longer than usual".
    act(() => {
      vi.advanceTimersByTime(180_000);
    });
    await waitFor(() => expect(timeLeft()).toMatch(/^Taking longer than usual \(usually 2–3 min/));
    expect(bar).toHaveAccessibleDescription('4:00 elapsed · usually 2–3 min');
    expect(bar).not.toHaveAttribute('aria-valuenow');
  });

  it('is unknown, and says why, while fewer than 3 tasks of the model have finished', async () => {
    const model = 'kling-v2';
    const view = renderApp('/');
    await connectThroughSettings(view.user, { baseUrl: server.origin, poll: '60' });
    await addTask(view, finishedTask(model, 'doneA', 100), 'Succeeded');
    await addTask(view, finishedTask(model, 'doneB', 140), 'Succeeded');

    const id = runningTask(model, 'running', 29);
    const row = await addTask(view, id, 'Running');
    expect(within(row).queryByText(/^usually/)).not.toBeInTheDocument();

    const bar = await openDetail(view, row, id);
    await waitFor(() =>
      expect(timeLeft()).toBe(
        'Unknown: no progress reported, and only 2 finished kling-v2 tasks known in this browser; 3 are needed.',
      ),
    );
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).not.toHaveAccessibleDescription();

    // A third one finishes: from then on there is enough to go on.
    await act(() => view.router.navigate('/'));
    await addTask(view, finishedTask(model, 'doneC', 120), 'Succeeded');
    const running = await screen.findByRole('listitem', { name: `Task ${id}` });
    expect(await within(running).findByText(/^usually 1–3 min · /)).toBeInTheDocument();
  });
});
