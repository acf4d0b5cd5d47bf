// Which request goes first when many wait: the one order the limiter sends everything in.
// After a reload with a thousand tasks every one of them is asked for at once; the task a person
// is looking at, and what they just asked for, must not wait behind the others. The limiter asks
// `priorityOf` each time it picks a request, so a request already waiting moves up as soon as
// its task is opened or scrolled into view.

/** Lower goes first; within a level, first come first served. */
export const PRIORITY = {
  /** The open task (its page), and whatever the person just asked for. */
  asked: 0,
  /** Tasks whose rows are rendered in the list. */
  onScreen: 1,
  /** Everything else: the polls that keep the other tasks current. */
  background: 2,
} as const;

export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

/** Ids with how many holders each has: the same task may be on screen twice, or opened twice. */
type Holders = Map<string, number>;

const opened: Holders = new Map();
const onScreen: Holders = new Map();
const asked: Holders = new Map();

/** Counts `id` in `holders` until the returned function is called (once; later calls do nothing). */
function hold(holders: Holders, id: string): () => void {
  holders.set(id, (holders.get(id) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (holders.get(id) ?? 1) - 1;
    if (count > 0) holders.set(id, count);
    else holders.delete(id);
  };
}

/** The task's page is open (level 0) until the returned function is called. */
export function watchTask(id: string): () => void {
  return hold(opened, id);
}

/** The task's row is rendered in the list (level 1) until the returned function is called. */
export function showTaskRow(id: string): () => void {
  return hold(onScreen, id);
}

/**
 * Runs `request`, a request the person asked for (Refresh), with the task at level 0 until it
 * settles, retries included.
 */
export async function askFor<T>(id: string, request: () => Promise<T>): Promise<T> {
  const release = hold(asked, id);
  try {
    return await request();
  } finally {
    release();
  }
}

/** Where a task's requests stand in the line now. Cheap: the limiter calls it on every pick. */
export function priorityOf(id: string): Priority {
  if (opened.has(id) || asked.has(id)) return PRIORITY.asked;
  if (onScreen.has(id)) return PRIORITY.onScreen;
  return PRIORITY.background;
}
