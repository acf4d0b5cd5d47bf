import { isTaskId } from '../../domain/task-ids';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** How much of a junk entry is repeated back: the address can hold anything, at any length. */
const SHOWN_CHARS = 60;
/** How many junk entries are named; the rest are counted. */
const SHOWN_ENTRIES = 5;

export type CompareIds =
  | { kind: 'ok'; ids: string[] }
  /** Entries that are not task ids: nothing is asked for. */
  | { kind: 'junk'; junk: string[]; more: number }
  /** Fewer than 2 or more than 4 different tasks. */
  | { kind: 'count'; count: number };

function shorten(entry: string): string {
  return entry.length > SHOWN_CHARS ? `${entry.slice(0, SHOWN_CHARS)}…` : entry;
}

/**
 * The tasks `/compare?ids=<id>,<id>[,…]` names (the value as URLSearchParams decodes it), in
 * their order: 2 to 4 different task ids. Spaces around an id and empty entries (a trailing
 * comma) are forgiven; anything that is not a task id refuses the whole list, so nothing is
 * sent for it. The same id twice counts once.
 */
export function readCompareIds(value: string | null): CompareIds {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const junk = entries.filter((entry) => !isTaskId(entry));
  if (junk.length > 0) {
    return {
      kind: 'junk',
      junk: junk.slice(0, SHOWN_ENTRIES).map(shorten),
      more: Math.max(0, junk.length - SHOWN_ENTRIES),
    };
  }
  const ids = [...new Set(entries)];
  if (ids.length < MIN_COMPARED || ids.length > MAX_COMPARED) {
    return { kind: 'count', count: ids.length };
  }
  return { kind: 'ok', ids };
}
