// Where things are in a provider's body. Families wrap the task differently: new-api and Kling in
// `{code, data}`, MiniMax v2 in `{task}`, DashScope in `{output}`; the reseller Sora and Veo shapes
// nest the details in `detail`. Readers name a level instead of re-walking the body each time.
import { asObject, at, type JsonObject } from '../../lib/json-reader';

export interface BodyLevels {
  /** The body as it came (an empty object when it was not an object). */
  top: JsonObject;
  /** The task itself: the envelope's content, or the body when there is no envelope. */
  root: JsonObject;
  /** How `root` is reached from `top`, e.g. `data.`, for naming fields to people. */
  rootPath: string;
  detail: JsonObject | undefined;
  /** The reseller Sora shape's upstream task, gone once it completes. */
  pending: JsonObject | undefined;
  draft: JsonObject | undefined;
  input: JsonObject | undefined;
  /** Veo's unified answers: the request as submitted (model, prompt, input images). */
  request: JsonObject | undefined;
  generation: JsonObject | undefined;
  /** new-api keeps the vendor's own answer inside its task, in `data`. */
  upstream: JsonObject | undefined;
}

const ENVELOPES = ['data', 'task', 'output'] as const;

function carriesTask(value: JsonObject): boolean {
  return (
    value['status'] !== undefined ||
    value['task_status'] !== undefined ||
    value['task_id'] !== undefined ||
    value['id'] !== undefined
  );
}

function findRoot(top: JsonObject): { root: JsonObject; rootPath: string } {
  // A body with a status of its own is the task, whatever else it holds (an OpenAI-style body
  // may carry an `output` object with just a URL).
  if (top['status'] !== undefined || top['task_status'] !== undefined) {
    return { root: top, rootPath: '' };
  }
  for (const key of ENVELOPES) {
    const inner = asObject(top[key]);
    if (inner && carriesTask(inner)) return { root: inner, rootPath: `${key}.` };
  }
  return { root: top, rootPath: '' };
}

export function bodyLevels(body: unknown): BodyLevels {
  const top = asObject(body) ?? {};
  const { root, rootPath } = findRoot(top);
  const detail = asObject(root['detail']);
  return {
    top,
    root,
    rootPath,
    detail,
    pending: asObject(detail?.['pending_info']),
    draft: asObject(detail?.['draft_info']),
    input: asObject(detail?.['input']),
    request: asObject(detail?.['req']),
    generation: asObject(at(detail, 'generations', 0)),
    upstream: root === top ? undefined : asObject(root['data']),
  };
}
