// How long each model's finished tasks took, the last 50 per model, kept in IndexedDB so a
// reload keeps them. They are what the time left of a task without progress rests on.
//
// A database of its own, not a second object store in the history's: adding a store means
// upgrading that database's version, which a tab still open on the older build would block
// until it closed, leaving the history unreadable meanwhile. The records are tiny and read all
// at once. Like the history, it loads on demand and only the polling tab writes.
import { mergeDurations, parseDurations, type FinishedDuration } from '../domain/typical-duration';
import { objectStoreDb } from '../lib/indexed-db';

export interface DurationBackend {
  readAll: () => Promise<Map<string, FinishedDuration[]>>;
  /** Adds durations to each model's record, merged and bounded, in one transaction. */
  add: (additions: ReadonlyMap<string, FinishedDuration[]>) => Promise<void>;
}

const DB_NAME = 'sora-dashboard-durations';
const STORE_NAME = 'model-durations';

interface StoredDurations {
  model: string;
  durations: FinishedDuration[];
}

/** A stored record, checked: anything else in the store is skipped. */
function readRecord(value: unknown): StoredDurations | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const model = 'model' in value ? value.model : undefined;
  const durations = 'durations' in value ? value.durations : undefined;
  return typeof model === 'string' && model !== ''
    ? { model, durations: parseDurations(durations) }
    : undefined;
}

export function indexedDbDurations(factory: IDBFactory): DurationBackend {
  const db = objectStoreDb(factory, DB_NAME, STORE_NAME, 'model');
  return {
    readAll: async () => {
      const stored = await db.read<unknown[]>((store) => store.getAll());
      const byModel = new Map<string, FinishedDuration[]>();
      for (const value of stored) {
        const record = readRecord(value);
        if (record) byModel.set(record.model, record.durations);
      }
      return byModel;
    },
    add: (additions) =>
      db.write((store) => {
        for (const [model, added] of additions) {
          const request = store.get(model);
          request.onsuccess = () => {
            const kept = readRecord(request.result)?.durations ?? [];
            store.put({ model, durations: mergeDurations(kept, added) } satisfies StoredDurations);
          };
        }
      }),
  };
}

export function memoryDurations(): DurationBackend {
  const byModel = new Map<string, FinishedDuration[]>();
  return {
    readAll: () => Promise.resolve(new Map(byModel)),
    add: (additions) => {
      for (const [model, added] of additions) {
        byModel.set(model, mergeDurations(byModel.get(model) ?? [], added));
      }
      return Promise.resolve();
    },
  };
}

export class TaskDurationStore {
  readonly #backend: DurationBackend;
  #byModel = new Map<string, readonly FinishedDuration[]>();
  #loading: Promise<void> | undefined;
  #loaded = false;
  #listeners = new Set<() => void>();
  #unwritten = new Map<string, FinishedDuration[]>();
  #writing: Promise<void> = Promise.resolve();

  constructor(backend: DurationBackend) {
    this.#backend = backend;
  }

  /** Reads what is stored, once; what was noted meanwhile is kept on top. */
  load(): Promise<void> {
    this.#loading ??= this.#backend
      .readAll()
      .catch((error: unknown) => {
        console.warn('Task durations could not be read:', error);
        return new Map<string, FinishedDuration[]>();
      })
      .then((stored) => {
        for (const [model, durations] of this.#byModel) {
          stored.set(model, mergeDurations(stored.get(model) ?? [], durations));
        }
        this.#byModel = stored;
        this.#loaded = true;
        this.#notify();
      });
    return this.#loading;
  }

  /** Starts loading on the first subscriber; `listener` runs whenever any model's record changes. */
  subscribe(listener: () => void): () => void {
    void this.load();
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A model's durations, oldest first; undefined until what is stored has been read. */
  getDurations(model: string): readonly FinishedDuration[] | undefined {
    if (!this.#loaded) return undefined;
    return this.#byModel.get(model) ?? NONE;
  }

  /** Whether this task is counted already (after `load`). */
  has(model: string, id: string): boolean {
    return this.#byModel.get(model)?.some((entry) => entry.id === id) ?? false;
  }

  /**
   * Counts a finished task. `persist` is false in tabs that only hear the polling tab's
   * answers: they show it, the polling tab writes it.
   */
  note(model: string, duration: FinishedDuration, persist: boolean): Promise<void> {
    this.#byModel.set(model, mergeDurations(this.#byModel.get(model) ?? [], [duration]));
    this.#notify();
    if (!persist) return this.#writing;
    this.#unwritten.set(model, [...(this.#unwritten.get(model) ?? []), duration]);
    // One write at a time; whatever was noted while one ran goes together in the next.
    this.#writing = this.#writing.then(() => this.#write());
    return this.#writing;
  }

  /** Resolves once everything noted so far is written. */
  settled(): Promise<void> {
    return this.#writing;
  }

  async #write(): Promise<void> {
    if (this.#unwritten.size === 0) return;
    const batch = this.#unwritten;
    this.#unwritten = new Map();
    try {
      await this.#backend.add(batch);
    } catch (error) {
      // Durations are a convenience: a full or blocked disk must not break polling.
      console.warn('Task durations could not be saved:', error);
    }
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

const NONE: readonly FinishedDuration[] = Object.freeze([]);

let shared: TaskDurationStore | undefined;

/** The app's one duration store. */
export function taskDurationStore(): TaskDurationStore {
  shared ??= new TaskDurationStore(
    typeof indexedDB === 'undefined' ? memoryDurations() : indexedDbDurations(indexedDB),
  );
  return shared;
}
