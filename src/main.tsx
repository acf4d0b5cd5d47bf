// First: starts reading what is known while everything else loads.
import './app/read-answers-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Providers } from './app/providers';
import { makeQueryClient } from './app/query-client';
import { installLimiterGates } from './app/limiter-sync';
import { AppRoutes } from './app/router';
import { restoreLastAnswers } from './app/answer-memory';
import { startTabSync } from './app/tab-sync';
import { activateLocale } from './lib/i18n';
import { chosenLocale } from './stores/locale-choice';
import './index.css';

installLimiterGates();
const queryClient = makeQueryClient();
startTabSync(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first frame already shows what was known (counts, statuses and finished videos), in the
// user's language: a catalog other than English loads meanwhile.
const languages = navigator.languages;
void Promise.all([
  restoreLastAnswers(queryClient),
  activateLocale(chosenLocale(languages), languages).catch((error: unknown) => {
    console.error('The language could not be loaded; the page stays in English.', error);
  }),
]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  ),
);
