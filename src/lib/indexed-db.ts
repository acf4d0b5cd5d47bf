// The few IndexedDB steps every store here takes, as promises: open a database of one object
// store, wait for a request, run a read-write transaction to its end.

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export interface ObjectStoreDb {
  /** Reads in a transaction of its own. */
  read: <T>(ask: (store: IDBObjectStore) => IDBRequest<T>) => Promise<T>;
  /** Changes in one read-write transaction; resolves when it is committed. */
  write: (change: (store: IDBObjectStore) => void) => Promise<void>;
}

/** A database holding one object store, opened on first use (version 1). */
export function objectStoreDb(
  factory: IDBFactory,
  dbName: string,
  storeName: string,
  keyPath: string | string[],
): ObjectStoreDb {
  let opening: Promise<IDBDatabase> | undefined;
  const open = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(dbName, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(storeName, { keyPath });
      };
      request.onsuccess = () => {
        // A later build that upgrades this database must not be blocked by this tab.
        request.result.onversionchange = () => request.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
    });
    return opening;
  };
  return {
    read: async (ask) =>
      requestDone(ask((await open()).transaction(storeName).objectStore(storeName))),
    write: async (change) => {
      const transaction = (await open()).transaction(storeName, 'readwrite');
      const done = new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onabort = transaction.onerror = () =>
          reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
      change(transaction.objectStore(storeName));
      await done;
    },
  };
}
