import { findEntry, type CatalogueEntry } from './catalogue';

export interface ResolvedTask {
  /** The id exactly as requested; it is echoed in the body and keys the task's own clock. */
  id: string;
  entry: CatalogueEntry;
}

// `<catalogue id>--<suffix>` gives a fresh copy of a catalogue task with its own clock, so tests
// and demos can start a task from zero without resetting the whole simulator.
const instanceSuffix = /^[A-Za-z0-9_-]+$/;

export function resolveTask(id: string): ResolvedTask | undefined {
  const exact = findEntry(id);
  if (exact) return { id, entry: exact };
  const separator = id.indexOf('--');
  if (separator <= 0) return undefined;
  const entry = findEntry(id.slice(0, separator));
  const suffix = id.slice(separator + 2);
  if (!entry || !instanceSuffix.test(suffix)) return undefined;
  return { id, entry };
}

/** The upstream task id inside a reseller body: `sora-2:task_x` -> `task_x`. */
export function upstreamTaskId(id: string): string {
  const colon = id.indexOf(':');
  return colon === -1 ? id : id.slice(colon + 1);
}
