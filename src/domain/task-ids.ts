// Task ids as people paste them: separated by any mix of spaces, commas and newlines, or inside
// a provider's answer or a log line. Every id form the resellers hand out is accepted (see
// docs/video-task-shapes.md); words and URLs are not.
import { asText, at } from '../lib/json-reader';

/**
 * `sora-2:task_…`, `veo3.1-fast:1770350082-…`, `grok:<uuid>`: the part before `:` names the model.
 * The rest is at least 6 characters with a digit or an underscore in it, so `Status:completed` or
 * `localhost:5173` in a pasted log line are not taken for ids.
 */
const MODEL_ID = /^([A-Za-z][A-Za-z0-9._-]*):([A-Za-z0-9][A-Za-z0-9._-]{5,})$/;
const ID_LIKE = /[\d_]/;
/** A model part that is really a URL scheme: `https:…`, `javascript:…`. */
const URL_SCHEMES = new Set([
  'http',
  'https',
  'ftp',
  'ftps',
  'ws',
  'wss',
  'file',
  'data',
  'javascript',
  'vbscript',
  'blob',
  'mailto',
  'tel',
  'about',
]);
/** DashScope (Wan) and others. */
export const UUID_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_FORMS: readonly RegExp[] = [
  /^video_[A-Za-z0-9_-]+$/, // OpenAI and OpenAI-style resellers
  /^task_[A-Za-z0-9_-]{6,}$/, // new-api
  /^cgt-\d{8,14}-[A-Za-z0-9-]+$/, // Volcengine / BytePlus Seedance
  /^\d{12,}$/, // Kling, MiniMax
  /^job-[A-Za-z0-9_-]+$/, // OpenRouter
  UUID_ID,
];
const MAX_ID_LENGTH = 200;

export function isTaskId(value: string): boolean {
  if (value.length > MAX_ID_LENGTH) return false;
  const model = MODEL_ID.exec(value);
  if (model) {
    return !URL_SCHEMES.has((model[1] ?? '').toLowerCase()) && ID_LIKE.test(model[2] ?? '');
  }
  return ID_FORMS.some((form) => form.test(value));
}

export interface ParsedTaskIds {
  /** New, valid ids in the order they were pasted. */
  accepted: string[];
  /** Valid ids already tracked or pasted twice. */
  duplicates: string[];
  /** Entries that are not task ids. */
  invalid: string[];
  /** Pasted answers or log lines that held no task id at all, as pasted. */
  withoutIds: string[];
}

/** Quotes and brackets come along when ids are copied out of JSON or a spreadsheet. */
function stripWrapping(token: string): string {
  return token.replace(/^["'`[(<{]+|["'`\])>},.]+$/g, '');
}

/** The fields of an answer that name the task itself; not `request_id`, not a nested video's id. */
const ID_PATHS: readonly (readonly string[])[] = [
  ['id'],
  ['task_id'],
  ['data', 'task_id'],
  ['data', 'id'],
  ['output', 'task_id'],
  ['task', 'id'],
];

function idsInAnswer(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsInAnswer);
  return ID_PATHS.map((path) => asText(at(value, ...path))).filter(
    (id): id is string => id !== undefined && isTaskId(id),
  );
}

/** Where a JSON object or array starts and ends in `text`, strings and escapes respected. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

interface Piece {
  /** Ids found in a pasted answer, or undefined for plain text to split into tokens. */
  ids: string[] | undefined;
  text: string;
}

/**
 * Splits pasted text into JSON answers (objects, or arrays of them) and the plain text around
 * them. A `{` that does not open valid JSON stays plain text.
 */
function splitAnswers(text: string): Piece[] {
  const pieces: Piece[] = [];
  let plainFrom = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char !== '{' && char !== '[') {
      index += 1;
      continue;
    }
    const end = closingBracket(text, index);
    let parsed: unknown;
    try {
      parsed = end === -1 ? undefined : JSON.parse(text.slice(index, end + 1));
    } catch {
      parsed = undefined;
    }
    const isAnswer =
      parsed !== undefined &&
      typeof parsed === 'object' &&
      parsed !== null &&
      (!Array.isArray(parsed) || parsed.some((item) => typeof item === 'object' && item !== null));
    if (!isAnswer) {
      index += 1;
      continue;
    }
    pieces.push({ ids: undefined, text: text.slice(plainFrom, index) });
    pieces.push({ ids: idsInAnswer(parsed), text: text.slice(index, end + 1) });
    index = end + 1;
    plainFrom = index;
  }
  pieces.push({ ids: undefined, text: text.slice(plainFrom) });
  return pieces;
}

/** `task_id=cgt-…`, `"id": "veo3.1-fast:…"`, `id: job-1` in a log line. */
const LOGGED_ID = /(?<![\w.-])(?:task_id|id)["']?\s*[:=]\s*["']?([A-Za-z0-9][A-Za-z0-9._:-]*)/g;

export function parseTaskIds(text: string, alreadyTracked: ReadonlySet<string>): ParsedTaskIds {
  const result: ParsedTaskIds = { accepted: [], duplicates: [], invalid: [], withoutIds: [] };
  const seen = new Set<string>();
  const add = (id: string) => {
    if (alreadyTracked.has(id) || seen.has(id)) {
      result.duplicates.push(id);
    } else {
      seen.add(id);
      result.accepted.push(id);
    }
  };
  for (const piece of splitAnswers(text)) {
    if (piece.ids) {
      if (piece.ids.length === 0) result.withoutIds.push(piece.text);
      piece.ids.forEach(add);
      continue;
    }
    for (const line of piece.text.split(/\r?\n/)) {
      // A log line names its ids in fields; its other words are not entries.
      const logged = [...line.matchAll(LOGGED_ID)]
        .map((match) => stripWrapping(match[1] ?? ''))
        .filter(isTaskId);
      if (logged.length) {
        logged.forEach(add);
        continue;
      }
      for (const token of line.split(/[\s,，;；]+/)) {
        const id = stripWrapping(token);
        if (id === '') continue;
        if (isTaskId(id)) add(id);
        else result.invalid.push(token);
      }
    }
  }
  return result;
}

/** The path segment for an id: the `:` stays as it is, everything else is percent-encoded. */
export function encodeTaskIdForPath(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}
