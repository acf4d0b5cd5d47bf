// Each task's last known answer, kept in IndexedDB, so that a reload, a new tab or a change of
// settings shows at once what was known and never asks a finished task again. One record per
// task and base URL: the normalised task without its body (the history keeps the bodies), when
// the provider said it, or that no Query endpoint had the task.
//
// A database of its own, for the reason task-duration-store.ts gives: adding a store to the
// history's database would need a version upgrade that a tab still open on an older build
// blocks. It is read once, before the first render, and written by the polling tab only.
import { isStoredTask, STORED_TASK_VERSION, storableTask } from '../domain/stored-task';
import { t } from '../lib/i18n';
import type { Task } from '../domain/task-model';
import { objectStoreDb } from '../lib/indexed-db';
import { reportStorageRefused } from './storage-health';
import { isObject } from '../lib/json-reader';

export interface LastAnswer {
  id: string;
  /** The normalised base URL the task was asked at. */
  baseUrl: string;
  /** When the provider answered (epoch ms): the task's schedule resumes from it. */
  at: number;
  /** What the provider said, without `raw`; or `not-found`: no Query endpoint had the task. */
  answer: { kind: 'task'; task: Task } | { kind: 'not-found'; message: string };
}

/** As written: the task without its body and unset fields, and the record format's version. */
interface StoredAnswer extends Omit<LastAnswer, 'answer'> {
  version: number;
  answer: { kind: 'task'; task: Record<string, unknown> } | { kind: 'not-found'; message: string };
}

export interface AnswerBackend {
  readAll: () => Promise<unknown[]>;
  put: (answers: readonly StoredAnswer[]) => Promise<void>;
  /** Removes every record of these task ids, whatever their base URL. */
  remove: (ids: readonly string[]) => Promise<void>;
}

const DB_NAME = 'sora-dashboard-last-answers';
const STORE_NAME = 'answers';
/** Writes are gathered for this long, then done in one transaction. */
const WRITE_DELAY_MS = 1_000;

export function indexedDbAnswers(factory: IDBFactory): AnswerBackend {
  const db = objectStoreDb(factory, DB_NAME, STORE_NAME, ['id', 'baseUrl']);
  return {
    readAll: () => db.read<unknown[]>((store) => store.getAll()),
    put: (answers) =>
      db.write((store) => {
        for (const answer of answers) store.put(answer);
      }),
    // Array keys sort after strings, so [id, []] is above every [id, baseUrl].
    remove: (ids) =>
      db.write((store) => {
        for (const id of ids) store.delete(IDBKeyRange.bound([id], [id, []]));
      }),
  };
}

export function memoryAnswers(): AnswerBackend {
  const records = new Map<string, StoredAnswer>();
  return {
    readAll: () => Promise.resolve([...records.values()]),
    put: (answers) => {
      for (const answer of answers) records.set(`${answer.baseUrl}\n${answer.id}`, answer);
      return Promise.resolve();
    },
    remove: (ids) => {
      for (const [key, answer] of records) if (ids.includes(answer.id)) records.delete(key);
      return Promise.resolve();
    },
  };
}

/** A stored record, checked; anything else (another version, a damaged record) is skipped. */
export function readAnswer(value: unknown): LastAnswer | undefined {
  if (!isObject(value) || value['version'] !== STORED_TASK_VERSION) return undefined;
  const { id, baseUrl, at, answer } = value;
  if (typeof id !== 'string' || typeof baseUrl !== 'string') return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || !isObject(answer)) return undefined;
  if (answer['kind'] === 'task' && isStoredTask(answer['task'], id)) {
    return { id, baseUrl, at, answer: { kind: 'task', task: answer['task'] } };
  }
  const message = answer['message'];
  if (answer['kind'] === 'not-found' && typeof message === 'string') {
    return { id, baseUrl, at, answer: { kind: 'not-found', message } };
  }
  return undefined;
}

const keyOf = (baseUrl: string, id: string) => `${baseUrl}\n${id}`;

const statusOf = (known: LastAnswer | undefined) =>
  known?.answer.kind === 'task' ? known.answer.task.status : known?.answer.kind;

export class LastAnswers {
  readonly #backend: AnswerBackend;
  #known = new Map<string, LastAnswer>();
  #unwritten = new Map<string, StoredAnswer>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> = Promise.resolve();
  #loading: Promise<void> | undefined;

  constructor(backend: AnswerBackend) {
    this.#backend = backend;
  }

  /** Reads what is stored (once); what was noted meanwhile is newer and stays. */
  load(): Promise<void> {
    this.#loading ??= this.#backend.readAll().then(
      (records) => {
        for (const record of records) {
          const answer = readAnswer(record);
          const key = answer && keyOf(answer.baseUrl, answer.id);
          if (answer && key && (this.#known.get(key)?.at ?? -1) < answer.at) {
            this.#known.set(key, answer);
          }
        }
      },
      (error: unknown) => {
        // Without storage the app still works: it asks the provider, as it did before.
        console.warn('Last answers could not be read:', error);
      },
    );
    return this.#loading;
  }

  get(baseUrl: string, id: string): LastAnswer | undefined {
    return this.#known.get(keyOf(baseUrl, id));
  }

  /** Notes an answer; `persist` is false in tabs that only hear another tab's answers. */
  note(answer: LastAnswer, persist: boolean): void {
    const key = keyOf(answer.baseUrl, answer.id);
    const before = this.#known.get(key);
    if ((before?.at ?? -1) > answer.at) return;
    const known: LastAnswer =
      answer.answer.kind === 'task'
        ? { ...answer, answer: { kind: 'task', task: { ...answer.answer.task, raw: undefined } } }
        : answer;
    this.#known.set(key, known);
    if (!persist) return;
    const stored: StoredAnswer =
      answer.answer.kind === 'task'
        ? {
            ...answer,
            version: STORED_TASK_VERSION,
            answer: { kind: 'task', task: storableTask(answer.answer.task) },
          }
        : { ...answer, version: STORED_TASK_VERSION, answer: answer.answer };
    this.#unwritten.set(key, stored);
    // A new status is written at once: it is what a reload right after must not lose.
    if (statusOf(before) !== statusOf(known)) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), WRITE_DELAY_MS);
  }

  /** Writes what is waiting now (on a timer, and when the page is being hidden). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#unwritten.size === 0) return this.#writing;
    const batch = [...this.#unwritten.values()];
    this.#unwritten = new Map();
    // One write at a time, so a later batch never lands before an earlier one.
    this.#writing = this.#writing.then(() =>
      this.#backend.put(batch).catch((error: unknown) => {
        console.warn('Last answers could not be saved:', error);
        reportStorageRefused(() => t('what the provider last said of each task'));
      }),
    );
    return this.#writing;
  }

  /** Forgets answers older than `before` of tasks that are not in `tracked`. */
  forgetUntracked(tracked: ReadonlySet<string>, before: number): Promise<void> {
    const ids = new Set<string>();
    for (const answer of this.#known.values()) {
      if (!tracked.has(answer.id) && answer.at < before) ids.add(answer.id);
    }
    return ids.size ? this.forget([...ids]) : this.#writing;
  }

  /** Forgets tasks the user removed, under every base URL. */
  forget(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    for (const [key, answer] of this.#known) if (gone.has(answer.id)) this.#known.delete(key);
    for (const [key, answer] of this.#unwritten) {
      if (gone.has(answer.id)) this.#unwritten.delete(key);
    }
    this.#writing = this.#writing.then(() => this.#backend.remove(ids)).catch(() => undefined);
    return this.#writing;
  }
}

let shared: LastAnswers | undefined;

/** The app's one record of last answers. */
export function lastAnswers(): LastAnswers {
  shared ??= new LastAnswers(
    typeof indexedDB === 'undefined' ? memoryAnswers() : indexedDbAnswers(indexedDB),
  );
  return shared;
}
