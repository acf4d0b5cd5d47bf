import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../server/simulator/create-simulator';
import { RequestStats } from '../../server/simulator/request-stats';
import { at, auth, FakeClock, getJson, listen, type RunningServer } from './server-harness';

const clock = new FakeClock();
const speed = 4;
const slowFaultMs = 300;
let server: RunningServer;

beforeAll(async () => {
  server = await listen(createSimulator({ now: clock.now, speed, slowFaultMs }));
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
});

const poll = (id: string) => fetch(`${server.origin}/v1/videos/${id}`, { headers: auth });
const stats = async () => (await getJson(`${server.origin}/sim/stats`, {})).body;
const resetStats = () => fetch(`${server.origin}/sim/stats/reset`, { method: 'POST' });

describe('GET /sim/stats', () => {
  it('starts empty', async () => {
    const body = await stats();
    expect(body).toMatchObject({
      total: 0,
      byKind: { poll: 0, search: 0, content: 0, preflight: 0, other: 0 },
      byEndpoint: {},
      notFound: 0,
      inFlight: 0,
      maxInFlight: 0,
      droppedPollTimes: 0,
      tasks: {},
    });
    expect(body.now).toBe(clock.now());
  });

  it('counts polls per id with their arrival times', async () => {
    const fast = 'sora-2:task_demo_fast--s1';
    const first = clock.now();
    await poll(fast);
    clock.advanceSeconds(2);
    await poll(encodeURIComponent(fast));
    await poll('video_demo_official--s1');

    const body = await stats();
    expect(body.total).toBe(3);
    expect(at(body, 'byKind', 'poll')).toBe(3);
    expect(at(body, 'tasks', fast, 'requests')).toBe(2);
    expect(at(body, 'tasks', fast, 'pollTimes')).toEqual([first, first + 2000]);
    expect(at(body, 'tasks', 'video_demo_official--s1', 'pollTimes')).toEqual([first + 2000]);
  });

  it("gives each task's first-seen and terminal times in real ms at the simulator's speed", async () => {
    const firstSeen = clock.now();
    await poll('sora-2:task_demo_fast--s2');
    clock.advanceSeconds(1);
    await poll('sora-2:task_demo_fast--s2');

    // The fast demo queues 4 s and runs 16 s of simulated time: 5 real seconds at speed 4.
    expect(at(await stats(), 'tasks', 'sora-2:task_demo_fast--s2')).toEqual({
      requests: 2,
      notFound: 0,
      pollTimes: [firstSeen, firstSeen + 1000],
      firstSeenAt: firstSeen,
      terminalAt: firstSeen + 5000,
    });
  });

  it('sorts content downloads, preflights and unknown ids apart from polls', async () => {
    await fetch(`${server.origin}/v1/videos/video_demo_official--s3/content`, { headers: auth });
    await fetch(`${server.origin}/v1/videos/video_demo_official--s3`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://elsewhere.test',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    await poll('sora-2:task_nope');

    const body = await stats();
    // The unknown id's request is a search (its path does not know it), not a poll.
    expect(body.byKind).toEqual({ poll: 0, search: 1, content: 1, preflight: 1, other: 0 });
    expect(at(body, 'tasks', 'video_demo_official--s3')).toMatchObject({
      requests: 2,
      pollTimes: [],
      // Neither a download nor a preflight starts a task's clock.
      firstSeenAt: null,
      terminalAt: null,
    });
    expect(at(body, 'tasks', 'sora-2:task_nope')).toMatchObject({
      requests: 1,
      firstSeenAt: null,
      terminalAt: null,
    });
  });

  it('tracks the requests in flight and the most at once', async () => {
    const slow = [1, 2, 3].map((n) => poll(`sora-2:task_fault_slow--s${n}`));
    await expect.poll(async () => (await stats()).inFlight, { timeout: 2000 }).toBe(3);
    await Promise.all(slow);

    const body = await stats();
    expect(body.inFlight).toBe(0);
    expect(body.maxInFlight).toBe(3);
  });
});

describe('not-found answers', () => {
  it('are counted in total and per id, apart from polls, with requests per path', async () => {
    await poll('sora-2:task_demo_fast--s8');
    await poll('nope');
    await poll('nope');
    await fetch(`${server.origin}/v1/videos/nope/content`, { headers: auth });

    const body = await stats();
    expect(body).toMatchObject({
      total: 4,
      byKind: { poll: 1, search: 2, content: 1 },
      byEndpoint: { '/v1/videos/{id}': 4 },
      notFound: 3,
    });
    expect(at(body, 'tasks', 'nope')).toMatchObject({ requests: 3, notFound: 3 });
    expect(at(body, 'tasks', 'sora-2:task_demo_fast--s8', 'notFound')).toBe(0);

    await resetStats();
    expect(await stats()).toMatchObject({ notFound: 0, byEndpoint: {}, tasks: {} });
  });

  it('leave out a forgotten task: that 404 is its own answer, and polling', async () => {
    const id = 'sora-2:task_class_expired--s9';
    await poll(id);
    clock.advanceSeconds(30);
    expect((await poll(id)).status).toBe(404);
    expect((await stats()).notFound).toBe(0);
  });
});

describe('every task path', () => {
  const get = (path: string) => fetch(`${server.origin}${path}`, { headers: auth });

  it('counts polls at every family path, the id read from the path or from ?id=', async () => {
    const polls: [string, string][] = [
      [
        '/v1/video/query?id=veo3.1-fast%3A1770350082-trii1OXZc3--s7',
        'veo3.1-fast:1770350082-trii1OXZc3--s7',
      ],
      [
        '/v1/video/generations/task_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO--s7',
        'task_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO--s7',
      ],
      [
        '/seedance/api/v3/contents/generations/tasks/cgt-20260112093015-x7k2p',
        'cgt-20260112093015-x7k2p',
      ],
      ['/kling/v1/videos/text2video/867283741759000007', '867283741759000007'],
      [
        '/wan/api/v1/tasks/86ecf553-d340-4e21-af6e-a0c6a4000007',
        '86ecf553-d340-4e21-af6e-a0c6a4000007',
      ],
      ['/minimax/v2/query/video_generation/314052875000007', '314052875000007'],
      ['/openrouter/api/v1/videos/job-vr2k81hq5d', 'job-vr2k81hq5d'],
    ];
    const firstSeen = clock.now();
    for (const [path] of polls) await (await get(path)).arrayBuffer();
    await (await get('/openrouter/api/v1/videos/job-vr2k81hq5d/content?index=0')).arrayBuffer();

    const body = await stats();
    expect(body).toMatchObject({
      total: 8,
      byKind: { poll: 7, search: 0, content: 1, preflight: 0, other: 0 },
      notFound: 0,
      byEndpoint: {
        '/v1/video/query?id={id}': 1,
        '/v1/video/generations/{id}': 1,
        '/seedance/api/v3/contents/generations/tasks/{id}': 1,
        '/kling/v1/videos/text2video/{id}': 1,
        '/wan/api/v1/tasks/{id}': 1,
        '/minimax/v2/query/video_generation/{id}': 1,
        '/openrouter/api/v1/videos/{id}': 2,
      },
    });
    for (const [, id] of polls) {
      expect(at(body, 'tasks', id), id).toMatchObject({
        notFound: 0,
        pollTimes: [firstSeen],
        firstSeenAt: firstSeen,
        terminalAt: expect.any(Number),
      });
    }
  });

  it('counts the not-found answers of an endpoint search, in total and per id', async () => {
    // A client looking for where a Kling id lives: every default path first, then Kling's.
    const id = '867283741759000008';
    const search = [
      `/v1/videos/${id}`,
      `/v1/video/query?id=${id}`,
      `/v1/video/generations/${id}`,
      `/wan/api/v1/tasks/${id}`,
      `/kling/v1/videos/text2video/${id}`,
    ];
    for (const path of search) await (await get(path)).arrayBuffer();
    await (await get('/v1/videos/sora-2:task_demo_fast--s8')).arrayBuffer();
    await (await get('/v1/videos/nope')).arrayBuffer();

    const body = await stats();
    expect(body.notFound).toBe(5);
    // The misses are the search, apart from the polls: only the answered requests are polls.
    expect(at(body, 'byKind', 'poll')).toBe(2);
    expect(at(body, 'byKind', 'search')).toBe(5);
    expect(at(body, 'tasks', id)).toMatchObject({ requests: 5, notFound: 4 });
    expect(at(body, 'tasks', id, 'pollTimes')).toHaveLength(1);
    expect(at(body, 'tasks', 'sora-2:task_demo_fast--s8', 'notFound')).toBe(0);
    expect(at(body, 'tasks', 'nope', 'notFound')).toBe(1);
  });
});

describe('resetting', () => {
  it('POST /sim/stats/reset clears the counts and keeps the task clocks', async () => {
    const firstSeen = clock.now();
    await poll('sora-2:task_demo_fast--s4');
    clock.advanceSeconds(1);
    expect((await resetStats()).status).toBe(204);

    const cleared = await stats();
    expect(cleared).toMatchObject({ total: 0, maxInFlight: 0, tasks: {} });
    expect(cleared.since).toBe(clock.now());

    await poll('sora-2:task_demo_fast--s4');
    expect(at(await stats(), 'tasks', 'sora-2:task_demo_fast--s4')).toMatchObject({
      requests: 1,
      firstSeenAt: firstSeen,
      terminalAt: firstSeen + 5000,
    });
  });

  it('POST /sim/reset clears the counts and the task clocks', async () => {
    await poll('sora-2:task_demo_fast--s5');
    clock.advanceSeconds(3);
    await fetch(`${server.origin}/sim/reset`, { method: 'POST' });
    expect(await stats()).toMatchObject({ total: 0, tasks: {} });

    const restarted = clock.now();
    await poll('sora-2:task_demo_fast--s5');
    expect(at(await stats(), 'tasks', 'sora-2:task_demo_fast--s5', 'firstSeenAt')).toBe(restarted);
  });
});

describe('RequestStats', () => {
  it('stops keeping poll times past its limit and goes on counting', () => {
    const stats = new RequestStats(clock.now, 2);
    for (let n = 0; n < 3; n += 1) stats.begin('poll', 'sora-2:task_demo_fast--s6')();
    const snapshot = stats.snapshot(() => undefined);
    expect(snapshot.total).toBe(3);
    expect(snapshot.droppedPollTimes).toBe(1);
    expect(snapshot.tasks['sora-2:task_demo_fast--s6']?.pollTimes).toHaveLength(2);
  });
});
