import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { makeQueryClient } from '../../src/app/query-client';
import { routes } from '../../src/app/router';

/** The whole app at a URL, as the browser would show it, with a fresh query cache. */
export function renderApp(path = '/') {
  const queryClient = makeQueryClient();
  // Fail fast in tests; the retry policy itself has its own unit tests.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}
