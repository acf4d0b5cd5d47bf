// Where the ZIP goes: streamed into a file the person picks, where the browser offers the File
// System Access API (Chromium-based browsers), else kept in memory as a Blob and saved at the end.
import { saveBlobAs } from '../../../lib/save-blob';

// Not in TypeScript's DOM library yet (a WICG draft that Chromium ships).
declare global {
  interface Window {
    showSaveFilePicker?: (options?: {
      suggestedName?: string;
      types?: { description?: string; accept: Record<string, string[]> }[];
    }) => Promise<FileSystemFileHandle>;
  }
  interface FileSystemHandle {
    /** Chromium: removes the file. */
    remove?: () => Promise<void>;
  }
}

export type ZipTarget =
  | { kind: 'file'; name: string; handle: FileSystemFileHandle; writable: WritableStream }
  | { kind: 'memory'; name: string };

/** Whether the ZIP is written straight to a file here, rather than kept in memory first. */
export const canStreamToFile = (): boolean => typeof window.showSaveFilePicker === 'function';

/**
 * Asks where to save, where the browser can stream to a file; else the ZIP is kept in memory.
 * Must be called straight from the click (the picker needs it). Undefined when the person
 * closed the picker: that is no error.
 */
export async function chooseZipTarget(
  suggestedName: string,
  description: string,
): Promise<ZipTarget | undefined> {
  if (!window.showSaveFilePicker) return { kind: 'memory', name: suggestedName };
  let handle: FileSystemFileHandle;
  try {
    handle = await window.showSaveFilePicker({
      suggestedName,
      types: [{ description, accept: { 'application/zip': ['.zip'] } }],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
  return { kind: 'file', name: handle.name, handle, writable: await handle.createWritable() };
}

/**
 * Writes the ZIP to its target. `keep` is asked at the end: a ZIP it does not want (no video
 * made it) is not saved. A stream that errors, or an abort, rejects: see `discardZip`.
 */
export async function writeZip(
  target: ZipTarget,
  stream: ReadableStream<Uint8Array>,
  { signal, keep }: { signal: AbortSignal; keep: () => boolean },
): Promise<Leftover> {
  if (target.kind === 'file') {
    // An abort or an error aborts the file's writer, which drops what it had written.
    await stream.pipeTo(target.writable, { signal });
    return keep() ? 'none' : discardZip(target);
  }
  const blob = await new Response(stream).blob();
  signal.throwIfAborted();
  if (keep()) saveBlobAs(blob, target.name);
  return 'none';
}

export type Leftover =
  /** Nothing was left on disk. */
  | 'none'
  /** The picked file was removed. */
  | 'removed'
  /** The picked file is still there, incomplete: the person should delete it. */
  | 'incomplete';

/**
 * After a cancel or a failure: removes the file the picker made (it stays empty or partial, as
 * the browser left it), where the browser allows that.
 */
export async function discardZip(target: ZipTarget): Promise<Leftover> {
  if (target.kind === 'memory') return 'none';
  try {
    await target.writable.abort().catch(() => undefined);
    if (!target.handle.remove) return 'incomplete';
    await target.handle.remove();
    return 'removed';
  } catch {
    return 'incomplete';
  }
}
