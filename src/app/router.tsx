import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found-route';
import { TaskListPage } from '../features/tasks/task-list-page';

// Stable routes people bookmark and tests rely on: `/`, `/tasks/:id` (id URL-encoded), `/settings`.
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <TaskListPage /> },
      // Split off the pages a first visit does not need, to keep the initial bundle small.
      {
        path: '/tasks/:id',
        lazy: async () => ({
          Component: (await import('../features/task-detail/task-detail-page')).TaskDetailPage,
        }),
      },
      {
        path: '/settings',
        lazy: async () => ({
          Component: (await import('../features/settings/settings-page')).SettingsPage,
        }),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function makeRouter() {
  return createBrowserRouter(routes);
}
