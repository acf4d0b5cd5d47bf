import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure } from '@testing-library/react';
import type * as Zustand from 'zustand';
import { afterEach, vi } from 'vitest';
import { activateLocale } from '../src/lib/i18n';
import { endpointMemory } from '../src/stores/endpoint-memory';

// zustand's documented testing setup: every store created during a test file is reset to its
// initial state after each test, so tests cannot leak state into each other.
const storeResets = vi.hoisted(() => new Set<() => void>());

vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const createAndRegister = <T>(stateCreator: Zustand.StateCreator<T>) => {
    const store = zustand.create(stateCreator);
    const initial = store.getInitialState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  };
  const create = (<T>(stateCreator?: Zustand.StateCreator<T>) =>
    stateCreator ? createAndRegister(stateCreator) : createAndRegister) as typeof zustand.create;
  return { ...zustand, create };
});

// Component tests drive the app over real HTTP through the request limiter (2 requests per second
// by default), so an answer can take a few seconds on a busy 2-core machine. `findBy*` and
// `waitFor` wait for the condition; their 1 s default would make them race the machine instead.
configure({ asyncUtilTimeout: 10_000 });

afterEach(async () => {
  cleanup();
  // A test that spoke Chinese leaves the next one in English, as a fresh page would be.
  await activateLocale('en');
  act(() => storeResets.forEach((reset) => reset()));
  endpointMemory.reset();
  localStorage.clear();
  sessionStorage.clear();
});
