// The endpoint search: a task is asked at each Query endpoint in turn (its id form's likely
// paths first) until one knows it; that one is remembered, so the search costs at most one
// request per template, once per task. "Not here" is a 404, a `task_not_exist` body, DashScope's
// UNKNOWN, or a 400/422 (a path that cannot take this id form). Anything else (a 429, a 5xx, a
// bad key) stops the search where it is; the next poll resumes it from there.
import { ApiError, isApiError } from '../domain/api-error';
import { t } from '../lib/i18n';
import {
  apiGetJson,
  normaliseBaseUrl,
  providerRefusal,
  templateUrl,
  type Connection,
} from './http-client';
import { templatesFor } from '../domain/query-endpoints';
import { readAnswer } from '../domain/readers/read-answer';
import type { Priority } from './task-priority';
import { endpointMemory } from '../stores/endpoint-memory';

interface AskOptions {
  signal?: AbortSignal;
  /** Read each time the limiter picks a request (task-priority.ts). */
  priority?: () => Priority;
}

type Asked = { found: true; body: unknown } | { found: false; said: string | undefined };

const NOT_HERE_STATUSES = new Set([400, 404, 422]);

async function ask(
  connection: Connection,
  template: string,
  id: string,
  options: AskOptions,
): Promise<Asked> {
  let body: unknown;
  try {
    body = await apiGetJson(connection, templateUrl(connection, template, id), options);
  } catch (error) {
    if (
      isApiError(error) &&
      (error.kind === 'not-found' || NOT_HERE_STATUSES.has(error.status ?? 0))
    ) {
      return { found: false, said: error.status === 404 ? undefined : error.message };
    }
    throw error;
  }
  const answer = readAnswer(body);
  if (answer.kind === 'missing') return { found: false, said: undefined };
  if (answer.kind === 'refused') throw providerRefusal(connection, answer.code, answer.message);
  return { found: true, body };
}

/** Templates already ruled out for a task whose search was interrupted, per list of templates. */
const searches = new Map<string, { templates: string; ruledOut: Set<string> }>();

export interface FoundTask {
  body: unknown;
  /** The Query endpoint template that answered. */
  template: string;
}

export async function findTask(
  connection: Connection,
  id: string,
  options: AskOptions = {},
): Promise<FoundTask> {
  const base = normaliseBaseUrl(connection.baseUrl);
  const templates = templatesFor(id, connection.queryTemplates);
  const remembered = endpointMemory.get(base, id);
  if (remembered !== undefined && templates.includes(remembered)) {
    const asked = await ask(connection, remembered, id, options);
    if (asked.found) return { body: asked.body, template: remembered };
    // It answered here before: the provider has let it go. Searching elsewhere would not bring
    // it back, and would cost a request per endpoint.
    throw new ApiError(
      'not-found',
      () =>
        t(
          'The provider no longer has this task: {endpoint} answered for it before and now says it does not exist. It expired or was removed.',
          { endpoint: remembered },
        ),
      { status: 404 },
    );
  }

  const key = `${base}\n${id}`;
  const listed = templates.join('\n');
  let search = searches.get(key);
  if (search?.templates !== listed) {
    search = { templates: listed, ruledOut: new Set() };
    searches.set(key, search);
  }
  const notes: string[] = [];
  for (const template of templates) {
    if (search.ruledOut.has(template)) continue;
    const asked = await ask(connection, template, id, options);
    if (asked.found) {
      searches.delete(key);
      endpointMemory.remember(base, id, template);
      return { body: asked.body, template };
    }
    search.ruledOut.add(template);
    if (asked.said) notes.push(`${template}: ${asked.said}`);
  }
  // Ended: whatever asks next (Refresh, new Query endpoints) searches afresh.
  searches.delete(key);
  throw new ApiError(
    'not-found',
    // What each endpoint said, as it said it, after the sentence.
    () =>
      [
        t(
          "Not found at any endpoint: asked {endpoints}. Check the id and the base URL, or add your provider's path under Settings → Query endpoints.",
          { endpoints: templates.join(', ') },
        ),
        ...notes,
      ].join(' '),
    { status: 404 },
  );
}
