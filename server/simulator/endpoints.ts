import { randomUUID } from 'node:crypto';
import { apiErrorBody } from '../http-errors';
import type { TaskFamily } from './catalogue';

// Every path the simulator answers task queries at, which families each serves, and what each
// says about an id it does not know. A family is served at one path only, so an id asked for at
// another family's path gets that path's own "not found", as a client searching for the right
// endpoint would meet it.

export interface MissingAnswer {
  status: 200 | 404;
  body: unknown;
}

export interface Endpoint {
  /** The path as a client configures it, `{id}` where the task id goes. */
  template: string;
  families: readonly TaskFamily[];
  /** The answer for an id this path does not know: not always a 404. */
  missing: (id: string) => MissingAnswer;
  /** The answer once the provider has forgotten a task; the same as `missing` unless given. */
  expired?: (id: string) => MissingAnswer;
}

const notFound = (body: unknown): MissingAnswer => ({ status: 404, body });

/** Defaults first (the paths a client tries without being told), then the relayed vendor APIs. */
export const endpoints: readonly Endpoint[] = [
  {
    template: '/v1/videos/{id}',
    families: ['reseller', 'openai-format', 'official', 'veo-openai-style'],
    missing: (id) =>
      notFound(
        apiErrorBody(`No video task found with id '${id}'.`, 'invalid_request_error', 'not_found'),
      ),
    // What resellers say once a task has aged out of their records.
    expired: (id) =>
      notFound(
        apiErrorBody(
          `Video task '${id}' has expired and is no longer available.`,
          'invalid_request_error',
          'task_expired',
        ),
      ),
  },
  {
    template: '/v1/video/query?id={id}',
    families: ['veo-unified', 'grok-unified'],
    missing: (id) =>
      notFound(apiErrorBody(`task not found: ${id}`, 'invalid_request_error', 'task_not_found')),
  },
  {
    template: '/v1/video/generations/{id}',
    families: ['new-api', 'new-api-flat'],
    // new-api answers a missing task with HTTP 200 and says so in `code`.
    missing: () => ({
      status: 200,
      body: { code: 'task_not_exist', message: 'task_not_exist', data: null },
    }),
  },
  {
    template: '/seedance/api/v3/contents/generations/tasks/{id}',
    families: ['seedance'],
    missing: (id) =>
      notFound({
        error: {
          code: 'ResourceNotFound',
          message: `The specified task ${id} is not found. Request id: ${randomUUID()}`,
          param: 'id',
          type: 'NotFound',
        },
      }),
  },
  {
    template: '/kling/v1/videos/text2video/{id}',
    families: ['kling'],
    missing: () =>
      notFound({ code: 1203, message: 'Task not found', request_id: randomUUID(), data: null }),
  },
  {
    template: '/wan/api/v1/tasks/{id}',
    families: ['wan'],
    // DashScope cannot tell a task it never had from one it has dropped: both are UNKNOWN.
    missing: (id) => ({
      status: 200,
      body: { request_id: randomUUID(), output: { task_id: id, task_status: 'UNKNOWN' } },
    }),
  },
  {
    template: '/minimax/v2/query/video_generation/{id}',
    families: ['minimax'],
    missing: (id) => notFound({ error: { code: 2013, message: `Task ${id} not found.` } }),
  },
  {
    template: '/openrouter/api/v1/videos/{id}',
    families: ['openrouter'],
    missing: () => notFound({ error: { code: 404, message: 'Video generation job not found' } }),
  },
];

const endpointByFamily = new Map(
  endpoints.flatMap((endpoint) => endpoint.families.map((family) => [family, endpoint] as const)),
);

export function endpointOf(family: TaskFamily): Endpoint {
  const endpoint = endpointByFamily.get(family);
  if (!endpoint) throw new Error(`No endpoint serves the family '${family}'.`);
  return endpoint;
}

/** The path part of a template: `/v1/video/query` or `/kling/v1/videos/text2video`. */
export function endpointPath(endpoint: Endpoint): string {
  return endpoint.template.replace(/(?:\?.*|\/\{id\}.*)$/, '');
}

/** Whether the id travels as `?id=` rather than as a path segment. */
export function takesIdInQuery(endpoint: Endpoint): boolean {
  return endpoint.template.includes('?');
}

/** The first path segments of every endpoint (`v1`, `kling`, …): the simulator's API prefixes. */
export const apiPrefixes = [
  ...new Set(endpoints.map((endpoint) => `/${endpointPath(endpoint).split('/')[1] ?? ''}`)),
];

export interface EndpointRequest {
  endpoint: Endpoint;
  /** The task id, decoded; undefined for the bare path or a missing `?id=`. */
  id: string | undefined;
  /** What follows the id in the path, e.g. `/content`; '' for a poll. */
  rest: string;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Which endpoint a request is for, and the task id it asks about; undefined for other paths. */
export function matchEndpoint(url: URL): EndpointRequest | undefined {
  for (const endpoint of endpoints) {
    const path = endpointPath(endpoint);
    if (takesIdInQuery(endpoint)) {
      if (url.pathname !== path) continue;
      return { endpoint, id: url.searchParams.get('id') || undefined, rest: '' };
    }
    if (url.pathname === path || url.pathname === `${path}/`) {
      return { endpoint, id: undefined, rest: '' };
    }
    if (!url.pathname.startsWith(`${path}/`)) continue;
    const [segment = '', ...rest] = url.pathname.slice(path.length + 1).split('/');
    return {
      endpoint,
      id: decodeSegment(segment),
      rest: rest.length ? `/${rest.join('/')}` : '',
    };
  }
  return undefined;
}
