// The browser's Web Locks (navigator.locks), as far as the tab election uses them, for jsdom
// and Node, which have none. One manager stands for the origin: every tab of a test shares it,
// as every tab of a site shares the browser's. What the election relies on is kept: a lock is
// held by one request at a time, granted in the order asked, in a later task than the request;
// it is held until the promise the callback returned settles; a request whose signal aborts
// while it waits leaves the line and rejects with the signal's reason.

interface Waiter {
  callback: LockGrantedCallback<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export class FakeLockManager {
  readonly #held = new Set<string>();
  readonly #lines = new Map<string, Waiter[]>();

  request(name: string, callback: LockGrantedCallback<unknown>): Promise<unknown>;
  request(
    name: string,
    options: LockOptions,
    callback: LockGrantedCallback<unknown>,
  ): Promise<unknown>;
  request(
    name: string,
    optionsOrCallback: LockOptions | LockGrantedCallback<unknown>,
    maybeCallback?: LockGrantedCallback<unknown>,
  ): Promise<unknown> {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
    if (!callback) throw new TypeError('A lock request needs a callback.');
    if (options.mode === 'shared' || options.ifAvailable || options.steal) {
      throw new Error('This fake grants exclusive locks only, waiting in line.');
    }
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        callback,
        resolve,
        reject,
        signal,
        onAbort: () => {
          const line = this.#lines.get(name) ?? [];
          const index = line.indexOf(waiter);
          if (index < 0) return; // granted already: aborting no longer matters
          line.splice(index, 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.#lines.set(name, [...(this.#lines.get(name) ?? []), waiter]);
      this.#grantNext(name);
    });
  }

  /** Whether a request holds the lock now (for tests). */
  isHeld(name: string): boolean {
    return this.#held.has(name);
  }

  /** How many requests wait in line for the lock (for tests). */
  waiting(name: string): number {
    return this.#lines.get(name)?.length ?? 0;
  }

  #grantNext(name: string): void {
    if (this.#held.has(name)) return;
    const waiter = this.#lines.get(name)?.shift();
    if (!waiter) return;
    this.#held.add(name);
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    const release = () => {
      this.#held.delete(name);
      this.#grantNext(name);
    };
    // The browser runs the callback in a task of its own, after the request returned.
    setTimeout(() => {
      let returned: unknown;
      try {
        returned = waiter.callback({ name, mode: 'exclusive' });
      } catch (error) {
        release();
        waiter.reject(error);
        return;
      }
      Promise.resolve(returned).then(
        (value) => {
          release();
          waiter.resolve(value);
        },
        (error: unknown) => {
          release();
          waiter.reject(error);
        },
      );
    }, 0);
  }
}
