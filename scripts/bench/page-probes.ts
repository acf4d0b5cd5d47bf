// Functions that run inside the dashboard's page (passed to Playwright's `evaluate` and
// `addInitScript`), so they must not use anything from their module's scope.

export interface LongTaskEntry {
  start: number;
  duration: number;
  /** What ran: the longest script of the long animation frame the task fell in, as Chromium
   *  names it (invoker, function, file:character), or that no script was long (style, layout). */
  cause?: string;
}

export interface RenderResult {
  done: boolean;
  /** Milliseconds from the click on "Add tasks" to the first frame with every task rendered. */
  ms: number;
  /** How the count was read: the list's "Showing N tasks" status, or its rows in the DOM. */
  via: 'status' | 'rows';
  count: number;
  rowsInDom: number;
}

interface BenchProbe {
  longTasks: LongTaskEntry[];
  frames: { start: number; end: number; cause: string }[];
  render?: Promise<RenderResult>;
}

declare global {
  interface Window {
    __soraBench?: BenchProbe;
  }
}

/** Init script: keeps every main-thread long task (over 50 ms) of the page. */
export function recordLongTasks(): void {
  const probe: BenchProbe = { longTasks: [], frames: [] };
  window.__soraBench = probe;
  interface FrameScript {
    duration: number;
    invoker: string;
    sourceFunctionName: string;
    sourceURL: string;
    sourceCharPosition: number;
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = (entry as unknown as { scripts?: FrameScript[] }).scripts ?? [];
        const top = [...scripts].sort((a, b) => b.duration - a.duration)[0];
        probe.frames.push({
          start: entry.startTime,
          end: entry.startTime + entry.duration,
          cause: top
            ? `${top.invoker} ${top.sourceFunctionName || '(anonymous)'} @${top.sourceURL.split('/').pop() ?? ''}:${top.sourceCharPosition} ${Math.round(top.duration)} ms`
            : 'no long script (style, layout, paint)',
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No long-animation-frame timing: long tasks are reported without a cause.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the list stays empty and the report says so.
    probe.longTasks.push({ start: -1, duration: -1 });
  }
}

export function longTasksBetween({ from, to }: { from: number; to: number }): LongTaskEntry[] {
  const probe = window.__soraBench;
  return (probe?.longTasks ?? [])
    .filter((entry) => entry.start < 0 || (entry.start >= from && entry.start < to))
    .map((entry) => ({
      ...entry,
      cause: probe?.frames.find((frame) => frame.start <= entry.start && entry.start < frame.end)
        ?.cause,
    }));
}

export function pageNow(): number {
  return performance.now();
}

/**
 * Arms a timer on the "Add tasks" button: from the click, it checks every animation frame
 * whether all `expected` tasks are rendered, and settles with the time of the first frame where
 * they are (or `done: false` after `timeoutMs`). A virtualised list cannot hold every row in the
 * DOM, so a status reading "Showing 1,000 tasks" (or "Showing 1,000 of 1,000 tasks") counts too;
 * without one, the rows are counted.
 */
export function armRenderTimer({
  expected,
  timeoutMs,
}: {
  expected: number;
  timeoutMs: number;
}): boolean {
  const probe = window.__soraBench;
  const button = Array.from(document.querySelectorAll('button')).find(
    (candidate) => candidate.textContent?.trim() === 'Add tasks',
  );
  if (!probe || !button) return false;

  const SHOWING = /Showing\s+(\d[\d,.\s]*?)\s+(?:of\s+\d[\d,.\s]*?\s+)?tasks?\b/i;
  const read = (): Omit<RenderResult, 'done' | 'ms'> => {
    const list = document.querySelector('[aria-label="Tasks"]');
    const rowsInDom = list ? list.querySelectorAll('[aria-label^="Task "]').length : 0;
    for (const element of document.querySelectorAll('[role="status"], [aria-live], output')) {
      // "Showing 1,000 tasks" or "Showing 1,000 of 1,000 tasks": the first number is what is shown.
      const match = SHOWING.exec(element.textContent ?? '');
      if (match?.[1]) {
        return { via: 'status', count: Number(match[1].replace(/\D/g, '')), rowsInDom };
      }
    }
    return { via: 'rows', count: rowsInDom, rowsInDom };
  };

  probe.render = new Promise((resolve) => {
    button.addEventListener(
      'click',
      () => {
        const start = performance.now();
        const frame = () => {
          const state = read();
          const ms = performance.now() - start;
          const rendered = state.count >= expected && state.rowsInDom > 0;
          if (rendered || ms > timeoutMs) resolve({ done: rendered, ms, ...state });
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
  return true;
}

export function renderResult(): Promise<RenderResult> | undefined {
  return window.__soraBench?.render;
}

/**
 * Hides or shows the page as switching tabs would: `document.visibilityState` and `hidden`
 * report it, and `visibilitychange` fires. Headless Chromium never hides a page by itself.
 */
export function setPageHidden(hidden: boolean): void {
  if (hidden) {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => 'hidden',
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  } else {
    // Dropping the page's own properties brings back the real (visible) ones.
    Reflect.deleteProperty(document, 'visibilityState');
    Reflect.deleteProperty(document, 'hidden');
  }
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  window.dispatchEvent(new Event(hidden ? 'blur' : 'focus'));
}

/** The names of the Web Locks this page's origin holds (the dashboard's poller holds one). */
export async function heldLocks(): Promise<string[]> {
  if (!('locks' in navigator)) return [];
  const { held = [] } = await navigator.locks.query();
  return held.map((lock) => lock.name ?? '(unnamed)');
}
