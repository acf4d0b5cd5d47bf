import { afterAll, beforeAll } from 'vitest';
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
