import { useState } from 'react';
import { Link } from '../../components/ui/link';
import { fetchCatalogue, freshDemoId, newRunToken } from '../../api/get-catalogue';
import { DEFAULT_QUERY_TEMPLATES } from '../../domain/query-endpoints';
import { useConnectionActions } from '../../stores/connection-store';
import { useKeyActions } from '../../stores/key-store';
import { useTasksActions } from '../../stores/tasks-store';
import { linkTo, RichText } from '../../components/ui/rich-text';
import { t } from '../../lib/i18n';
import { TASK_LIST_HEADING_ID } from './task-list';

const DEMO_KEY = 'sk-demo';

/** First visit, no key: one click connects to the built-in simulator and adds its demo tasks. */
export function TryDemoCard() {
  const { connectToSimulator } = useConnectionActions();
  const { saveKey } = useKeyActions();
  const { trackTasks } = useTasksActions();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  const start = async () => {
    setState({ busy: true });
    try {
      const origin = window.location.origin;
      const catalogue = await fetchCatalogue(origin);
      const run = newRunToken();
      // The simulator relays vendor APIs under their own paths: the demo asks there too.
      connectToSimulator(
        origin,
        catalogue.endpoints.length ? catalogue.endpoints : DEFAULT_QUERY_TEMPLATES,
      );
      saveKey(DEMO_KEY, false);
      trackTasks(
        catalogue.tasks.filter((task) => task.isDemo).map((task) => freshDemoId(task, run)),
      );
      setState({ busy: false });
      // This card goes once there is a key: the focus goes to the list of the tasks it added.
      // React renders these store changes in a microtask; the focus moves after, in a task.
      setTimeout(() => document.getElementById(TASK_LIST_HEADING_ID)?.focus(), 0);
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section
      aria-labelledby="welcome-heading"
      className="card space-y-2 border-l-4 border-indigo-500"
    >
      <h2 id="welcome-heading" className="text-lg font-semibold">
        {t('Watch your video tasks')}
      </h2>
      <p className="text-sm text-slate-700">
        <RichText
          message="Paste an API key in <link>Settings</link> and your task ids below. No key yet? The demo runs a few tasks on the simulator built into this server: you will see them queue, progress, fail or finish, and play."
          parts={{ link: linkTo('/settings') }}
        />
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn-primary"
          // Fire and forget: `start` catches every failure and shows it in the card.
          onClick={() => void start()}
          disabled={state.busy}
        >
          {state.busy ? t('Starting the demo…') : t('Try the demo')}
        </button>
        <Link to="/settings" className="btn-secondary">
          {t('Enter an API key')}
        </Link>
      </div>
      {state.error ? (
        <p role="alert" className="text-sm text-rose-700">
          {state.error}
        </p>
      ) : null}
    </section>
  );
}
