import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { at } from '../../src/lib/json-reader';
import { createApp } from '../../server/app';
import { createSimulator } from '../../server/simulator/create-simulator';
import { FakeClock, listen, type RunningServer } from '../integration/server-harness';

/**
 * A real simulator over real HTTP for the current test file, on a clock the tests move.
 * `fresh(id)` gives a new instance of a demo id, with its own timeline.
 */
export function useSimulator(label: string) {
  const clock = new FakeClock();
  let server: RunningServer | undefined;
  let run = 0;
  beforeAll(async () => {
    server = await listen(
      createApp({ simulator: createSimulator({ now: clock.now }), proxyAllow: [] }),
    );
  });
  afterAll(() => server?.close());
  return {
    clock,
    /**
     * For the tests of the calling `describe`: the page's clock (Date, and the interval that
     * ticks it) runs with the simulator's, so what is dated is read as the user would read it;
     * timeouts stay real for Testing Library. Both clocks only move forward: the page's request
     * budget remembers when it last sent.
     */
    usePageOnSimulatorClock: () => {
      beforeEach(() => {
        clock.advanceSeconds(Math.max(0, (Date.now() - clock.now()) / 1000));
        vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
        vi.setSystemTime(clock.now());
      });
      afterEach(() => {
        vi.useRealTimers();
      });
    },
    get origin(): string {
      if (!server) throw new Error('The simulator is not running yet.');
      return server.origin;
    },
    fresh: (id: string) => `${id}--${label}${++run}`,
    /** How many status polls of `id` reached the simulator (its /sim/stats). */
    polls: async (id: string): Promise<number> => {
      if (!server) throw new Error('The simulator is not running yet.');
      const stats: unknown = await (await fetch(`${server.origin}/sim/stats`)).json();
      const times = at(stats, 'tasks', id, 'pollTimes');
      return Array.isArray(times) ? times.length : 0;
    },
    /** Asks for a task once, which starts its clock. */
    start: async (id: string) => {
      if (!server) throw new Error('The simulator is not running yet.');
      await fetch(`${server.origin}/v1/videos/${id}`, { headers: { Authorization: 'Bearer x' } });
    },
  };
}
