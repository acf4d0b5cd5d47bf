import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` with a `preload()`: once the code has arrived, the component renders at once
 * instead of suspending. A Suspense boundary that suspends, even on code already in memory,
 * shows its content only after React 19's reveal throttle (up to 300 ms).
 */
export function lazyWithPreload<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> & { preload: () => Promise<ComponentType<Props>> } {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => (loading ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function LazyWithPreload(props: Props) {
    const Shown = loaded ?? Lazy;
    return <Shown {...props} />;
  }
  return Object.assign(LazyWithPreload, { preload });
}
