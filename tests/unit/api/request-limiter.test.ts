import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyRejectedError, RequestLimiter } from '../../../src/api/request-limiter';
import { askFor, priorityOf, showTaskRow, watchTask } from '../../../src/api/task-priority';

const ORIGIN = 'https://api.example.com';

/** A request the test finishes by hand, recording when it started. */
function controlledRequests() {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = () =>
    new Promise<string>((resolve) => {
      started.push(Date.now());
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      finishers.push(() => {
        inFlight--;
        resolve('ok');
      });
    });
  return {
    send,
    started,
    finishAll: () => finishers.splice(0).forEach((finish) => finish()),
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('request limiter', () => {
  it('keeps at most N requests in flight', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 3, requestsPerSecond: 100 });
    const requests = controlledRequests();
    const all = Array.from({ length: 10 }, () => limiter.schedule(ORIGIN, 'k', requests.send));
    await vi.advanceTimersByTimeAsync(10);
    expect(requests.started).toHaveLength(3);
    for (let round = 0; round < 4; round++) {
      requests.finishAll();
      await vi.advanceTimersByTimeAsync(10);
    }
    await Promise.all(all);
    expect(requests.started).toHaveLength(10);
    expect(requests.maxInFlight).toBe(3);
  });

  it('spends at most the budget per second on one origin', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 8, requestsPerSecond: 2 });
    const requests = controlledRequests();
    const all = Array.from({ length: 6 }, () =>
      limiter.schedule(ORIGIN, 'k', () => requests.send().finally(() => undefined)),
    );
    requests.finishAll();
    await vi.advanceTimersByTimeAsync(100);
    expect(requests.started).toHaveLength(2);
    requests.finishAll();
    await vi.advanceTimersByTimeAsync(1000);
    expect(requests.started).toHaveLength(4);
    requests.finishAll();
    await vi.advanceTimersByTimeAsync(1000);
    requests.finishAll();
    await Promise.all(all);
    expect(requests.started).toHaveLength(6);
    // Another origin has its own budget.
    const other = controlledRequests();
    void limiter.schedule('https://other.example.com', 'k', other.send);
    await vi.advanceTimersByTimeAsync(1);
    expect(other.started).toHaveLength(1);
  });

  it('pauses a whole origin after a 429 until the wait is over, and says until when', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 4, requestsPerSecond: 100 });
    const requests = controlledRequests();
    limiter.pauseOrigin(ORIGIN, 3000);
    expect(limiter.getSnapshot().rateLimited).toEqual([{ origin: ORIGIN, until: 1_003_000 }]);
    const pending = limiter.schedule(ORIGIN, 'k', requests.send);
    await vi.advanceTimersByTimeAsync(2900);
    expect(requests.started).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(requests.started).toEqual([1_003_000]);
    expect(limiter.getSnapshot().rateLimited).toEqual([]);
    requests.finishAll();
    await pending;
  });

  it('caps a Retry-After at 60 s and uses a default when the header was unreadable', () => {
    const limiter = new RequestLimiter();
    limiter.pauseOrigin(ORIGIN, 3_600_000);
    expect(limiter.getSnapshot().rateLimited[0]?.until).toBe(1_060_000);
    limiter.pauseOrigin('https://b.example.com', undefined);
    expect(limiter.getSnapshot().rateLimited[1]?.until).toBe(1_010_000);
  });

  it('stops sending with a refused key until the key changes', async () => {
    const limiter = new RequestLimiter();
    const requests = controlledRequests();
    limiter.rejectKey(ORIGIN, 'bad-key');
    await expect(limiter.schedule(ORIGIN, 'bad-key', requests.send)).rejects.toBeInstanceOf(
      KeyRejectedError,
    );
    expect(requests.started).toHaveLength(0);
    expect(limiter.getSnapshot().keyRejected).toEqual([ORIGIN]);
    const withNewKey = limiter.schedule(ORIGIN, 'new-key', requests.send);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests.started).toHaveLength(1);
    requests.finishAll();
    await withNewKey;
    limiter.clearKeyRejections();
    expect(limiter.getSnapshot().keyRejected).toEqual([]);
  });

  it('sends nothing while the page is hidden or offline, then catches up', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 4, requestsPerSecond: 100 });
    const requests = controlledRequests();
    limiter.setOpen(false);
    const pending = [1, 2, 3].map(() => limiter.schedule(ORIGIN, 'k', requests.send));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests.started).toHaveLength(0);
    expect(limiter.load(ORIGIN)).toEqual({ inFlight: 0, waiting: 3 });
    limiter.setOpen(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests.started).toHaveLength(3);
    requests.finishAll();
    await Promise.all(pending);
  });

  it('drops a request that is cancelled while it waits', async () => {
    const limiter = new RequestLimiter();
    const requests = controlledRequests();
    limiter.setOpen(false);
    const controller = new AbortController();
    const pending = limiter.schedule(ORIGIN, 'k', requests.send, controller.signal);
    controller.abort();
    // With the abort's own reason (a DOMException named AbortError), which callers recognise.
    await expect(pending).rejects.toBe(controller.signal.reason);
    await expect(pending).rejects.toThrow(
      expect.objectContaining({ name: 'AbortError', message: 'This operation was aborted' }),
    );
    limiter.setOpen(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests.started).toHaveLength(0);
  });
});

describe('the order requests wait in', () => {
  /** One request per task, recording the order they were sent in. */
  function pollsOf(limiter: RequestLimiter, ids: readonly string[]) {
    const sent: string[] = [];
    const done = ids.map((id) =>
      limiter.schedule(
        ORIGIN,
        'k',
        async () => {
          sent.push(id);
        },
        undefined,
        () => priorityOf(id),
      ),
    );
    return { sent, done: Promise.all(done) };
  }

  it('sends the open task first, then the rows on screen, then the rest, each in arrival order', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 1, requestsPerSecond: 1 });
    const releases = [showTaskRow('row-1'), showTaskRow('row-2'), watchTask('open')];
    const polls = pollsOf(limiter, ['first', 'a', 'row-2', 'b', 'open', 'row-1', 'c']);
    await vi.advanceTimersByTimeAsync(10_000);
    await polls.done;
    releases.forEach((release) => release());
    expect(polls.sent).toEqual(['first', 'open', 'row-2', 'row-1', 'a', 'b', 'c']);
  });

  it('moves a waiting request up when its task is opened or its row shown, and down when left', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 1, requestsPerSecond: 1 });
    const leaveRow = showTaskRow('scrolled-away');
    const polls = pollsOf(limiter, ['first', 'a', 'scrolled-away', 'b', 'opened', 'shown']);
    await vi.advanceTimersByTimeAsync(1);
    expect(polls.sent).toEqual(['first']);
    // After the reload, while all of them wait: a task is opened, a row comes into view and
    // another goes out of it.
    const close = watchTask('opened');
    const hide = showTaskRow('shown');
    leaveRow();
    await vi.advanceTimersByTimeAsync(10_000);
    await polls.done;
    close();
    hide();
    expect(polls.sent).toEqual(['first', 'opened', 'shown', 'a', 'scrolled-away', 'b']);
  });

  it('sends what the person asked for first, until that request settles', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 1, requestsPerSecond: 1 });
    const leaveRow = showTaskRow('row');
    const polls = pollsOf(limiter, ['first', 'row', 'a', 'refreshed']);
    const refreshed = askFor('refreshed', () => polls.done);
    expect(priorityOf('refreshed')).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    await refreshed;
    expect(polls.sent).toEqual(['first', 'refreshed', 'row', 'a']);
    expect(priorityOf('refreshed')).toBe(2);
    leaveRow();
  });

  it('keeps the order through a 429 pause and a hidden page', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 2, requestsPerSecond: 100 });
    limiter.pauseOrigin(ORIGIN, 3000);
    const releases = [showTaskRow('row'), watchTask('open')];
    const polls = pollsOf(limiter, ['a', 'row', 'b', 'open']);
    await vi.advanceTimersByTimeAsync(2_000);
    limiter.setOpen(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(polls.sent).toEqual([]);
    limiter.setOpen(true);
    await vi.advanceTimersByTimeAsync(1);
    await polls.done;
    releases.forEach((release) => release());
    expect(polls.sent).toEqual(['open', 'row', 'a', 'b']);
  });

  it('drops a waiting request that is cancelled, wherever it stood in the order', async () => {
    const limiter = new RequestLimiter({ maxInFlight: 1, requestsPerSecond: 100 });
    const close = watchTask('open');
    limiter.setOpen(false);
    const sent: string[] = [];
    const controller = new AbortController();
    const send = (id: string) => async () => {
      sent.push(id);
    };
    const cancelled = limiter
      .schedule(ORIGIN, 'k', send('open'), controller.signal, () => priorityOf('open'))
      .catch(() => 'cancelled');
    const polled = limiter.schedule(ORIGIN, 'k', send('a'), undefined, () => priorityOf('a'));
    controller.abort();
    expect(limiter.load(ORIGIN)).toEqual({ inFlight: 0, waiting: 1 });
    limiter.setOpen(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(await cancelled).toBe('cancelled');
    await polled;
    close();
    expect(sent).toEqual(['a']);
  });
});
