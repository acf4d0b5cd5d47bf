// A list shared by a link (`#share=…`, domain/share-link.ts), on whatever page it opens: shows its
// tasks and asks before adding them, and asks apart before changing the base URL or the Query
// endpoints, never silently: the key goes to the base URL. Loaded only when the address has such
// a fragment; closing the offer takes the fragment out of the address.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { normaliseBaseUrl } from '../../../api/http-client';
import { isApiError } from '../../../domain/api-error';
import { isQueryTemplate, MAX_QUERY_TEMPLATES } from '../../../domain/query-endpoints';
import { decodeShare, type ShareReading, type SharedList } from '../../../domain/share-link';
import { formatList, t, tp } from '../../../lib/i18n';
import {
  connectionSettingsNow,
  type ConnectionSettings,
  useBaseUrl,
  useConnectionActions,
  useQueryTemplates,
} from '../../../stores/connection-store';
import { importTasks } from '../../../stores/task-import';
import { useTrackedTasks } from '../../../stores/tasks-store';

/** The link's base URL in its one form, or why it cannot be used. */
function readBaseUrl(baseUrl: string): { url: string } | { problem: string } {
  try {
    return { url: normaliseBaseUrl(baseUrl) };
  } catch (error) {
    return { problem: isApiError(error) ? error.message : t('This base URL cannot be used.') };
  }
}

function sameBase(a: string, b: string): boolean {
  try {
    return normaliseBaseUrl(a) === normaliseBaseUrl(b);
  } catch {
    return a === b;
  }
}

/** What a part of the offer is given: its part of the list, and what to call once it has acted. */
interface PartProps {
  list: SharedList;
  /** Moves the focus on, as what was pressed goes away. */
  onDone: () => void;
}

function ConnectionQuestions({ list, onDone }: PartProps) {
  const baseUrl = useBaseUrl();
  const templates = useQueryTemplates();
  const { saveConnection } = useConnectionActions();
  const [changed, setChanged] = useState<string[]>([]);
  const change = (settings: Partial<ConnectionSettings>, done: string) => {
    saveConnection({ ...connectionSettingsNow(), ...settings });
    setChanged((before) => [...before, done]);
    onDone();
  };
  const base = readBaseUrl(list.baseUrl);
  const linkBase = 'url' in base ? base.url : undefined;
  const endpoints = list.queryTemplates;
  const usable =
    endpoints.length > 0 &&
    endpoints.length <= MAX_QUERY_TEMPLATES &&
    endpoints.every(isQueryTemplate);
  const baseDiffers = !sameBase(list.baseUrl, baseUrl);
  const templatesDiffer = list.queryTemplates.join('\n') !== templates.join('\n');
  return (
    <>
      {baseDiffers && 'problem' in base ? (
        <p className="text-rose-700">
          {t('The base URL in the link cannot be used, so yours stays: {problem}', {
            problem: base.problem,
          })}
        </p>
      ) : null}
      {baseDiffers && linkBase !== undefined ? (
        <div className="space-y-1">
          <p>
            {t(
              'The link names another base URL: {url} (yours is {current}). Your API key is sent to the base URL: switch only if you trust this address.',
              { url: linkBase, current: baseUrl },
            )}
          </p>
          <button
            type="button"
            className="btn-secondary"
            onClick={() =>
              change({ baseUrl: linkBase }, t('The base URL is now {url}.', { url: linkBase }))
            }
          >
            {t('Use this base URL')}
          </button>
        </div>
      ) : null}
      {templatesDiffer && !usable ? (
        <p className="text-rose-700">
          {t(
            'The Query endpoints in the link cannot be used, so yours stay: each must be a path with {id}, like /v1/videos/{id}.',
          )}
        </p>
      ) : null}
      {templatesDiffer && usable ? (
        <div className="space-y-1">
          <p>{t('The link names other Query endpoints:')}</p>
          <pre className="rounded bg-slate-50 p-2 font-mono text-xs break-all whitespace-pre-wrap">
            {endpoints.join('\n')}
          </pre>
          <button
            type="button"
            className="btn-secondary"
            onClick={() =>
              change({ queryTemplates: endpoints }, t('The Query endpoints are now the link’s.'))
            }
          >
            {t('Use these Query endpoints')}
          </button>
        </div>
      ) : null}
      <div role="status">
        {changed.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </>
  );
}

function SharedTasks({ list, skipped, onDone }: PartProps & { skipped: readonly string[] }) {
  const tracked = useTrackedTasks();
  const [added, setAdded] = useState<number>();
  const tasksId = useId();
  const known = useMemo(() => new Set(tracked.map((task) => task.id)), [tracked]);
  const present = list.tasks.filter((task) => known.has(task.id)).length;
  const count = list.tasks.length - present;
  return (
    <>
      <p>
        {tp(list.tasks.length, {
          one: 'The link lists {count} task. Nothing is added until you say so.',
          other: 'The link lists {count} tasks. Nothing is added until you say so.',
        })}
      </p>
      <div
        role="region"
        aria-labelledby={tasksId}
        // The list can be long: it scrolls, from the keyboard too.
        tabIndex={0}
        className="max-h-60 overflow-auto rounded bg-slate-50 p-2"
      >
        <p id={tasksId} className="sr-only">
          {t('Tasks in the link')}
        </p>
        <ul className="space-y-0.5">
          {list.tasks.map(({ id, batch }) => (
            <li key={id} className="flex flex-wrap items-baseline gap-2">
              <span className="font-mono text-xs break-all">{id}</span>
              {batch ? <span className="text-slate-600">{batch}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      {skipped.length > 0 ? (
        <p className="text-slate-600">
          {tp(
            skipped.length,
            {
              one: '{count} entry of the link is not a task id and is left out: {entries}.',
              other: '{count} entries of the link are not task ids and are left out: {entries}.',
            },
            {
              entries: formatList(
                skipped.map((entry) => `“${entry}”`),
                'conjunction',
                'narrow',
              ),
            },
          )}
        </p>
      ) : null}
      {present > 0 && added === undefined ? (
        <p className="text-slate-600">
          {tp(present, {
            one: '{count} of them is already in your list and stays as it is.',
            other: '{count} of them are already in your list and stay as they are.',
          })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {added === undefined && count > 0 ? (
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              setAdded(importTasks(list.tasks).added.length);
              onDone();
            }}
          >
            {tp(count, { one: 'Add {count} task', other: 'Add {count} tasks' })}
          </button>
        ) : null}
        <span role="status">
          {added === undefined
            ? null
            : tp(added, { one: 'Added {count} task.', other: 'Added {count} tasks.' })}
        </span>
      </div>
    </>
  );
}

export function SharedListOffer({ fragment }: { fragment: string }) {
  const [reading, setReading] = useState<ShareReading>();
  useEffect(() => {
    let current = true;
    void decodeShare(fragment).then((read) => {
      if (current) setReading(read);
    });
    return () => {
      current = false;
    };
  }, [fragment]);
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const onDone = () => closeButton.current?.focus();
  // It asks before anything happens: the focus starts there, so it is heard first.
  useEffect(() => heading.current?.focus(), [reading]);
  const close = () => {
    void navigate({ pathname, search }, { replace: true });
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  if (reading === undefined) return null;
  return (
    <section aria-labelledby={headingId} className="card space-y-3 text-sm ring-2 ring-indigo-600">
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold focus:outline-none"
      >
        {t('A shared list of tasks')}
      </h2>
      {reading.ok ? (
        <>
          <SharedTasks list={reading.list} skipped={reading.skipped} onDone={onDone} />
          <ConnectionQuestions list={reading.list} onDone={onDone} />
        </>
      ) : (
        <p className="text-rose-700">
          {t(
            'This share link is damaged or incomplete, so nothing in it can be used. Ask for the link again.',
          )}
        </p>
      )}
      <button ref={closeButton} type="button" className="btn-secondary" onClick={close}>
        {t('Close')}
      </button>
    </section>
  );
}
