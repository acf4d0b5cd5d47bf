// A task list shared as a link: the ids, their batches, the base URL and the Query endpoints, in
// the URL's fragment (`#share=…`), which the browser never sends to a server, so no server log
// holds it. Never the key, and never the secrets a base URL or an endpoint may carry: those are
// taken out and named. Whoever opens the link is asked before anything is added or changed
// (app/shared-list-offer.tsx). Loaded on demand.
import { packText, unpackText } from '../lib/compact-text';
import { at } from '../lib/json-reader';
import { stripSecrets } from '../lib/url-secrets';
import { isTaskId } from './task-ids';

const SHARE_FRAGMENT = '#share=';

export interface SharedTask {
  id: string;
  batch?: string;
}

export interface SharedList {
  tasks: SharedTask[];
  baseUrl: string;
  queryTemplates: string[];
}

/** What was taken out of the connection before it went into a link. */
export interface LeftOut {
  /** The base URL had a user name or password. */
  credentials: boolean;
  /** Secret-looking parameters (and a fragment) of the base URL. */
  baseUrlParts: string[];
  /** Secret-looking parameters of the Query endpoints. */
  templateParams: string[];
}

/** The list to share, with the base URL's and the endpoints' secrets taken out. */
export function prepareShare(
  tasks: readonly SharedTask[],
  baseUrl: string,
  queryTemplates: readonly string[],
): { list: SharedList; leftOut: LeftOut } {
  const base = stripSecrets(baseUrl);
  const templateParams = new Set<string>();
  const templates = queryTemplates.map((template) => {
    const stripped = stripSecrets(template);
    stripped.params.forEach((name) => templateParams.add(name));
    return stripped.url;
  });
  return {
    list: {
      tasks: tasks.map(({ id, batch }) => (batch ? { id, batch } : { id })),
      baseUrl: base.url,
      queryTemplates: [...new Set(templates)],
    },
    leftOut: {
      credentials: base.credentials,
      baseUrlParts: base.params,
      templateParams: [...templateParams],
    },
  };
}

const VERSION = 1;

/** `#share=…`: compact JSON, `t` the tasks as `[id]` or `[id, batch]`, `u` the base URL, `e` the endpoints. */
export async function encodeShare(list: SharedList): Promise<string> {
  const payload = {
    v: VERSION,
    t: list.tasks.map(({ id, batch }) => (batch ? [id, batch] : [id])),
    u: list.baseUrl,
    e: list.queryTemplates,
  };
  return SHARE_FRAGMENT + (await packText(JSON.stringify(payload)));
}

/** Far above any real list (ten thousand ids are about 1 MB), far below what would hurt. */
const MAX_FRAGMENT_CHARS = 8_000_000;
const MAX_PAYLOAD_BYTES = 16_000_000;

export type ShareReading =
  | {
      ok: true;
      list: SharedList;
      /** Entries of the link that are not task ids, left out. */
      skipped: string[];
    }
  | { ok: false };

/** Reads a `#share=…` fragment; anything that is not a link this app wrote is `ok: false`. */
export async function decodeShare(fragment: string): Promise<ShareReading> {
  if (!fragment.startsWith(SHARE_FRAGMENT) || fragment.length > MAX_FRAGMENT_CHARS) {
    return { ok: false };
  }
  const text = await unpackText(fragment.slice(SHARE_FRAGMENT.length), MAX_PAYLOAD_BYTES);
  let payload: unknown;
  try {
    payload = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const entries = at(payload, 't');
  const baseUrl = at(payload, 'u');
  const templates = at(payload, 'e');
  if (
    at(payload, 'v') !== VERSION ||
    !Array.isArray(entries) ||
    typeof baseUrl !== 'string' ||
    !Array.isArray(templates) ||
    !templates.every((template) => typeof template === 'string')
  ) {
    return { ok: false };
  }
  const tasks: SharedTask[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const [id, batch]: unknown[] = Array.isArray(entry) ? entry : [];
    if (typeof id !== 'string' || (batch !== undefined && typeof batch !== 'string')) {
      return { ok: false };
    }
    if (!isTaskId(id)) skipped.push(id);
    else if (!seen.has(id)) {
      seen.add(id);
      tasks.push(batch ? { id, batch } : { id });
    }
  }
  return {
    ok: true,
    list: { tasks, baseUrl, queryTemplates: templates.filter((template) => template !== '') },
    skipped,
  };
}
