import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './app-shell';
import { TaskListPage } from '../features/tasks/task-list-page';
import { t } from '../lib/i18n';

// Split off the pages a first visit does not need, to keep the initial bundle small.
const TaskDetailPage = lazy(async () => ({
  default: (await import('../features/task-detail/task-detail-page')).TaskDetailPage,
}));
const ComparePage = lazy(async () => ({
  default: (await import('../features/compare/compare-page')).ComparePage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/settings-page')).SettingsPage,
}));
const NotFoundRoute = lazy(async () => ({
  default: (await import('./routes/not-found-route')).NotFoundRoute,
}));

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<p className="text-sm text-slate-600">{t('Loading…')}</p>}>
      {children}
    </Suspense>
  );
}

/**
 * Stable routes people bookmark and tests rely on: `/`, `/tasks/:id` (id URL-encoded),
 * `/compare?ids=<id>,<id>[,…]` (2 to 4 ids, each URL-encoded), `/settings`. Declarative routes: the data-router APIs would cost about 17 KB gzip that the
 * app does not use.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/" element={<TaskListPage />} />
        <Route
          path="/tasks/:id"
          element={
            <Loading>
              <TaskDetailPage />
            </Loading>
          }
        />
        <Route
          path="/compare"
          element={
            <Loading>
              <ComparePage />
            </Loading>
          }
        />
        <Route
          path="/settings"
          element={
            <Loading>
              <SettingsPage />
            </Loading>
          }
        />
        <Route
          path="*"
          element={
            <Loading>
              <NotFoundRoute />
            </Loading>
          }
        />
      </Route>
    </Routes>
  );
}
