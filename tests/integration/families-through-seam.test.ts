// Every family the simulator serves, through the dashboard's real HTTP seam and endpoint search:
// each task is found at its family's path, reads to its model and end state, its video is real
// media, and its failure is classed. The simulator's own tests check the bodies; these check
// that the dashboard understands them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure } from '../../src/domain/failure-classes';
import { fetchTask } from '../../src/api/get-task';
import { apiGet, type Connection } from '../../src/api/http-client';
import type { Task } from '../../src/domain/task-model';
import { endpointMemory } from '../../src/stores/endpoint-memory';
import { createApp } from '../../server/app';
import { catalogue, isFaultEntry, type CatalogueEntry } from '../../server/simulator/catalogue';
import { createSimulator } from '../../server/simulator/create-simulator';
import { endpoints } from '../../server/simulator/endpoints';
import { freshInstanceId } from '../../server/simulator/task-id';
import { at, failureOf, FakeClock, listen, type RunningServer } from './server-harness';

const SORA_FAMILIES = new Set(['reseller', 'openai-format', 'official']);
const families = catalogue.filter(
  (entry) => !SORA_FAMILIES.has(entry.family) && !isFaultEntry(entry),
);

const clock = new FakeClock();
let server: RunningServer;
let connection: Connection;

beforeAll(async () => {
  server = await listen(
    createApp({ simulator: createSimulator({ now: clock.now }), proxyAllow: [] }),
  );
  connection = {
    baseUrl: server.origin,
    apiKey: 'sk-families',
    forwardedHost: '',
    viaProxy: false,
    appOrigin: server.origin,
    // Every path the simulator serves, as "Try the demo" sets them.
    queryTemplates: endpoints.map((endpoint) => endpoint.template),
  };
});
afterAll(() => server.close());

let run = 100_000;
const fresh = (entry: CatalogueEntry) => freshInstanceId(entry.id, String(++run));

/** Families whose answers name the model; the others are named after the vendor path. */
const MODEL_IN_ANSWER = new Set([
  'veo-openai-style',
  'veo-unified',
  'grok-unified',
  'new-api',
  'seedance',
]);
const VENDOR_NAME: Record<string, string | undefined> = {
  kling: 'kling',
  wan: 'wan',
  minimax: 'minimax-hailuo',
  // OpenRouter routes to many vendors' models: its answers and its path name none.
  openrouter: undefined,
};
const modelShown = (entry: CatalogueEntry) =>
  MODEL_IN_ANSWER.has(entry.family) ? entry.model : VENDOR_NAME[entry.family];

const END_STATUS = {
  completed: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
  expired: 'expired',
} as const;

const ANY_TEXT = expect.any(String);

/** What a task's video is served as, fetched as the player would; undefined without a video. */
async function servedType(video: Task['video']): Promise<string | null | undefined> {
  if (video?.kind === 'url') {
    const media = await fetch(video.url);
    return media.ok ? media.headers.get('content-type') : `HTTP ${media.status}`;
  }
  if (video?.kind === 'keyed-url') {
    // Only with the key, and only because it is on the API's own origin.
    if (new URL(video.url).origin !== server.origin)
      return `a keyed link off the API: ${video.url}`;
    return (await apiGet(connection, video.url)).headers.get('content-type');
  }
  return video ? `a video of kind ${video.kind}` : undefined;
}

async function notFoundCount(id: string): Promise<number> {
  const stats: unknown = await (await fetch(`${server.origin}/sim/stats`)).json();
  const count: unknown = at(stats, 'tasks', id, 'notFound');
  return typeof count === 'number' ? count : 0;
}

describe('every family through the HTTP seam', () => {
  it.each(
    families.map((entry) => [`${entry.family} → ${entry.outcome} (${entry.id})`, entry] as const),
  )('%s', async (_name, entry) => {
    const id = fresh(entry);
    const first = await fetchTask(connection, id);
    expect(['queued', 'running']).toContain(first.status);
    const endpoint = endpoints.find((candidate) => candidate.families.includes(entry.family));
    expect(first.endpoint).toBe(endpoint?.template);
    expect(first.model).toBe(modelShown(entry));
    // Its own path first, or at worst one request per other path, once.
    const misses = await notFoundCount(id);
    expect(misses).toBeLessThan(connection.queryTemplates.length);

    clock.advanceSeconds(600);
    const last = await fetchTask(connection, id);
    expect(await notFoundCount(id), 'no new search once found').toBe(misses);
    expect(last.status).toBe(END_STATUS[entry.outcome as keyof typeof END_STATUS]);
    expect(last.model).toBe(modelShown(entry));

    // A succeeded task ends at 100 % with real media; any other end has no video.
    const succeeded = last.status === 'succeeded';
    expect(succeeded ? last.progress : 100, `${id} ends at 100 %`).toBe(100);
    expect(await servedType(last.video)).toBe(succeeded ? 'video/mp4' : undefined);
    // A failed task has the provider's words and a class; any other end has no failure.
    const failed = last.status === 'failed';
    const failureShown = expect.objectContaining({ message: entry.failure?.message ?? ANY_TEXT });
    expect(last.failure).toEqual(failed ? failureShown : undefined);
    expect(!failed || classifyFailure(last, undefined) !== undefined, `${id} is classed`).toBe(
      true,
    );
  });

  it('classes vendor refusals: Seedance and MiniMax output moderation', async () => {
    const byId = (wanted: string) => {
      const entry = catalogue.find((candidate) => candidate.id === wanted);
      if (!entry) throw new Error(`${wanted} is not in the catalogue`);
      return entry;
    };
    for (const wanted of ['cgt-20260112094422-m4q9d', '314052881204758']) {
      const id = fresh(byId(wanted));
      await fetchTask(connection, id);
      clock.advanceSeconds(600);
      expect(classifyFailure(await fetchTask(connection, id), undefined)).toBe('output-moderation');
    }
  });

  it("says what a Kling answer with code 1102 on HTTP 200 means, as the provider's error", async () => {
    const entry = catalogue.find((candidate) => candidate.accountError !== undefined);
    if (!entry) throw new Error('no account-error entry');
    const error = await failureOf(fetchTask(connection, fresh(entry)));
    expect(error.message).toMatch(
      /^The provider answered with an error \(code 1102\): “Account balance not enough”\./,
    );
    expect(classifyFailure(undefined, error)).toBe('quota');
  });

  it('a quickrouter key with the defaults loads Sora, Veo and Grok ids pasted together', async () => {
    endpointMemory.reset();
    const defaults = { ...connection, queryTemplates: connection.queryTemplates.slice(0, 3) };
    const ids = [
      'sora-2:task_demo_fast',
      'veo3.1-fast:1770350082-trii1OXZc3',
      'grok:eee6faa8-9dee-455c-aa82-02ac623adf3a',
    ].map((entryId) => freshInstanceId(entryId, String(++run)));
    for (const id of ids) {
      const task = await fetchTask(defaults, id);
      expect(['queued', 'running']).toContain(task.status);
    }
  });
});
