// What `/sim/catalogue` says about each task (family, model, path, end state, how to start a
// fresh run, whether the demo adds it), and that a fresh run works for every id form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../server/simulator/catalogue';
import { createSimulator } from '../../server/simulator/create-simulator';
import { familyShapes } from '../../server/simulator/shapes/render-task';
import { freshInstanceId } from '../../server/simulator/task-id';
import { finalState } from '../../server/simulator/task-state';
import {
  at,
  auth,
  FakeClock,
  getJson,
  isRecord,
  listen,
  type RunningServer,
} from './server-harness';

const clock = new FakeClock();
let server: RunningServer;

beforeAll(async () => {
  // The slow fault holds nothing here: every entry is asked for once, and no test waits.
  server = await listen(createSimulator({ now: clock.now, slowFaultMs: 0 }));
});
afterAll(() => server.close());

interface Listed {
  id: string;
  family: string;
  model: string;
  endpoint: string;
  state: string;
  fresh: string;
  demo: boolean;
  fault: boolean;
}

async function listing(): Promise<{ tasks: Listed[]; endpoints: unknown }> {
  const { body } = await getJson(`${server.origin}/sim/catalogue`, {});
  const tasks = Array.isArray(body.tasks) ? body.tasks : [];
  return {
    endpoints: body.endpoints,
    tasks: tasks.filter(isRecord).map((task) => ({
      id: String(task.id),
      family: String(task.family),
      model: String(task.model),
      endpoint: String(task.endpoint),
      state: String(task.state),
      fresh: String(task.fresh),
      demo: task.demo === true,
      fault: task.fault === true,
    })),
  };
}

const taskUrl = (endpoint: string, id: string) =>
  `${server.origin}${endpoint.replace('{id}', encodeURIComponent(id))}`;

/** The status word wherever the family keeps it. */
function statusOf(body: unknown): unknown {
  return (
    at(body, 'status') ??
    at(body, 'data', 'status') ??
    at(body, 'data', 'task_status') ??
    at(body, 'output', 'task_status') ??
    at(body, 'task', 'status')
  );
}

describe('GET /sim/catalogue', () => {
  it('lists every path the simulator serves, defaults first', async () => {
    expect((await listing()).endpoints).toEqual([
      '/v1/videos/{id}',
      '/v1/video/query?id={id}',
      '/v1/video/generations/{id}',
      '/seedance/api/v3/contents/generations/tasks/{id}',
      '/kling/v1/videos/text2video/{id}',
      '/wan/api/v1/tasks/{id}',
      '/minimax/v2/query/video_generation/{id}',
      '/openrouter/api/v1/videos/{id}',
    ]);
  });

  it('gives each task its family, model, path, end state and fresh-run template', async () => {
    const { tasks } = await listing();
    const byId = new Map(tasks.map((task) => [task.id, task]));
    expect(byId.get('sora-2:task_demo_fast')).toMatchObject({
      family: 'reseller',
      model: 'sora-2',
      endpoint: '/v1/videos/{id}',
      state: 'succeeded',
      fresh: 'sora-2:task_demo_fast--{run}',
      demo: true,
    });
    expect(byId.get('veo3.1-fast:1770350082-trii1OXZc3')).toMatchObject({
      family: 'veo-unified',
      model: 'veo3.1-fast',
      endpoint: '/v1/video/query?id={id}',
      fresh: 'veo3.1-fast:1770350082-trii1OXZc3--{run}',
    });
    expect(byId.get('867283741759111202')).toMatchObject({
      family: 'kling',
      endpoint: '/kling/v1/videos/text2video/{id}',
      fresh: '867283741759{run}',
    });
    expect(byId.get('86ecf553-d340-4e21-af6e-a0c6a421c010')?.fresh).toBe(
      '86ecf553-d340-4e21-af6e-a0c6a4{run}',
    );
    expect(byId.get('867283741845339027')).toMatchObject({ state: 'failed', fault: true });
    for (const [id, state] of [
      ['cgt-20260112101507-r8t3w', 'cancelled'],
      ['cgt-20260112103349-b5n6z', 'expired'],
      ['job-p1n7d52ksy', 'expired'],
      ['c9f2a7e1-4b3d-4e8a-9f06-1d5b7c3e2a98', 'cancelled'],
    ] as const) {
      expect(byId.get(id)?.state).toBe(state);
    }
    for (const task of tasks) {
      expect(task.state).toMatch(/^(succeeded|failed|cancelled|expired)$/);
      // Where the id names its model (`<model>:…`), the listing agrees.
      const prefix = /^([^:]+):/.exec(task.id)?.[1];
      expect(prefix === undefined || task.model === prefix, `${task.id} is ${task.model}`).toBe(
        true,
      );
    }
  });

  it('marks a demo of the Sora tasks, the default paths and a few vendor paths', async () => {
    const demos = (await listing()).tasks.filter((task) => task.demo);
    expect(demos.length).toBeGreaterThanOrEqual(9);
    expect(demos.length).toBeLessThanOrEqual(13);
    const endpoints = new Set(demos.map((task) => task.endpoint));
    expect(endpoints).toContain('/v1/videos/{id}');
    expect(endpoints).toContain('/v1/video/query?id={id}');
    expect(endpoints).toContain('/v1/video/generations/{id}');
    expect([...endpoints].filter((endpoint) => !endpoint.startsWith('/v1/')).length).toBe(2);
    expect(demos.every((task) => !task.fault)).toBe(true);
  });

  it('covers every end state of every family, and no state a family has no word for', () => {
    const statesByFamily = new Map<string, Set<string>>();
    for (const entry of catalogue) {
      const states = statesByFamily.get(entry.family) ?? new Set<string>();
      statesByFamily.set(entry.family, states);
      states.add(finalState(entry.outcome));
      // A family with words for its states has one for this end; one without ends only as
      // succeeded or failed.
      const words = familyShapes[entry.family].words;
      const end = finalState(entry.outcome);
      expect(
        words ? words[end] !== undefined : ['succeeded', 'failed'].includes(end),
        entry.id,
      ).toBe(true);
    }
    // One entry per end state the family has (the Sora shapes end only as they always did).
    const soraShapes = ['reseller', 'openai-format', 'official'];
    for (const [family, shape] of Object.entries(familyShapes)) {
      if (soraShapes.includes(family)) continue;
      const wordsFor = shape.words ? Object.keys(shape.words) : ['succeeded', 'failed'];
      const endStates = wordsFor.filter((state) => state !== 'queued' && state !== 'running');
      expect([...(statesByFamily.get(family) ?? [])].sort(), family).toEqual(endStates.sort());
    }
  });
});

describe('fresh runs', () => {
  it('builds the run into the id the way its form allows', () => {
    expect(freshInstanceId('sora-2:task_demo_fast', '000001')).toBe(
      'sora-2:task_demo_fast--000001',
    );
    expect(freshInstanceId('job-vr2k81hq5d', '123456')).toBe('job-vr2k81hq5d--123456');
    expect(freshInstanceId('314052875571396', '123456')).toBe('314052875123456');
    expect(freshInstanceId('0385dc79-5ff8-4d82-bcb6-8ad3b9d1e1f4', '000007')).toBe(
      '0385dc79-5ff8-4d82-bcb6-8ad3b9000007',
    );
    expect(() => freshInstanceId('314052875571396', '12345')).toThrow(RangeError);
    expect(() => freshInstanceId('314052875571396', 'abcdef')).toThrow(RangeError);
  });

  it('starts every catalogue task afresh, on its own clock, at its own path', async () => {
    const { tasks } = await listing();
    for (const task of tasks) {
      const first = task.fresh.replace('{run}', '424242');
      const second = task.fresh.replace('{run}', '424243');
      // Fault entries may answer anything but "not found" (a 524 is an HTML page).
      const started = await fetch(taskUrl(task.endpoint, first), { headers: auth });
      expect(started.status, first).not.toBe(404);
      await started.arrayBuffer();
      if (task.fault) continue;
      clock.advanceSeconds(600);
      const later = await getJson(taskUrl(task.endpoint, second));
      const finished = await getJson(taskUrl(task.endpoint, first));
      expect(later.response.status, second).toBe(200);
      // The second run has just started while the first has long finished.
      expect(statusOf(later.body), second).not.toEqual(statusOf(finished.body));
    }
  });

  it('keeps slot-form ids in their form: no suffix, and a run only in the last six', async () => {
    const kling = '/kling/v1/videos/text2video/{id}';
    for (const id of ['867283741759111202--abc', '86728374175911120x', '8672837417591112020']) {
      expect((await getJson(taskUrl(kling, id))).response.status, id).toBe(404);
    }
  });
});
