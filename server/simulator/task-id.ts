import { catalogue, findEntry, type CatalogueEntry } from './catalogue';

export interface ResolvedTask {
  /** The id exactly as requested; it is echoed in the body and keys the task's own clock. */
  id: string;
  entry: CatalogueEntry;
}

// A fresh instance of a catalogue task has its own clock, so tests and demos can start a task
// from zero without resetting the whole simulator. Ids with room for it take a suffix:
// `<catalogue id>--<suffix>`. Numeric ids (Kling, MiniMax) and UUIDs (Wan) cannot carry one
// and stay valid, so for those the last six characters are a run slot: the entry's id with six
// digits in their place is a fresh instance.
const instanceSuffix = /^[A-Za-z0-9_-]+$/;
const slotLength = 6;
const slotRun = /^\d{6}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function hasRunSlot(entryId: string): boolean {
  return /^\d+$/.test(entryId) || uuid.test(entryId);
}

const slotPrefix = (id: string) => id.slice(0, -slotLength);

/** Slot-form entries by the part of their id before the slot, which must tell them apart. */
const bySlotPrefix = new Map<string, CatalogueEntry>();
for (const entry of catalogue) {
  if (!hasRunSlot(entry.id)) continue;
  const prefix = slotPrefix(entry.id);
  const other = bySlotPrefix.get(prefix);
  if (other) {
    throw new Error(`Catalogue ids ${other.id} and ${entry.id} differ only in their run slot.`);
  }
  bySlotPrefix.set(prefix, entry);
}

function withRun(entryId: string, run: string): string {
  return hasRunSlot(entryId) ? `${slotPrefix(entryId)}${run}` : `${entryId}--${run}`;
}

/** The id of run `run` (six digits) of a catalogue entry, in the form its id allows. */
export function freshInstanceId(entryId: string, run: string): string {
  if (!slotRun.test(run)) throw new RangeError(`A run is six digits, got '${run}'.`);
  return withRun(entryId, run);
}

/** `freshInstanceId` with `{run}` where the six digits go, for clients to fill in. */
export function freshIdTemplate(entryId: string): string {
  return withRun(entryId, '{run}');
}

function resolveSuffixed(id: string): CatalogueEntry | undefined {
  const separator = id.indexOf('--');
  if (separator <= 0) return undefined;
  const entry = findEntry(id.slice(0, separator));
  if (!entry || hasRunSlot(entry.id) || !instanceSuffix.test(id.slice(separator + 2))) {
    return undefined;
  }
  return entry;
}

function resolveSlotted(id: string): CatalogueEntry | undefined {
  if (!slotRun.test(id.slice(-slotLength))) return undefined;
  return bySlotPrefix.get(slotPrefix(id));
}

export function resolveTask(id: string): ResolvedTask | undefined {
  const entry = findEntry(id) ?? resolveSuffixed(id) ?? resolveSlotted(id);
  return entry && { id, entry };
}

/** The upstream task id inside a reseller body: `sora-2:task_x` -> `task_x`. */
export function upstreamTaskId(id: string): string {
  const colon = id.indexOf(':');
  return colon === -1 ? id : id.slice(colon + 1);
}
