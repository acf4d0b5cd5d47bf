import { useEffect, useState } from 'react';

/**
 * The element's distance from the top of the page, kept current as content above it grows or
 * shrinks (a virtualised list needs it to place rows under the window's scroll).
 */
export function usePageOffset(element: HTMLElement | null): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (!element) return;
    const measure = () => setOffset(element.getBoundingClientRect().top + window.scrollY);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return offset;
}
