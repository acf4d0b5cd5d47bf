// Videos kept in this browser, so that they still play once the provider's signed links have
// expired. The bytes go to the origin private file system (OPFS) where the browser has one that
// can write files, else into IndexedDB as a Blob; what is kept (which task of which provider,
// the file's name, size, type and when) is a small record in IndexedDB. A kept video is keyed
// as the task's query is (API origin, base URL as typed, task id): the same id at another
// provider is another video.
//
// A full disk costs nothing already kept: each file is written under a new name and recorded
// only once it is whole; a write that fails takes its partial file with it, and the app's other
// storage is never touched. Loaded only by the pages that keep or list videos (the detail page,
// the bulk panel, Settings), never by the first screen.
import { objectStoreDb, type ObjectStoreDb } from '../lib/indexed-db';
import { isObject } from '../lib/json-reader';
import { t } from '../lib/i18n';
import { formatBytes } from '../lib/limited-body';
import { deviceStorage } from './web-storage';

/** Which task of which provider: the parts of the task's query key. */
export interface KeptVideoKey {
  /** The API origin requests go to (the provider's, or this server's proxy). */
  origin: string;
  /** The base URL as typed in Settings. */
  baseUrl: string;
  id: string;
}

type ShelfName = 'opfs' | 'indexeddb';

export interface KeptVideo extends KeptVideoKey {
  /** `keptVideoId(this)`: the record's key. */
  key: string;
  /** The name the file is saved under when downloaded. */
  fileName: string;
  size: number;
  /** The content type the provider served it with. */
  type: string;
  /** Epoch ms. */
  keptAt: number;
  /** Where the bytes are. */
  shelf: ShelfName;
  /** The file's name there: new for every write, so a failed write never touches an older one. */
  entry: string;
}

export function keptVideoId({ origin, baseUrl, id }: KeptVideoKey): string {
  return JSON.stringify([origin, baseUrl, id]);
}

export interface KeptSnapshot {
  /** `unavailable`: this browser lets the page keep nothing (no IndexedDB, a private window). */
  status: 'loading' | 'ready' | 'unavailable';
  /** Oldest first. */
  videos: readonly KeptVideo[];
}

/** Whether the browser promised to keep the files until they are removed (`persist()`). */
export type Persistence =
  | 'granted'
  /** Asked when the first video was kept; the browser may still clear them when short of space. */
  | 'not-granted'
  /** Nothing kept yet, so nothing asked. */
  | 'not-asked'
  /** The browser has no such promise to ask for. */
  | 'unknown';

export class KeepError extends Error {
  override readonly name = 'KeepError';
  readonly reason: 'quota' | 'unavailable' | 'failed';

  constructor(reason: KeepError['reason'], message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Where the bytes of kept videos go. */
interface Shelf {
  readonly name: ShelfName;
  /** Writes the whole blob under `entry`, or throws and leaves nothing under that name. */
  write: (entry: string, blob: Blob) => Promise<void>;
  read: (entry: string) => Promise<Blob | undefined>;
  remove: (entries: readonly string[]) => Promise<void>;
  /** The entries stored more than `before` (epoch ms) ago, to find files nothing records. */
  entriesBefore: (before: number) => Promise<string[]>;
}

class NoWritableFilesError extends Error {
  override readonly name = 'NoWritableFilesError';
}

/** What is used of the origin private file system (`FileSystemDirectoryHandle` and its kin). */
export interface OpfsDirectory {
  getDirectoryHandle: (name: string, options: { create: true }) => Promise<OpfsDirectory>;
  getFileHandle: (name: string, options?: { create: true }) => Promise<OpfsFile>;
  removeEntry: (name: string) => Promise<void>;
  entries: () => AsyncIterable<[string, { kind: string }]>;
}

export interface OpfsFile {
  getFile: () => Promise<File>;
  /** Missing in Safari before 18, which can write files only from a worker. */
  createWritable?: () => Promise<OpfsWritable>;
}

interface OpfsWritable {
  write: (data: Blob) => Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
}

const OPFS_FOLDER = 'kept-videos';

/** The origin private file system, in a folder of its own. */
function opfsShelf(root: () => Promise<OpfsDirectory>): Shelf {
  let opening: Promise<OpfsDirectory> | undefined;
  const folder = () =>
    (opening ??= root().then((handle) => handle.getDirectoryHandle(OPFS_FOLDER, { create: true })));
  return {
    name: 'opfs',
    write: async (entry, blob) => {
      const dir = await folder();
      const handle = await dir.getFileHandle(entry, { create: true });
      // Safari before 18 has OPFS but no way to write a file from the page itself.
      if (!handle.createWritable) {
        await dir.removeEntry(entry).catch(() => undefined);
        throw new NoWritableFilesError();
      }
      let writable: OpfsWritable | undefined;
      try {
        writable = await handle.createWritable();
        await writable.write(blob);
        await writable.close();
      } catch (error) {
        await writable?.abort().catch(() => undefined);
        await dir.removeEntry(entry).catch(() => undefined);
        throw error;
      }
    },
    read: async (entry) => {
      try {
        return await (await (await folder()).getFileHandle(entry)).getFile();
      } catch {
        return undefined;
      }
    },
    remove: async (entries) => {
      const dir = await folder();
      await Promise.all(entries.map((entry) => dir.removeEntry(entry).catch(() => undefined)));
    },
    entriesBefore: async (before) => {
      const dir = await folder();
      const old: string[] = [];
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind !== 'file') continue;
        const file = await (await dir.getFileHandle(name)).getFile();
        if (file.lastModified < before) old.push(name);
      }
      return old;
    },
  };
}

interface StoredFile {
  entry: string;
  blob: Blob;
  at: number;
}

/** IndexedDB, for browsers without a writable OPFS: one Blob per record. */
function indexedDbShelf(db: ObjectStoreDb, now: () => number): Shelf {
  return {
    name: 'indexeddb',
    // One transaction: a refused write (a full disk) aborts it, and nothing is stored.
    write: (entry, blob) =>
      db.write((store) => {
        store.put({ entry, blob, at: now() } satisfies StoredFile);
      }),
    read: async (entry) => {
      const stored: unknown = await db.read((store) => store.get(entry));
      return isObject(stored) && stored['blob'] instanceof Blob ? stored['blob'] : undefined;
    },
    remove: (entries) =>
      db.write((store) => {
        for (const entry of entries) store.delete(entry);
      }),
    entriesBefore: async (before) => {
      const stored: unknown = await db.read((store) => store.getAll());
      return (Array.isArray(stored) ? stored : []).flatMap((file: unknown) =>
        isObject(file) &&
        typeof file['entry'] === 'string' &&
        typeof file['at'] === 'number' &&
        file['at'] < before
          ? [file['entry']]
          : [],
      );
    },
  };
}

/** A stored record, checked: one written by another version or damaged is left out. */
function isKeptVideo(value: unknown): value is KeptVideo {
  if (!isObject(value)) return false;
  const text = (name: string) => typeof value[name] === 'string';
  const count = (name: string) => {
    const field = value[name];
    return typeof field === 'number' && Number.isFinite(field) && field >= 0;
  };
  return (
    ['key', 'origin', 'baseUrl', 'id', 'fileName', 'type', 'entry'].every(text) &&
    count('size') &&
    count('keptAt') &&
    (value['shelf'] === 'opfs' || value['shelf'] === 'indexeddb')
  );
}

function isQuotaError(error: unknown): boolean {
  return isObject(error) && error['name'] === 'QuotaExceededError';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function noRoom(size: number): KeepError {
  return new KeepError(
    'quota',
    t(
      'There is not enough room in this browser’s storage for this video ({size}). Nothing else was removed. Remove kept videos in Settings, or free space on the disk, then try again.',
      { size: formatBytes(size) },
    ),
  );
}

function unavailable(): KeepError {
  return new KeepError(
    'unavailable',
    t(
      'This browser does not let this page keep files (a private window, or site data turned off).',
    ),
  );
}

/** A file nothing records, younger than this, may be another tab's keep in progress. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
/** Set once `persist()` was asked, so it is asked once, when the first video is kept. */
const PERSIST_ASKED = 'sora-dashboard:kept-videos-persist-asked';

interface TabChannel {
  postMessage(message: string): void;
  addEventListener(type: 'message', listener: () => void): void;
}

export interface KeptVideosDeps {
  indexedDB: IDBFactory | undefined;
  /** The origin private file system's root, where the browser has one. */
  opfsRoot: (() => Promise<OpfsDirectory>) | undefined;
  /** `navigator.storage`: how much room there is, and the promise to keep the files. */
  storage: Partial<Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>> | undefined;
  /** Tells this page's other tabs what changed, and hears theirs (a BroadcastChannel). */
  channel?: TabChannel;
  now?: () => number;
}

export class KeptVideos {
  readonly #records: ObjectStoreDb | undefined;
  readonly #opfs: Shelf | undefined;
  readonly #indexedDb: Shelf | undefined;
  readonly #storage: KeptVideosDeps['storage'];
  readonly #channel: KeptVideosDeps['channel'];
  readonly #now: () => number;
  /** False once OPFS turned out unable to write files here: IndexedDB takes them. */
  #opfsWorks = true;
  #snapshot: KeptSnapshot = { status: 'loading', videos: [] };
  #loading: Promise<void> | undefined;
  /** One change at a time, in the order asked. */
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<() => void>();

  constructor({ indexedDB, opfsRoot, storage, channel, now = Date.now }: KeptVideosDeps) {
    this.#now = now;
    this.#storage = storage;
    this.#channel = channel;
    if (indexedDB) {
      this.#records = objectStoreDb(indexedDB, 'sora-dashboard-kept-videos', 'videos', 'key');
      this.#indexedDb = indexedDbShelf(
        objectStoreDb(indexedDB, 'sora-dashboard-kept-video-files', 'files', 'entry'),
        now,
      );
      if (opfsRoot) this.#opfs = opfsShelf(opfsRoot);
    } else {
      this.#snapshot = { status: 'unavailable', videos: [] };
    }
    // Another tab kept or removed a video: read the records again.
    channel?.addEventListener('message', () => {
      this.#loading = undefined;
      void this.load();
    });
  }

  /** What is kept, read once and kept current; `subscribe` starts the reading. */
  getSnapshot = (): KeptSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    void this.load();
    return () => this.#listeners.delete(listener);
  };

  /** Reads the records (once; again after another tab changed them). */
  load(): Promise<void> {
    this.#loading ??= this.#serial(() => this.#read());
    return this.#loading;
  }

  /** The records as they are stored; only ever run in turn (`#serial`). */
  async #read(): Promise<void> {
    const records = this.#records;
    if (!records) return;
    try {
      const stored: unknown = await records.read((store) => store.getAll());
      const videos = (Array.isArray(stored) ? stored : [])
        .filter(isKeptVideo)
        .sort((a, b) => a.keptAt - b.keptAt);
      this.#set({ status: 'ready', videos });
      await this.#sweep(videos);
    } catch (error) {
      // A private window may refuse IndexedDB outright.
      console.warn('Kept videos could not be read:', error);
      if (this.#snapshot.status === 'loading') this.#set({ status: 'unavailable', videos: [] });
    }
  }

  /** In turn already: the records as read, reading them first if nothing has yet. */
  #loaded(): Promise<void> {
    this.#loading ??= this.#read();
    return this.#loading;
  }

  find(key: KeptVideoKey): KeptVideo | undefined {
    const id = keptVideoId(key);
    return this.#snapshot.videos.find((video) => video.key === id);
  }

  /**
   * Stores `blob` as the video of `key`, replacing what was kept for it. Throws a KeepError
   * that says in words what went wrong (a full disk, storage refused); nothing else is lost.
   */
  keep(key: KeptVideoKey, blob: Blob, fileName: string): Promise<KeptVideo> {
    return this.#serial(async () => {
      await this.#loaded();
      const records = this.#records;
      if (!records || this.#snapshot.status !== 'ready') throw unavailable();
      await this.#checkRoom(blob.size);
      const entry = `${this.#now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const shelf = await this.#write(entry, blob);
      const video: KeptVideo = {
        key: keptVideoId(key),
        origin: key.origin,
        baseUrl: key.baseUrl,
        id: key.id,
        fileName,
        size: blob.size,
        type: blob.type || 'video/mp4',
        keptAt: this.#now(),
        shelf: shelf.name,
        entry,
      };
      try {
        await records.write((store) => {
          store.put(video);
        });
      } catch (error) {
        await shelf.remove([entry]).catch(() => undefined);
        throw this.#refusal(error, blob.size);
      }
      const before = this.#snapshot.videos;
      const replaced = before.find((kept) => kept.key === video.key);
      // The older file goes; one left behind is swept on a later load.
      if (replaced) {
        await this.#shelf(replaced.shelf)
          ?.remove([replaced.entry])
          .catch(() => undefined);
      }
      this.#set({
        status: 'ready',
        videos: [...before.filter((kept) => kept.key !== video.key), video],
      });
      this.#channel?.postMessage('changed');
      // Not waited for: a browser may ask the person, and the video is kept either way.
      if (before.length === 0) void this.#askToPersistOnce();
      return video;
    });
  }

  /** The kept file, typed as it was served; undefined when the browser has let it go. */
  async file(video: KeptVideo): Promise<Blob | undefined> {
    const blob = await this.#shelf(video.shelf)
      ?.read(video.entry)
      .catch(() => undefined);
    // A file read back from OPFS has no type: the player and a download need the served one.
    return blob?.slice(0, blob.size, video.type);
  }

  /** Removes the videos of `keys` (from `keptVideoId`); unknown keys are ignored. */
  remove(keys: readonly string[]): Promise<void> {
    return this.#serial(async () => {
      await this.#loaded();
      const records = this.#records;
      const gone = new Set(keys);
      const removed = this.#snapshot.videos.filter((video) => gone.has(video.key));
      if (!records || removed.length === 0) return;
      await records.write((store) => {
        for (const video of removed) store.delete(video.key);
      });
      this.#set({
        status: 'ready',
        videos: this.#snapshot.videos.filter((video) => !gone.has(video.key)),
      });
      // A file left behind is swept on a later load: nothing records it any more.
      for (const shelf of [this.#opfs, this.#indexedDb]) {
        const entries = removed.filter((video) => video.shelf === shelf?.name);
        if (shelf && entries.length) {
          await shelf.remove(entries.map((video) => video.entry)).catch(() => undefined);
        }
      }
      this.#channel?.postMessage('changed');
    });
  }

  /** What the whole site stores, and how much the browser allows it, in bytes. */
  async estimate(): Promise<{ usage: number; quota: number } | undefined> {
    try {
      const estimate = await this.#storage?.estimate?.();
      const { usage, quota } = estimate ?? {};
      return usage !== undefined && quota !== undefined ? { usage, quota } : undefined;
    } catch {
      return undefined;
    }
  }

  async persistence(): Promise<Persistence> {
    const persisted = this.#storage?.persisted;
    if (!persisted) return 'unknown';
    try {
      if (await persisted.call(this.#storage)) return 'granted';
    } catch {
      return 'unknown';
    }
    return deviceStorage.read(PERSIST_ASKED) === null ? 'not-asked' : 'not-granted';
  }

  /** Asked once, with the first video: a browser may then keep the files until removed. */
  async #askToPersistOnce(): Promise<void> {
    const persist = this.#storage?.persist;
    if (!persist || deviceStorage.read(PERSIST_ASKED) !== null) return;
    deviceStorage.write(PERSIST_ASKED, String(this.#now()));
    await persist.call(this.#storage).catch(() => false);
  }

  /** Refuses before writing when the browser's own estimate leaves no room. */
  async #checkRoom(size: number): Promise<void> {
    const estimate = await this.estimate();
    if (estimate && estimate.quota - estimate.usage < size) throw noRoom(size);
  }

  /** Writes to OPFS where it works, else to IndexedDB; returns the shelf that took it. */
  async #write(entry: string, blob: Blob): Promise<Shelf> {
    const opfs = this.#opfsWorks ? this.#opfs : undefined;
    if (opfs) {
      try {
        await opfs.write(entry, blob);
        return opfs;
      } catch (error) {
        if (isQuotaError(error)) throw noRoom(blob.size);
        // No OPFS here after all (a private window, an old Safari): IndexedDB from now on.
        console.warn('Kept videos go to IndexedDB: OPFS refused a file.', error);
        this.#opfsWorks = false;
      }
    }
    const indexedDb = this.#indexedDb;
    if (!indexedDb) throw unavailable();
    try {
      await indexedDb.write(entry, blob);
      return indexedDb;
    } catch (error) {
      throw this.#refusal(error, blob.size);
    }
  }

  #refusal(error: unknown, size: number): KeepError {
    if (isQuotaError(error)) return noRoom(size);
    return new KeepError(
      'failed',
      t('The browser could not store the file: {reason}', { reason: reasonOf(error) }),
    );
  }

  #shelf(name: ShelfName): Shelf | undefined {
    return name === 'opfs' ? this.#opfs : this.#indexedDb;
  }

  /** Removes files no record names (left by a keep that broke off), once they are old. */
  async #sweep(videos: readonly KeptVideo[]): Promise<void> {
    const recorded = new Set(videos.map((video) => video.entry));
    const before = this.#now() - ORPHAN_AGE_MS;
    for (const shelf of [this.#opfs, this.#indexedDb]) {
      if (!shelf) continue;
      try {
        const orphans = (await shelf.entriesBefore(before)).filter((entry) => !recorded.has(entry));
        if (orphans.length) await shelf.remove(orphans);
      } catch {
        // Tidying up is not worth an error: the next load tries again.
      }
    }
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #set(snapshot: KeptSnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener();
  }
}

let shared: KeptVideos | undefined;

/** The page's one store of kept videos. */
export function keptVideos(): KeptVideos {
  shared ??= new KeptVideos({
    indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
    opfsRoot:
      typeof navigator.storage?.getDirectory === 'function'
        ? () => navigator.storage.getDirectory()
        : undefined,
    storage: navigator.storage,
    channel:
      typeof BroadcastChannel === 'undefined'
        ? undefined
        : new BroadcastChannel('sora-dashboard:kept-videos'),
  });
  return shared;
}
