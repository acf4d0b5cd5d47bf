// What the dashboard's tabs say to each other over their BroadcastChannel, and the one place
// that reads what arrives. A message is untrusted until read here: one of another protocol
// version (a tab still running an older build) or of a shape this build does not know is
// dropped, never half-used.
import type { ApiErrorKind } from '../domain/api-error';
import { readTaskQueryKey, type TaskQueryKey } from '../api/get-task';
import { isObject } from '../lib/json-reader';
import type { KeyStamp } from '../stores/key-store';

/** Raise it whenever a message changes shape: tabs of different builds then ignore each other. */
export const TAB_PROTOCOL_VERSION = 1;
type Version = typeof TAB_PROTOCOL_VERSION;

interface SharedError {
  kind: ApiErrorKind;
  message: string;
  status: number | undefined;
}

export type TabMessage =
  /** A tab just opened: the others tell it every task they know. */
  | { v: Version; type: 'hello' }
  /**
   * A task as the polling tab read it. `task` was parsed by `parseTask` in that tab; only its
   * envelope is checked here (see `readTabMessage`).
   */
  | { v: Version; type: 'task'; queryKey: TaskQueryKey; task: unknown; updatedAt: number }
  | { v: Version; type: 'error'; queryKey: TaskQueryKey; error: SharedError; updatedAt: number }
  /** A tab opened without a key asks the others for theirs. */
  | { v: Version; type: 'key-ask' }
  /** A key saved in a tab, or held by one that answers an ask. */
  | { v: Version; type: 'key'; key: string; remembered: boolean; stamp: KeyStamp }
  /** "Forget key" in a tab: every tab forgets it. */
  | { v: Version; type: 'key-forgotten'; stamp: KeyStamp }
  /** A visible tab waits to poll: a hidden one polling for notifications lets it. */
  | { v: Version; type: 'lead-ask' };

/** The messages that carry the API key (app/key-sharing.ts handles them). */
export type KeyMessage = Extract<TabMessage, { type: 'key-ask' | 'key' | 'key-forgotten' }>;
/** The messages that carry tasks between the caches (app/tab-sync.ts handles them). */
export type CacheMessage = Exclude<TabMessage, KeyMessage | { type: 'lead-ask' }>;

export function isKeyMessage(message: TabMessage): message is KeyMessage {
  return message.type === 'key-ask' || message.type === 'key' || message.type === 'key-forgotten';
}

/** Every kind, each named once: the compiler says so when ApiErrorKind gains one. */
const ERROR_KINDS: { readonly [Kind in ApiErrorKind]: Kind } = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'rate-limited': 'rate-limited',
  server: 'server',
  client: 'client',
  network: 'network',
  timeout: 'timeout',
  'bad-body': 'bad-body',
  config: 'config',
};

const MAX_KEY_LENGTH = 4096;
const MAX_TEXT_LENGTH = 4000;

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function readText(value: unknown, maxLength = MAX_TEXT_LENGTH): string | undefined {
  return typeof value === 'string' && value.length <= maxLength ? value : undefined;
}

function readStamp(value: unknown): KeyStamp | undefined {
  if (!isObject(value) || !isTime(value['at'])) return undefined;
  const tab = readText(value['tab'], 64);
  return tab === undefined ? undefined : { at: value['at'], tab };
}

/** An API key as Settings accepts one: no spaces inside, nothing empty. */
function readKey(value: unknown): string | undefined {
  const key = readText(value, MAX_KEY_LENGTH);
  return key !== undefined && /^\S+$/.test(key) ? key : undefined;
}

function readError(value: unknown): SharedError | undefined {
  if (!isObject(value)) return undefined;
  const kind = Object.values(ERROR_KINDS).find((known) => known === value['kind']);
  const message = readText(value['message']);
  const status = value['status'];
  const validStatus =
    status === undefined || (Number.isInteger(status) && isTime(status) && status < 1000);
  if (!kind || message === undefined || !validStatus) return undefined;
  return { kind, message, status: typeof status === 'number' ? status : undefined };
}

/** The message in `data`, or undefined when it is not one this build speaks. */
export function readTabMessage(data: unknown): TabMessage | undefined {
  if (!isObject(data) || data['v'] !== TAB_PROTOCOL_VERSION) return undefined;
  const v = TAB_PROTOCOL_VERSION;
  switch (data['type']) {
    case 'hello':
      return { v, type: 'hello' };
    case 'key-ask':
    case 'lead-ask':
      return { v, type: data['type'] };
    case 'task': {
      const queryKey = readTaskQueryKey(data['queryKey']);
      const { task, updatedAt } = data;
      // The payload must at least be the task of that key.
      if (!queryKey || !isObject(task) || task['id'] !== queryKey[3] || !isTime(updatedAt)) {
        return undefined;
      }
      return { v, type: 'task', queryKey, task, updatedAt };
    }
    case 'error': {
      const queryKey = readTaskQueryKey(data['queryKey']);
      const error = readError(data['error']);
      const { updatedAt } = data;
      if (!queryKey || !error || !isTime(updatedAt)) return undefined;
      return { v, type: 'error', queryKey, error, updatedAt };
    }
    case 'key': {
      const key = readKey(data['key']);
      const { remembered } = data;
      const stamp = readStamp(data['stamp']);
      if (key === undefined || typeof remembered !== 'boolean' || !stamp) return undefined;
      return { v, type: 'key', key, remembered, stamp };
    }
    case 'key-forgotten': {
      const stamp = readStamp(data['stamp']);
      return stamp ? { v, type: 'key-forgotten', stamp } : undefined;
    }
    default:
      return undefined;
  }
}
