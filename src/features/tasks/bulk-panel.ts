// What a panel of the bulk actions is given: the selected task ids, in the list's order, and a way
// to close it. Each panel is its own chunk, loaded when its button is pressed (bulk-actions.tsx).

export interface BulkPanelProps {
  ids: readonly string[];
  /** Closes the panel; the focus goes back to the button that opened it. */
  onClose: () => void;
}
