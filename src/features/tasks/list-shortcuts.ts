// The list's single-key shortcuts: j/k move through the rows, x ticks the row, / goes to the
// search, ? shows them all (Enter on a row's link opens it, as any link). None fires while typing
// in a field or with Ctrl, Alt or Meta held, and they can be turned off (WCAG 2.1.4), in the
// help dialog, which loads when first asked for.
import { useEffect, useState } from 'react';
import { deviceStorage } from '../../stores/web-storage';

const OFF_KEY = 'reelwatch:single-key-shortcuts';

export const shortcutsOn = () => deviceStorage.read(OFF_KEY) !== 'off';
export const setShortcutsOn = (on: boolean) =>
  on ? deviceStorage.remove(OFF_KEY) : deviceStorage.write(OFF_KEY, 'off');

const rowLinks = () => [
  ...document.querySelectorAll<HTMLAnchorElement>(
    'li[aria-posinset] a[href^="/tasks/"][aria-label]',
  ),
];

function moveFocus(step: number): void {
  const links = rowLinks();
  const current = links.findIndex((link) => link.contains(document.activeElement));
  const row = document.activeElement?.closest('li[aria-posinset]');
  const from = current !== -1 ? current : row ? links.findIndex((link) => row.contains(link)) : -1;
  const next = links[from === -1 ? 0 : Math.min(links.length - 1, Math.max(0, from + step))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}

/** The list's shortcuts; `help` is whether the help dialog is open. */
export function useListShortcuts(search: () => HTMLInputElement | null) {
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || target.closest('input, textarea, select, dialog'))
      ) {
        return;
      }
      if (!shortcutsOn()) return;
      const act: Record<string, () => void> = {
        j: () => moveFocus(1),
        k: () => moveFocus(-1),
        x: () =>
          document.activeElement
            ?.closest('li[aria-posinset]')
            ?.querySelector<HTMLInputElement>('input[type=checkbox]')
            ?.click(),
        '/': () => search()?.focus(),
        '?': () => setHelp(true),
      };
      const action = act[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search]);
  return { help, closeHelp: () => setHelp(false) };
}
