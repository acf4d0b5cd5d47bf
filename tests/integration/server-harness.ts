import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { ApiError } from '../../src/domain/api-error';
import { createServer } from 'node:http';

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves a hono app over real HTTP on a free port, as `server/main.ts` does. */
export async function listen(app: Hono): Promise<RunningServer> {
  const listener = getRequestListener(app.fetch);
  // Fire and forget, as server/main.ts does: hono's listener answers its own errors (a 500, or
  // closing the response) and never rejects, and node:http ignores what a handler returns.
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('No port assigned.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A clock the test moves by hand; tasks only advance when it does. */
export class FakeClock {
  #now = Date.UTC(2025, 9, 6, 15, 10, 26);
  readonly now = (): number => this.#now;
  advanceSeconds(seconds: number): void {
    this.#now += seconds * 1000;
  }
}

export const auth = { Authorization: 'Bearer sk-test' };

/** A JSON object, so tests can walk bodies without type assertions. */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function getJson(url: string, headers: Record<string, string> = auth) {
  const response = await fetch(url, { headers });
  const body: unknown = await response.json();
  if (!isRecord(body)) throw new Error(`Expected a JSON object from ${url}`);
  return { response, body };
}

/** Walks `body` along `path`, returning undefined where it leaves the object. */
export function at(body: unknown, ...path: string[]): unknown {
  let value = body;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** The ApiError a request ends with; fails the test when it succeeds or throws something else. */
export async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the request to fail');
}
