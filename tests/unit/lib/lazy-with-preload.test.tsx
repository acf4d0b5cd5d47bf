import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyWithPreload } from '../../../src/lib/lazy-with-preload';

function Field({ label }: { label: string }) {
  return <input aria-label={label} />;
}

/** A module that arrives when the test says so. */
function slowModule() {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const Lazy = lazyWithPreload(async () => {
    await arrived;
    return Field;
  });
  return { Lazy, arrive };
}

const inSuspense = (element: React.ReactNode) => (
  <Suspense fallback={<p>Loading</p>}>{element}</Suspense>
);

describe('lazyWithPreload', () => {
  it('suspends while its code is on the way, like React.lazy', async () => {
    const { Lazy, arrive } = slowModule();
    render(inSuspense(<Lazy label="Name" />));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeInTheDocument();
  });

  it('renders in the same commit once preloaded, with no fallback', async () => {
    const { Lazy, arrive } = slowModule();
    arrive();
    await Lazy.preload();
    render(inSuspense(<Lazy label="Name" />));
    expect(screen.queryByText('Loading')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
  });
});
