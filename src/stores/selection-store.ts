// The tasks ticked in the list, for acting on many at once. Per tab and not kept over a reload:
// a selection is the work of a moment, and a stale one would act on the wrong tasks.
import { create } from 'zustand';

interface SelectionState {
  selected: ReadonlySet<string>;
  /** The last id ticked or unticked alone: a shift-click selects from it. */
  anchor: string | undefined;
}

const EMPTY: ReadonlySet<string> = new Set();

const useSelectionStore = create<SelectionState>()(() => ({ selected: EMPTY, anchor: undefined }));

const set = (selected: ReadonlySet<string>, anchor?: string) =>
  useSelectionStore.setState((state) => ({
    selected: selected.size === 0 ? EMPTY : selected,
    anchor: anchor ?? state.anchor,
  }));

export const useIsSelected = (id: string) => useSelectionStore((state) => state.selected.has(id));
export const useSelected = () => useSelectionStore((state) => state.selected);

/** Ticks or unticks one task; it becomes the anchor of the next shift-click. */
export function toggleSelected(id: string, on: boolean): void {
  const next = new Set(useSelectionStore.getState().selected);
  if (on) next.add(id);
  else next.delete(id);
  set(next, id);
}

/**
 * A shift-click: every task from the anchor to this one, in the order shown, takes this one's
 * new state (as in a file manager). Without an anchor shown, it is a plain toggle.
 */
export function toggleRange(shown: readonly string[], id: string, on: boolean): void {
  const { anchor, selected } = useSelectionStore.getState();
  const from = anchor === undefined ? -1 : shown.indexOf(anchor);
  const to = shown.indexOf(id);
  if (from === -1 || to === -1) {
    toggleSelected(id, on);
    return;
  }
  const next = new Set(selected);
  for (const each of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (on) next.add(each);
    else next.delete(each);
  }
  set(next, id);
}

/** Selects exactly these (Select all), or nothing. */
export function selectOnly(ids: readonly string[]): void {
  set(new Set(ids), undefined);
}

/** Keeps only the selected tasks still shown: what is acted on is always what is seen. */
export function keepSelectedAmong(shown: readonly string[]): void {
  const { selected } = useSelectionStore.getState();
  if (selected.size === 0) return;
  const visible = new Set(shown);
  const kept = [...selected].filter((id) => visible.has(id));
  if (kept.length !== selected.size) set(new Set(kept));
}
