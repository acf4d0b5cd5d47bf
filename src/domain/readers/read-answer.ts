// Before a body is read as a task: is it a task at all? Gateways answer HTTP 200 with an error
// envelope (`code` other than 0/"success", MiniMax's `base_resp.status_code`), and some say
// "no such task" in a 200 body (new-api's `task_not_exist`, DashScope's `UNKNOWN`).
import { asNumber, asObject, asText, type JsonObject } from '../../lib/json-reader';
import { bodyLevels } from './body-levels';

export type Answer =
  | { kind: 'task' }
  /** This endpoint does not know the task: another endpoint may. */
  | { kind: 'missing'; message: string | undefined }
  /** The provider refused the request inside a successful HTTP answer. */
  | { kind: 'refused'; code: string; message: string | undefined };

const SUCCESS_CODES = new Set(['0', '200', 'success', 'ok', 'succeed']);
const MISSING_TEXT = /not[ _-]?exist|not[ _-]?found|no such task|unknown task|不存在|未找到/i;

function hasTaskStatus(body: JsonObject): boolean {
  return body['status'] !== undefined || body['task_status'] !== undefined;
}

/** The body's own error code, when it is an envelope without a task status of its own. */
function envelopeError(top: JsonObject): { code: string; message: string | undefined } | undefined {
  if (hasTaskStatus(top)) return undefined;
  const code = asText(top['code']);
  if (code !== undefined && !SUCCESS_CODES.has(code.toLowerCase())) {
    return { code, message: asText(top['message']) ?? asText(top['msg']) };
  }
  const baseResp = asObject(top['base_resp']);
  const baseCode = asNumber(baseResp?.['status_code']);
  if (baseCode !== undefined && baseCode !== 0) {
    return { code: String(baseCode), message: asText(baseResp?.['status_msg']) };
  }
  return undefined;
}

export function readAnswer(body: unknown): Answer {
  const levels = bodyLevels(body);
  const refusal = envelopeError(levels.top);
  if (refusal) {
    const missing = MISSING_TEXT.test(`${refusal.code} ${refusal.message ?? ''}`);
    return missing
      ? { kind: 'missing', message: refusal.message ?? refusal.code }
      : { kind: 'refused', ...refusal };
  }
  // DashScope answers an id it has never seen (or has forgotten) with status UNKNOWN and nothing
  // else: no submit time, no file.
  const { root } = levels;
  const status = asText(root['task_status'] ?? root['status']);
  if (
    status?.toUpperCase() === 'UNKNOWN' &&
    root['submit_time'] === undefined &&
    root['video_url'] === undefined
  ) {
    return { kind: 'missing', message: `status ${status}` };
  }
  return { kind: 'task' };
}
