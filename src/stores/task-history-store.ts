// Every task's history of responses, kept in IndexedDB so a reload keeps it. Memory holds only
// what is needed: the last body seen per task (to skip unchanged ones), snapshots waiting to be
// written, and the full history of tasks someone is looking at.
//
// This module is loaded on demand (see app/history-recorder.ts), so it costs the first page
// nothing.
import { comparableText, mergeSnapshots, snapshotOf, type Snapshot } from '../domain/task-history';
import { t } from '../lib/i18n';
import type { Task } from '../domain/task-model';
import { finishedDuration } from '../domain/typical-duration';
import { objectStoreDb } from '../lib/indexed-db';
import { isObject } from '../lib/json-reader';
import { isTaskStatus } from '../domain/readers/read-status';
import { reportStorageRefused } from './storage-health';
import { taskDurationStore, type TaskDurationStore } from './task-duration-store';

/** Where histories live: IndexedDB in a browser, memory where there is none (tests, old browsers). */
export interface HistoryBackend {
  read: (id: string) => Promise<Snapshot[]>;
  /** Adds snapshots to each task's stored history, merged and bounded, in one transaction. */
  append: (additions: ReadonlyMap<string, Snapshot[]>) => Promise<void>;
  remove: (ids: readonly string[]) => Promise<void>;
}

const DB_NAME = 'sora-dashboard';
const STORE_NAME = 'task-history';
/** Writes are gathered for this long, then done in one transaction. */
const FLUSH_DELAY_MS = 1_000;
const EMPTY: readonly Snapshot[] = Object.freeze([]);

interface StoredHistory {
  id: string;
  snapshots: Snapshot[];
}

const isOptionalNumber = (value: unknown) =>
  value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** A stored snapshot, checked: one written by another version or damaged is left out. */
function isSnapshot(value: unknown): value is Snapshot {
  return (
    isObject(value) &&
    typeof value['at'] === 'number' &&
    Number.isFinite(value['at']) &&
    isTaskStatus(value['status']) &&
    (value['statusText'] === undefined || typeof value['statusText'] === 'string') &&
    isOptionalNumber(value['progress']) &&
    isOptionalNumber(value['queuePosition'])
  );
}

/** The snapshots of a stored history that can be trusted, each checked on its own. */
function storedSnapshots(value: unknown): Snapshot[] {
  const snapshots = isObject(value) ? value['snapshots'] : undefined;
  return Array.isArray(snapshots) ? snapshots.filter(isSnapshot) : [];
}

export function indexedDbBackend(factory: IDBFactory): HistoryBackend {
  const db = objectStoreDb(factory, DB_NAME, STORE_NAME, 'id');
  return {
    read: async (id) => {
      const stored: unknown = await db.read((store) => store.get(id));
      return storedSnapshots(stored);
    },
    append: (additions) =>
      db.write((store) => {
        for (const [id, added] of additions) {
          const request = store.get(id);
          request.onsuccess = () => {
            const stored: unknown = request.result;
            const snapshots = mergeSnapshots(storedSnapshots(stored), added);
            store.put({ id, snapshots } satisfies StoredHistory);
          };
        }
      }),
    remove: (ids) =>
      db.write((store) => {
        for (const id of ids) store.delete(id);
      }),
  };
}

export function memoryBackend(): HistoryBackend {
  const histories = new Map<string, Snapshot[]>();
  return {
    read: (id) => Promise.resolve(histories.get(id) ?? []),
    append: (additions) => {
      for (const [id, added] of additions) {
        histories.set(id, mergeSnapshots(histories.get(id) ?? [], added));
      }
      return Promise.resolve();
    },
    remove: (ids) => {
      for (const id of ids) histories.delete(id);
      return Promise.resolve();
    },
  };
}

interface View {
  snapshots: readonly Snapshot[];
  listeners: Set<() => void>;
}

export class TaskHistoryStore {
  readonly #backend: HistoryBackend;
  readonly #durations: TaskDurationStore | undefined;
  #lastRaw = new Map<string, unknown>();
  #lastText = new Map<string, string>();
  #lastStatus = new Map<string, string>();
  #unwritten = new Map<string, Snapshot[]>();
  #views = new Map<string, View>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #writing: Promise<void> = Promise.resolve();

  /** With `durations`, each task seen to succeed is timed there (see domain/typical-duration.ts). */
  constructor(backend: HistoryBackend, durations?: TaskDurationStore) {
    this.#backend = backend;
    this.#durations = durations;
  }

  /**
   * Notes a response. `persist` is false in tabs that only hear the polling tab's answers: the
   * polling tab writes, the others just show.
   */
  record(id: string, task: Task, at: number, persist: boolean): void {
    // The query cache keeps an unchanged body's object as it was: no need to serialise it.
    if (this.#lastRaw.get(id) === task.raw) return;
    this.#lastRaw.set(id, task.raw);
    // An answer that differs only in its per-answer request id changed nothing.
    const comparable = comparableText(task.raw);
    if (this.#lastText.get(id) === comparable) return;
    this.#lastText.set(id, comparable);
    const snapshot = snapshotOf(task, at);
    const statusChanged = this.#lastStatus.get(id) !== snapshot.status;
    this.#lastStatus.set(id, snapshot.status);
    if (persist) {
      this.#unwritten.set(id, [...(this.#unwritten.get(id) ?? []), snapshot]);
      // A status change is written at once: it is what a reload right after must not lose.
      if (statusChanged) void this.flush();
      else this.#timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
    }
    if (statusChanged && snapshot.status === 'succeeded') this.#time(id, task, snapshot, persist);
    const view = this.#views.get(id);
    if (view) this.#update(view, mergeSnapshots(view.snapshots, [snapshot]));
  }

  /** Writes what is waiting now (on a timer, and when the page is being hidden). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#unwritten.size === 0) return this.#writing;
    const batch = this.#unwritten;
    this.#unwritten = new Map();
    // One write at a time, so a later batch never lands before an earlier one.
    this.#writing = this.#writing.then(() =>
      this.#backend.append(batch).catch((error: unknown) => {
        // History is a convenience: a full or blocked disk must not break polling.
        console.warn('Task history could not be saved:', error);
        reportStorageRefused(() => t('the task history'));
      }),
    );
    return this.#writing;
  }

  /** The history of one task, kept current while subscribed; starts with what is stored. */
  subscribe(id: string, listener: () => void): () => void {
    let view = this.#views.get(id);
    if (!view) {
      const created: View = { snapshots: this.#unwritten.get(id) ?? EMPTY, listeners: new Set() };
      view = created;
      this.#views.set(id, created);
      void this.#writing
        .then(() => this.#backend.read(id))
        .then(
          (stored) => this.#update(created, mergeSnapshots(stored, created.snapshots)),
          () => undefined,
        );
    }
    const { listeners } = view;
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.#views.get(id) === view) this.#views.delete(id);
    };
  }

  getSnapshots(id: string): readonly Snapshot[] {
    return this.#views.get(id)?.snapshots ?? EMPTY;
  }

  /** Forgets tasks the user removed. */
  forget(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      this.#unwritten.delete(id);
      this.#lastText.delete(id);
      this.#lastRaw.delete(id);
      this.#lastStatus.delete(id);
    }
    this.#writing = this.#writing.then(() => this.#backend.remove(ids)).catch(() => undefined);
    return this.#writing;
  }

  /**
   * Counts how long a task that just succeeded took. Its provider's times need nothing more;
   * otherwise the stored history says when it was first seen (after this tab's own writes).
   */
  #time(id: string, task: Task, snapshot: Snapshot, persist: boolean): void {
    const durations = this.#durations;
    const model = task.model;
    if (!durations || !model) return;
    const timeIt = async () => {
      await durations.load();
      // Seen finished again after a reload: counted already, and no history to read.
      if (durations.has(model, id)) return;
      const duration =
        finishedDuration(task, []) ??
        finishedDuration(task, mergeSnapshots(await this.#backend.read(id), [snapshot]));
      if (duration) await durations.note(model, duration, persist);
    };
    void this.#writing.then(timeIt).catch((error: unknown) => {
      console.warn('A finished task could not be timed:', error);
    });
  }

  #update(view: View, snapshots: readonly Snapshot[]): void {
    view.snapshots = snapshots;
    for (const listener of view.listeners) listener();
  }
}

let shared: TaskHistoryStore | undefined;

/** The app's one history store. */
export function taskHistoryStore(): TaskHistoryStore {
  shared ??= new TaskHistoryStore(
    typeof indexedDB === 'undefined' ? memoryBackend() : indexedDbBackend(indexedDB),
    taskDurationStore(),
  );
  return shared;
}
