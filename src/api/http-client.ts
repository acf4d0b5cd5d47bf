// The one HTTP seam. It builds every URL, adds `Authorization` only for the API's own origin,
// applies a timeout, parses bodies and turns every failure into an ApiError. No UI side effects.
import { ApiError } from '../domain/api-error';
import { expandTemplate } from '../domain/query-endpoints';
import { KeyRejectedError, requestLimiter, type RequestLimiter } from './request-limiter';
import type { Priority } from './task-priority';
import { t } from '../lib/i18n';
import { asText, at } from '../lib/json-reader';
import { isLoopbackHost } from '../lib/safe-url';

export interface Connection {
  /** As the user typed it: with or without a trailing `/v1` or `/`. */
  baseUrl: string;
  apiKey: string;
  forwardedHost: string;
  /** Send requests through this server's same-origin `/proxy/{host}/…` route. */
  viaProxy: boolean;
  /** The dashboard's own origin, where the proxy lives. */
  appOrigin: string;
  /** Where tasks are asked for, as path templates with `{id}` (see query-endpoints.ts). */
  queryTemplates: readonly string[];
}

const REQUEST_TIMEOUT_MS = 15_000;
const MAX_RETRY_AFTER_MS = 60_000;

let lastNormalised: { input: string; output: string } | undefined;

/** Validates a base URL and strips a trailing `/v1` and slashes; throws a helpful ApiError. */
export function normaliseBaseUrl(input: string): string {
  // Every request asks; the answer only changes when the setting does.
  if (lastNormalised?.input === input) return lastNormalised.output;
  const output = parseBaseUrl(input);
  lastNormalised = { input, output };
  return output;
}

function parseBaseUrl(input: string): string {
  const trimmed = input.trim();
  if (trimmed === '') {
    throw new ApiError('config', () =>
      t('Enter the API base URL, for example https://api.quickrouter.ai.'),
    );
  }
  const notAUrl = (why: () => string) =>
    new ApiError('config', () =>
      t(
        "“{address}” is not a URL: {why}. Use the API's address, for example https://api.quickrouter.ai.",
        { address: trimmed, why: why() },
      ),
    );
  if (/\s/.test(trimmed)) throw notAUrl(() => t('an address has no spaces'));
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(trimmed)?.[0] ?? '';
  // `https:///v1` or `/v1/videos`: a path where the host should be (URL would take "v1" as host).
  if (/^[/\\]/.test(trimmed.slice(scheme.length)))
    throw notAUrl(() => t('the host name is missing'));
  let url: URL;
  try {
    url = new URL(scheme ? trimmed : `https://${trimmed}`);
  } catch {
    throw new ApiError('config', () =>
      t(
        "“{address}” is not a URL. Use the API's address, for example https://api.quickrouter.ai.",
        {
          address: trimmed,
        },
      ),
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ApiError('config', () =>
      t('The base URL must start with https:// (plain http is only allowed for localhost).'),
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ApiError('config', () =>
      t(
        'The base URL must not contain a user name, password, query or fragment: put the key in the API key field.',
      ),
    );
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/i, '');
  return `${url.origin}${path}`;
}

/** The origin that will receive the key: the provider's, or ours when going through the proxy. */
function requestBase(connection: Connection): string {
  const base = normaliseBaseUrl(connection.baseUrl);
  if (!connection.viaProxy) return base;
  const url = new URL(base);
  return `${connection.appOrigin}/proxy/${url.host}${url.pathname.replace(/\/$/, '')}`;
}

export function apiOrigin(connection: Connection): string {
  return new URL(requestBase(connection)).origin;
}

/** One Query endpoint for one task, e.g. `/v1/video/query?id={id}` on the base URL. */
export function templateUrl(connection: Connection, template: string, id: string): string {
  return `${requestBase(connection)}${expandTemplate(template, id)}`;
}

/** OpenAI's own path, where an official-shape task's `/content` lives. */
export function taskUrl(connection: Connection, id: string): string {
  return templateUrl(connection, '/v1/videos/{id}', id);
}

export function taskContentUrl(
  connection: Connection,
  id: string,
  variant: 'video' | 'thumbnail' = 'video',
): string {
  const url = `${taskUrl(connection, id)}/content`;
  return variant === 'video' ? url : `${url}?variant=${variant}`;
}

/** Reads `retry-after-ms`, then `Retry-After` (seconds or a date), capped at 60 s. */
export function readRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) {
    return Math.min(ms, MAX_RETRY_AFTER_MS);
  }
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}

/** Removes the key from any text that is about to be shown, in case a provider echoes it. */
function scrub(text: string, apiKey: string): string {
  return apiKey.length >= 4 ? text.split(apiKey).join('••••') : text;
}

interface ProviderError {
  message: string | undefined;
  type: string | undefined;
  code: string | undefined;
}

/** `{ error: { message, type } }`, `{ error: "…" }` or `{ code, message }`, as providers send them. */
function readProviderError(body: string): ProviderError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { message: undefined, type: undefined, code: undefined };
  }
  const error = at(parsed, 'error');
  return {
    message: asText(error) ?? asText(at(error, 'message')) ?? asText(at(parsed, 'message')),
    type: asText(at(error, 'type')),
    code: asText(at(error, 'code')) ?? asText(at(parsed, 'code')),
  };
}

/** new-api answers a task it does not have with `task_not_exist`, on 200 or on a 4xx. */
const MISSING_CODE = /^task_not_exist$|not_?found$/i;

/**
 * The provider refused inside an HTTP 200 (`code` other than 0, `base_resp.status_code`): an
 * error like any other, with the provider's words and never the key.
 */
export function providerRefusal(
  connection: Connection,
  code: string,
  message: string | undefined,
): ApiError {
  const values = {
    code: scrub(code, connection.apiKey),
    said: message ? scrub(message, connection.apiKey).slice(0, 300) : '',
  };
  return new ApiError(
    'client',
    () =>
      message
        ? t(
            'The provider answered with an error (code {code}): “{said}”. Fix what it names, then press Refresh.',
            values,
          )
        : t(
            'The provider answered with an error (code {code}). Fix what it names, then press Refresh.',
            values,
          ),
    { status: 200 },
  );
}

function errorForStatus(response: Response, body: string, connection: Connection): ApiError {
  const status = response.status;
  const { message: said, type, code } = readProviderError(body);
  // The provider's own words, after ours, as it wrote them (never the key).
  const quoted = (ours: () => string) => () =>
    said
      ? t('{message} The provider said: “{said}”', {
          message: ours(),
          said: scrub(said, connection.apiKey).slice(0, 300),
        })
      : ours();
  const retryAfterMs = readRetryAfter(response.headers);
  const isHtml = (response.headers.get('content-type') ?? '').includes('html');
  if (type === 'proxy_error') {
    // Our own proxy refused or could not reach the upstream: not a problem with the key.
    return new ApiError(
      status === 403 ? 'config' : 'network',
      quoted(() => t("This server's proxy could not forward the request.")),
      { status },
    );
  }
  if (status === 401) {
    return new ApiError(
      'unauthorized',
      quoted(() => t('The provider rejected the API key (401). Check the key in Settings.')),
      { status },
    );
  }
  if (status === 403) {
    return new ApiError(
      'forbidden',
      quoted(() =>
        t('This key may not read this task (403). Check the key and the base URL in Settings.'),
      ),
      { status },
    );
  }
  if (status === 404 || (status >= 400 && status < 500 && code && MISSING_CODE.test(code))) {
    return new ApiError(
      'not-found',
      quoted(() =>
        t(
          'Task not found ({status}). The id may be mistyped, expired, or belong to another provider.',
          { status: String(status) },
        ),
      ),
      { status },
    );
  }
  if (status === 429) {
    return new ApiError(
      'rate-limited',
      () =>
        retryAfterMs === undefined
          ? t('Rate limited (429): too many requests for this key. Retrying automatically.')
          : t(
              'Rate limited (429): too many requests for this key. Retrying automatically. The provider asked to wait {seconds} s.',
              { seconds: Math.ceil(retryAfterMs / 1000) },
            ),
      { status, retryAfterMs },
    );
  }
  if (status >= 500 || status === 408 || status === 409) {
    const values = { status: String(status) };
    const problem = () =>
      isHtml
        ? t('The provider had a problem (HTTP {status} (an HTML error page)).', values)
        : t('The provider had a problem (HTTP {status}).', values);
    return new ApiError(
      'server',
      quoted(() =>
        status >= 520 && status <= 524
          ? t(
              '{problem} A gateway in front of the provider gave up waiting for it. Retrying automatically.',
              { problem: problem() },
            )
          : t('{problem} Retrying automatically.', { problem: problem() }),
      ),
      { status, retryAfterMs },
    );
  }
  return new ApiError(
    'client',
    quoted(() =>
      t('The provider refused the request (HTTP {status}).', { status: String(status) }),
    ),
    { status },
  );
}

interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Defaults to the page's limiter; tests pass their own. */
  limiter?: RequestLimiter;
  /**
   * Asked each time the limiter picks a request: lower goes first (task-priority.ts). Without
   * it the request waits with the background polls.
   */
  priority?: () => Priority;
}

/**
 * GETs a URL on the API's origin with the key. Resolves with the Response when the status is
 * 2xx; everything else becomes an ApiError.
 */
export async function apiGet(
  connection: Connection,
  url: string,
  {
    signal,
    timeoutMs = REQUEST_TIMEOUT_MS,
    limiter = requestLimiter,
    priority,
  }: RequestOptions = {},
): Promise<Response> {
  const target = new URL(url);
  const origin = apiOrigin(connection);
  if (target.origin !== origin) {
    // The key must never travel to a host other than the API's own.
    throw new ApiError('config', () =>
      t('Refusing to send the API key to {origin}.', { origin: target.origin }),
    );
  }
  const headers = new Headers({ Accept: 'application/json' });
  if (connection.apiKey) headers.set('Authorization', `Bearer ${connection.apiKey}`);
  if (connection.forwardedHost.trim()) {
    headers.set('X-Forwarded-Host', connection.forwardedHost.trim());
  }
  const send = async (): Promise<Response> => {
    // The timeout starts when the request leaves the queue, not while it waits its turn.
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      return await fetch(target, {
        headers,
        signal: combined,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      if (timeout.aborted) {
        throw new ApiError(
          'timeout',
          () =>
            t('No answer from {origin} within {seconds} s. Retrying automatically.', {
              origin,
              seconds: Math.round(timeoutMs / 1000),
            }),
          { cause },
        );
      }
      const message = () =>
        connection.viaProxy
          ? t('Could not reach {origin}. This server could not be reached.', { origin })
          : t(
              'Could not reach {origin}. The provider may be down, or it does not allow requests from browsers (CORS): turn on “Send requests through this server” in Settings.',
              { origin },
            );
      throw new ApiError('network', message, { cause });
    }
  };
  let response: Response;
  try {
    response = await limiter.schedule(origin, connection.apiKey, send, signal, priority);
  } catch (error) {
    if (error instanceof KeyRejectedError) {
      throw new ApiError('unauthorized', () =>
        t('Paused: the provider rejected this API key. Enter a valid key in Settings to resume.'),
      );
    }
    throw error;
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    const error = errorForStatus(response, body, connection);
    // Faults that concern every request to this origin, not only this one.
    if (error.kind === 'rate-limited') limiter.pauseOrigin(origin, error.retryAfterMs);
    if (error.kind === 'unauthorized' || error.kind === 'forbidden') {
      limiter.rejectKey(origin, connection.apiKey);
    }
    throw error;
  }
  return response;
}

/** GETs JSON; a body that is not JSON (an HTML error page, nothing at all) is a clear error. */
export async function apiGetJson(
  connection: Connection,
  url: string,
  options: RequestOptions = {},
): Promise<unknown> {
  const response = await apiGet(connection, url, options);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const type = response.headers.get('content-type') ?? t('no content type');
    throw new ApiError(
      'bad-body',
      () =>
        text.trim() === ''
          ? t(
              "The provider answered with an empty body. Check that the base URL is the API's address, not a web page.",
            )
          : t(
              "The provider answered with a body that is not JSON ({type}). Check that the base URL is the API's address, not a web page.",
              { type },
            ),
      { status: response.status, cause },
    );
  }
}
