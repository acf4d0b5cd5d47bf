import { useEffect, useEffectEvent } from 'react';

/** A key typed into a field is text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Single-key commands while the focus is inside `container` (a player, a control bar): each key
 * of `commands` (a `KeyboardEvent.key`, `','` or `' '`) runs its command instead of what the key
 * would do there. Not with a modifier held, nor while typing in a field; a range slider takes
 * the keys too, as its arrows are its own.
 */
export function usePlayerKeys(
  container: HTMLElement | null,
  commands: Readonly<Record<string, () => void>>,
): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    const isSlider = target instanceof HTMLInputElement && target.type === 'range';
    if (isTyping(target) && !isSlider) return;
    const command = commands[event.key];
    if (!command) return;
    event.preventDefault();
    command();
  });
  useEffect(() => {
    if (!container) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    container.addEventListener('keydown', listener);
    return () => container.removeEventListener('keydown', listener);
  }, [container]);
}
