import { lazy, Suspense, useEffect } from 'react';
import { Outlet, useLocation, useMatch } from 'react-router';
import { NavLink } from '../components/ui/link';
import { watchTask } from '../api/task-priority';
import { useKeyPresence } from '../hooks/use-key-presence';
import { useBaseUrl } from '../stores/connection-store';
import { useTabAttention } from './attention/use-tab-attention';
import { ConnectionBanners } from './connection-banners';
import { useHistoryRecorder } from './history-recorder';
import { useLimiterSettings } from './limiter-sync';
import { useTaskPollers } from './task-pollers';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';
import { loadTaskTransfer } from '../features/tasks/transfer/import-control';
import { t } from '../lib/i18n';
import { APP_NAME } from '../components/ui/page-heading';

function hostOf(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return url.origin === window.location.origin ? t('built-in simulator') : url.host;
  } catch {
    return baseUrl;
  }
}

// A list shared by a link: what reads it and asks loads only when a link carries one.
const SharedListOffer = lazy(async () => ({
  default: (await loadTaskTransfer()).SharedListOffer,
}));

const keyWords = () => ({
  key: t('key set'),
  asking: t('asking other tabs for the key…'),
  none: t('no key'),
});

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-1.5 text-sm font-medium ${isActive ? 'bg-indigo-50 text-indigo-800' : 'text-slate-700 hover:bg-slate-100'}`;

/**
 * The task whose page is open goes first from the start: the page itself loads on demand, and
 * by the time it could say so the pollers would have sent others' requests.
 */
function useOpenTaskFirst(): void {
  const id = useMatch('/tasks/:id')?.params.id;
  useEffect(() => (id === undefined ? undefined : watchTask(id)), [id]);
}

export function AppShell() {
  useLimiterSettings();
  // Before the pollers start: effects run in order.
  useOpenTaskFirst();
  useTaskPollers();
  useHistoryRecorder();
  useTabAttention();
  const keyPresence = useKeyPresence();
  const baseUrl = useBaseUrl();
  const { hash } = useLocation();
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t('Skip to content')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
          <span className="flex items-center gap-2 font-semibold">
            <img src="/favicon.svg" alt="" className="h-6 w-6" />
            {APP_NAME}
          </span>
          <nav aria-label={t('Main')} className="flex gap-1">
            <NavLink to="/" end className={navClass}>
              {t('Tasks')}
            </NavLink>
            <NavLink to="/settings" className={navClass}>
              {t('Settings')}
            </NavLink>
          </nav>
          <p className="ml-auto text-xs text-slate-600">
            <span className="font-mono">{hostOf(baseUrl)}</span>
            {' · '}
            {keyWords()[keyPresence]}
          </p>
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl space-y-4 px-4 py-6">
        <ConnectionBanners />
        {hash.startsWith('#share=') ? (
          <Suspense>
            <SharedListOffer fragment={hash} />
          </Suspense>
        ) : null}
        <Outlet />
      </main>
    </div>
  );
}
