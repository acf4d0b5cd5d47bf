import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { Providers } from '../../src/app/providers';
import { makeQueryClient } from '../../src/app/query-client';
import { AppRoutes } from '../../src/app/router';

interface RouterHandle {
  navigate: NavigateFunction;
  location: Location;
}

/** Lets a test move around and read the address, as the browser's address bar would. */
function RouterProbe({ handle }: { handle: Partial<RouterHandle> }) {
  handle.navigate = useNavigate();
  handle.location = useLocation();
  return null;
}

/** The whole app at a URL, as the browser would show it, with a fresh query cache. */
export function renderApp(path = '/') {
  const queryClient = makeQueryClient();
  // Fail fast in tests; the retry policy itself has its own unit tests.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const handle: Partial<RouterHandle> = {};
  const user = userEvent.setup();
  const view = render(
    <Providers queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <RouterProbe handle={handle} />
      </MemoryRouter>
    </Providers>,
  );
  const router = {
    navigate: (to: string) => {
      if (!handle.navigate) throw new Error('The router has not rendered yet.');
      return handle.navigate(to);
    },
    get location(): Location {
      if (!handle.location) throw new Error('The router has not rendered yet.');
      return handle.location;
    },
  };
  return { ...view, user, router, queryClient };
}
