// How often a hidden page may poll. A module of its own, with nothing imported: Settings names
// the floor too, and reaching poll-policy.ts (and the readers it imports) from the settings
// page's chunk would split the first screen's code into one more file.

/** A hidden tab polls only to tell of finished tasks: no task is asked more often than this. */
export const HIDDEN_FLOOR_MS = 30_000;

/** The floor of every task's delay: the user's poll interval, and at least 30 s while hidden. */
export function pollFloorMs(pollIntervalMs: number, hidden: boolean): number {
  return hidden ? Math.max(pollIntervalMs, HIDDEN_FLOOR_MS) : pollIntervalMs;
}
