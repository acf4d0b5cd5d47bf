// An origin private file system in memory, as Chromium's behaves for what the kept videos use:
// folders, files written through a writable that commits on close (an aborted one leaves the
// file as it was), and a quota: a write past it fails with a QuotaExceededError DOMException.
import type { OpfsDirectory, OpfsFile } from '../../../src/stores/kept-videos';

interface Disk {
  /** Bytes the files may take in all; Infinity when unlimited. */
  quota: number;
  used: () => number;
}

export class FakeFile implements OpfsFile {
  readonly kind = 'file';
  content: Blob = new Blob([]);
  lastModified: number;
  readonly #disk: Disk;
  readonly #name: string;
  /** False to stand for Safari before 18, which cannot write files from the page. */
  writable = true;

  constructor(name: string, disk: Disk, now: number) {
    this.#name = name;
    this.#disk = disk;
    this.lastModified = now;
  }

  getFile = async (): Promise<File> =>
    new File([this.content], this.#name, { lastModified: this.lastModified });

  get createWritable() {
    if (!this.writable) return undefined;
    return async () => {
      const parts: Blob[] = [];
      let written = 0;
      return {
        write: async (data: Blob) => {
          if (this.#disk.used() + written + data.size > this.#disk.quota) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          parts.push(data);
          written += data.size;
        },
        close: async () => {
          this.content = new Blob(parts);
          this.lastModified = Date.now();
        },
        abort: async () => {
          parts.length = 0;
        },
      };
    };
  }
}

export class FakeDirectory implements OpfsDirectory {
  readonly kind = 'directory';
  readonly children = new Map<string, FakeDirectory | FakeFile>();
  readonly #disk: Disk;

  constructor(disk?: Disk) {
    this.#disk = disk ?? { quota: Infinity, used: () => this.size() };
  }

  /** The bytes of every file in this folder and below. */
  size(): number {
    let total = 0;
    for (const child of this.children.values()) {
      total += child instanceof FakeFile ? child.content.size : child.size();
    }
    return total;
  }

  setQuota(bytes: number): void {
    this.#disk.quota = bytes;
  }

  getDirectoryHandle = async (name: string, options?: { create: true }) => {
    const child = this.children.get(name);
    if (child instanceof FakeDirectory) return child;
    if (child || !options?.create) throw new DOMException(`No folder ${name}.`, 'NotFoundError');
    const created = new FakeDirectory(this.#disk);
    this.children.set(name, created);
    return created;
  };

  getFileHandle = async (name: string, options?: { create: true }) => {
    const child = this.children.get(name);
    if (child instanceof FakeFile) return child;
    if (child || !options?.create) throw new DOMException(`No file ${name}.`, 'NotFoundError');
    const created = new FakeFile(name, this.#disk, Date.now());
    this.children.set(name, created);
    return created;
  };

  removeEntry = async (name: string) => {
    if (!this.children.delete(name)) {
      throw new DOMException(`No entry ${name}.`, 'NotFoundError');
    }
  };

  entries = () => {
    const children = [...this.children];
    return (async function* () {
      yield* children;
    })();
  };

  /** The folder the kept videos go in, once made. */
  keptFolder(): FakeDirectory | undefined {
    const folder = this.children.get('kept-videos');
    return folder instanceof FakeDirectory ? folder : undefined;
  }
}
