import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found-route';
import { TaskListPage } from '../features/tasks/task-list-page';
import { TaskDetailPage } from '../features/task-detail/task-detail-page';
import { SettingsPage } from '../features/settings/settings-page';

// Stable routes people bookmark and tests rely on: `/`, `/tasks/:id` (id URL-encoded), `/settings`.
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <TaskListPage /> },
      { path: '/tasks/:id', element: <TaskDetailPage /> },
      { path: '/settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function makeRouter() {
  return createBrowserRouter(routes);
}
