// The store of videos kept in this browser: files in OPFS (a fake one, as Chromium's behaves) or
// IndexedDB (fake-indexeddb), records in IndexedDB, keyed as the task's query is; a full disk is
// said in words and loses nothing else.
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { objectStoreDb } from '../../../src/lib/indexed-db';
import {
  KeepError,
  KeptVideos,
  keptVideoId,
  type KeptVideosDeps,
} from '../../../src/stores/kept-videos';
import { FakeDirectory } from './fake-opfs';

// fake-indexeddb copies values with structuredClone, which knows Node's Blob and not jsdom's;
// a browser stores its own Blobs alike.
beforeAll(() => {
  vi.stubGlobal('Blob', NodeBlob);
  vi.stubGlobal('File', NodeFile);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const A = { origin: 'https://api.one.example', baseUrl: 'https://api.one.example/v1', id: 'job-1' };
/** The same task id at another provider: another video. */
const A_ELSEWHERE = { ...A, origin: 'https://api.two.example', baseUrl: 'https://api.two.example' };
const B = { ...A, id: 'job-2' };

function video(text: string): Blob {
  return new Blob([text], { type: 'video/mp4' });
}

async function textOf(blob: Blob | undefined): Promise<string | undefined> {
  return blob === undefined ? undefined : new TextDecoder().decode(await blob.arrayBuffer());
}

function fakeStorage({ persisted = false, usage = 0, quota = 1_000_000 } = {}) {
  return {
    persist: vi.fn(async () => persisted),
    persisted: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage, quota })),
  };
}

/** A browser profile: one IndexedDB, one OPFS, one navigator.storage, across page loads. */
function browser(overrides: Partial<KeptVideosDeps> = {}) {
  const indexedDB = new IDBFactory();
  const opfs = new FakeDirectory();
  const storage = fakeStorage();
  const deps: KeptVideosDeps = {
    indexedDB,
    opfsRoot: async () => opfs,
    storage,
    ...overrides,
  };
  return { indexedDB, opfs, storage, page: () => new KeptVideos(deps) };
}

describe('kept videos', () => {
  it('keeps a file in OPFS with its record, and a later page finds both', async () => {
    const { opfs, page } = browser();
    const store = page();
    const kept = await store.keep(A, video('mp4 bytes'), 'job-1-a-fox.mp4');
    expect(kept).toMatchObject({
      ...A,
      key: keptVideoId(A),
      fileName: 'job-1-a-fox.mp4',
      size: 9,
      type: 'video/mp4',
      shelf: 'opfs',
    });
    expect(kept.keptAt).toBeGreaterThan(0);
    expect([...(opfs.keptFolder()?.children.keys() ?? [])]).toEqual([kept.entry]);

    const later = page();
    await later.load();
    expect(later.getSnapshot()).toEqual({ status: 'ready', videos: [kept] });
    const file = await later.file(kept);
    expect(file?.type).toBe('video/mp4');
    expect(await textOf(file)).toBe('mp4 bytes');
  });

  it('keys a video by API origin, base URL and id: another provider’s task never collides', async () => {
    const store = browser().page();
    await store.keep(A, video('one'), 'a.mp4');
    await store.keep(A_ELSEWHERE, video('two'), 'a.mp4');
    await store.keep(B, video('three'), 'b.mp4');
    expect(store.getSnapshot().videos.map((kept) => kept.key)).toEqual(
      [A, A_ELSEWHERE, B].map(keptVideoId),
    );
    const [a, elsewhere] = [store.find(A), store.find(A_ELSEWHERE)];
    expect(await textOf(a && (await store.file(a)))).toBe('one');
    expect(await textOf(elsewhere && (await store.file(elsewhere)))).toBe('two');
    expect(store.find({ ...A, baseUrl: 'https://api.one.example' })).toBeUndefined();

    await store.remove([keptVideoId(A)]);
    expect(store.find(A)).toBeUndefined();
    expect(store.find(A_ELSEWHERE)).toBeDefined();
  });

  it('replaces the file kept for a task, and removes the old one', async () => {
    const { opfs, page } = browser();
    const store = page();
    const first = await store.keep(A, video('old'), 'a.mp4');
    const second = await store.keep(A, video('newer'), 'a.mp4');
    expect(store.getSnapshot().videos).toEqual([second]);
    expect([...(opfs.keptFolder()?.children.keys() ?? [])]).toEqual([second.entry]);
    expect(await store.file(first)).toBeUndefined();
  });

  it('reports a full disk in words, removes the partial file, and loses nothing else', async () => {
    const { opfs, indexedDB, page } = browser();
    const store = page();
    const first = await store.keep(A, video('12345'), 'a.mp4');
    // The app's other storage, which a full disk must not cost anything.
    localStorage.setItem('reelwatch-other', 'kept');
    const other = objectStoreDb(indexedDB, 'reelwatch-other', 'things', 'id');
    await other.write((things) => {
      things.put({ id: 'x', value: 1 });
    });
    opfs.setQuota(8);

    const refused = await store
      .keep(B, video('123456789'), 'b.mp4')
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(KeepError);
    expect(refused).toMatchObject({ reason: 'quota' });
    expect(String(refused)).toMatch(
      /not enough room in this browser’s storage for this video \(1 kB\)\. Nothing else was removed\./,
    );
    expect([...(opfs.keptFolder()?.children.keys() ?? [])]).toEqual([first.entry]);
    expect(store.getSnapshot().videos).toEqual([first]);
    expect(await textOf(await store.file(first))).toBe('12345');
    expect(localStorage.getItem('reelwatch-other')).toBe('kept');
    expect(await other.read((things) => things.get('x'))).toEqual({ id: 'x', value: 1 });

    const later = page();
    await later.load();
    expect(later.getSnapshot().videos).toEqual([first]);
  });

  it('refuses before writing when the browser’s estimate leaves no room', async () => {
    const { opfs, page } = browser({ storage: fakeStorage({ usage: 95, quota: 100 }) });
    const refused = await page()
      .keep(A, video('0123456789'), 'a.mp4')
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ reason: 'quota' });
    expect(opfs.keptFolder()?.children.size ?? 0).toBe(0);
  });

  it('keeps files in IndexedDB where there is no OPFS, or no writable file in it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const deps of [
      { opfsRoot: undefined },
      {
        opfsRoot: async () => {
          throw new DOMException('Not in a private window.', 'SecurityError');
        },
      },
    ]) {
      const { page } = browser(deps);
      const kept = await page().keep(A, video('in idb'), 'a.mp4');
      expect(kept.shelf).toBe('indexeddb');
      const later = page();
      await later.load();
      expect(await textOf(await later.file(kept))).toBe('in idb');
    }

    // OPFS without createWritable (Safari before 18): nothing is left in it.
    const opfs = new FakeDirectory();
    const { page } = browser({ opfsRoot: async () => opfs });
    const originalGet = opfs.getFileHandle;
    opfs.getDirectoryHandle = async () => {
      const folder = new FakeDirectory();
      folder.getFileHandle = async (name, options) => {
        const handle = await originalGet.call(folder, name, options);
        handle.writable = false;
        return handle;
      };
      opfs.children.set('kept-videos', folder);
      return folder;
    };
    const kept = await page().keep(A, video('safari'), 'a.mp4');
    expect(kept.shelf).toBe('indexeddb');
    expect(opfs.keptFolder()?.children.size).toBe(0);
  });

  it('reports a full disk in IndexedDB as well, and keeps what was kept', async () => {
    const { page } = browser({ opfsRoot: undefined });
    const store = page();
    const first = await store.keep(A, video('first'), 'a.mp4');
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'files') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    await expect(store.keep(B, video('second'), 'b.mp4')).rejects.toMatchObject({
      reason: 'quota',
    });
    vi.restoreAllMocks();
    const later = page();
    await later.load();
    expect(later.getSnapshot().videos).toEqual([first]);
    expect(await textOf(await later.file(first))).toBe('first');
  });

  it('asks the browser to persist once, when the first video is kept, and says what it said', async () => {
    localStorage.clear();
    const storage = fakeStorage({ persisted: false });
    const { page } = browser({ storage });
    const store = page();
    expect(await store.persistence()).toBe('not-asked');
    await store.keep(A, video('a'), 'a.mp4');
    await store.keep(B, video('b'), 'b.mp4');
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    expect(await store.persistence()).toBe('not-granted');

    await store.remove([keptVideoId(A), keptVideoId(B)]);
    await page().keep(A, video('a'), 'a.mp4');
    expect(storage.persist).toHaveBeenCalledTimes(1);

    storage.persisted.mockResolvedValue(true);
    expect(await store.persistence()).toBe('granted');
    expect(await browser({ storage: undefined }).page().persistence()).toBe('unknown');
  });

  it('says when nothing can be kept: no IndexedDB, or one that refuses to open', async () => {
    const none = new KeptVideos({ indexedDB: undefined, opfsRoot: undefined, storage: undefined });
    expect(none.getSnapshot().status).toBe('unavailable');
    await expect(none.keep(A, video('a'), 'a.mp4')).rejects.toMatchObject({
      reason: 'unavailable',
      message: expect.stringMatching(/does not let this page keep files/),
    });

    const refusing = new IDBFactory();
    vi.spyOn(refusing, 'open').mockImplementation(() => {
      throw new DOMException('A private window.', 'InvalidStateError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = browser({ indexedDB: refusing }).page();
    await store.load();
    expect(store.getSnapshot().status).toBe('unavailable');
  });

  it('removes files that no record names, once they are old enough not to be a keep under way', async () => {
    const { opfs, page } = browser();
    const store = page();
    const kept = await store.keep(A, video('kept'), 'a.mp4');
    const folder = opfs.keptFolder();
    const stray = await folder?.getFileHandle('stray-old', { create: true });
    const fresh = await folder?.getFileHandle('stray-fresh', { create: true });
    if (stray) stray.lastModified = Date.now() - 2 * 60 * 60 * 1000;
    expect(fresh).toBeDefined();

    await page().load();
    expect([...(folder?.children.keys() ?? [])].sort()).toEqual([kept.entry, 'stray-fresh']);
  });

  it('hears another tab’s change and reads the records again', async () => {
    // Two tabs of one browser, and the BroadcastChannel between them.
    const listeners: (() => void)[] = [];
    const channel = () => ({
      postMessage: () => listeners.forEach((listener) => listener()),
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    });
    const { indexedDB, opfs } = browser();
    const tab = () =>
      new KeptVideos({
        indexedDB,
        opfsRoot: async () => opfs,
        storage: undefined,
        channel: channel(),
      });
    const [one, two] = [tab(), tab()];
    await two.load();
    expect(two.getSnapshot().videos).toEqual([]);
    await one.keep(A, video('a'), 'a.mp4');
    await vi.waitFor(() => expect(two.find(A)).toBeDefined());
    await one.remove([keptVideoId(A)]);
    await vi.waitFor(() => expect(two.find(A)).toBeUndefined());
  });
});
