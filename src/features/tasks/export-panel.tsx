// Export: the selected tasks as JSON and as CSV (that Excel opens right), and a link that shares
// them. Loaded when Export is pressed; what a file holds is read from the list and the last
// answers at the moment it is saved, and never holds the key.
//
// This chunk also brings tasks in (Import's report, a shared link's offer, in transfer/): they
// share most of their code with Export, and one chunk costs the first page one address, not one
// for each and for every part they share (transfer/import-control.tsx loads it).
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { taskQueryKey } from '../../api/get-task';
import type { Connection } from '../../api/http-client';
import { CopyButton } from '../../components/ui/copy-button';
import { encodeShare, prepareShare, type SharedList } from '../../domain/share-link';
import type { Task } from '../../domain/task-model';
import {
  exportableVideoUrl,
  exportCsv,
  exportJson,
  hasUnexportableVideo,
  type ExportedTask,
} from '../../domain/task-export';
import { useConnection } from '../../hooks/use-connection';
import { categoryFor } from '../../hooks/use-task-categories';
import { formatList, t, tp } from '../../lib/i18n';
import { saveBlobAs } from '../../lib/save-blob';
import { useTrackedTasks } from '../../stores/tasks-store';
import type { TrackedTask } from '../../stores/task-list-merge';
import type { BulkPanelProps } from './bulk-panel';

interface Snapshot {
  tasks: ExportedTask[];
  /** Tasks with a video whose link is left out (signed, expiring, or needing the key). */
  linksLeftOut: number;
}

/** What the list and the last answers know of the tasks, now. */
function snapshot(
  ids: readonly string[],
  tracked: readonly TrackedTask[],
  queryClient: QueryClient,
  connection: Connection,
): Snapshot {
  const byId = new Map(tracked.map((task) => [task.id, task]));
  let linksLeftOut = 0;
  const tasks = ids.map((id): ExportedTask => {
    const state = queryClient.getQueryState<Task>(taskQueryKey(connection, id));
    const task = state?.data;
    const category = categoryFor(task, state?.error);
    if (hasUnexportableVideo(task)) linksLeftOut += 1;
    return {
      id,
      batch: byId.get(id)?.batch,
      // "loading" and "error" say nothing about the task itself.
      status: category === 'loading' || category === 'error' ? undefined : category,
      model: task?.model,
      prompt: task?.prompt,
      createdAt: task?.createdAt,
      addedAt: byId.get(id)?.addedAt,
      videoUrl: exportableVideoUrl(task),
    };
  });
  return { tasks, linksLeftOut };
}

/** `reelwatch-tasks-2026-03-01.csv` */
const fileName = (extension: string) =>
  `reelwatch-tasks-${new Date().toISOString().slice(0, 10)}.${extension}`;

export function ExportPanel({ ids, onClose }: BulkPanelProps) {
  const queryClient = useQueryClient();
  const connection = useConnection();
  const tracked = useTrackedTasks();
  const headingId = useId();
  const linkId = useId();
  const count = ids.length;
  const now = () => snapshot(ids, tracked, queryClient, connection);
  const { linksLeftOut } = now();

  const { baseUrl, queryTemplates } = connection;
  // The same ids come as a new array whenever an answer moves the list: the link is made anew
  // only when they, their batches or the connection change.
  const idsKey = ids.join('\n');
  const { list, leftOut } = useMemo(() => {
    const batchOf = new Map(tracked.map((task) => [task.id, task.batch]));
    const shared = idsKey.split('\n').map((id) => ({ id, batch: batchOf.get(id) }));
    return prepareShare(shared, baseUrl, queryTemplates);
  }, [idsKey, tracked, baseUrl, queryTemplates]);
  const [link, setLink] = useState<{ list: SharedList; url: string }>();
  useEffect(() => {
    let current = true;
    void encodeShare(list).then((fragment) => {
      if (current) setLink({ list, url: `${window.location.origin}/${fragment}` });
    });
    return () => {
      current = false;
    };
  }, [list]);
  const shareUrl = link?.list === list ? link.url : undefined;

  const save = (kind: 'json' | 'csv') => {
    const { tasks } = now();
    const text = kind === 'json' ? exportJson(tasks, Date.now()) : exportCsv(tasks);
    const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    saveBlobAs(new Blob([text], { type }), fileName(kind));
  };

  return (
    <section aria-labelledby={headingId} className="card space-y-3 text-sm">
      <h3 id={headingId} className="font-semibold">
        {tp(count, { one: 'Export {count} task', other: 'Export {count} tasks' })}
      </h3>
      <p>
        {t(
          'Saves each task’s id, batch, last known status, model, prompt, when it was created and added, and its video link where that is not a signed one. Never your API key.',
        )}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={() => save('json')}>
          {t('Download JSON')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => save('csv')}>
          {t('Download CSV')}
        </button>
      </div>
      <p className="text-slate-600">
        {t(
          'In the CSV, a cell that starts with = + - or @ gets an apostrophe in front, so that a spreadsheet shows it instead of running it.',
        )}
      </p>
      {linksLeftOut > 0 ? (
        <p className="text-slate-600">
          {tp(linksLeftOut, {
            one: '{count} video link is left out: it is signed, expires or needs your API key (a signed link lets anyone who has the file download the video).',
            other:
              '{count} video links are left out: they are signed, expire or need your API key (a signed link lets anyone who has the file download the video).',
          })}
        </p>
      ) : null}

      <h4 className="pt-2 font-semibold">{t('Share link')}</h4>
      <p>
        {tp(count, {
          one: 'A link to this dashboard with {count} task id, its batch, the base URL and the Query endpoints; never your API key. Whoever opens it is asked before anything is added or changed.',
          other:
            'A link to this dashboard with {count} task ids, their batches, the base URL and the Query endpoints; never your API key. Whoever opens it is asked before anything is added or changed.',
        })}
      </p>
      {leftOut.credentials ? (
        <p role="note" className="text-amber-800">
          {t(
            'The user name and password in the base URL are left out of the link: they would let anyone use your account.',
          )}
        </p>
      ) : null}
      {leftOut.baseUrlParts.length > 0 ? (
        <p role="note" className="text-amber-800">
          {t(
            'These parts of the base URL are left out of the link, as they look like keys or signatures: {names}.',
            { names: formatList(leftOut.baseUrlParts, 'conjunction', 'narrow') },
          )}
        </p>
      ) : null}
      {leftOut.templateParams.length > 0 ? (
        <p role="note" className="text-amber-800">
          {t(
            'These parameters of the Query endpoints are left out of the link, as they look like keys or signatures: {names}.',
            { names: formatList(leftOut.templateParams, 'conjunction', 'narrow') },
          )}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={linkId} className="sr-only">
          {t('Share link')}
        </label>
        <input
          id={linkId}
          className="field min-w-0 flex-1 font-mono"
          readOnly
          value={shareUrl ?? ''}
          placeholder={t('Loading…')}
          onFocus={(event) => event.currentTarget.select()}
        />
        {shareUrl === undefined ? (
          <button type="button" className="btn-secondary" disabled>
            {t('Copy share link')}
          </button>
        ) : (
          <CopyButton text={shareUrl} label={t('Copy share link')} />
        )}
      </div>
      <button type="button" className="btn-secondary" onClick={onClose}>
        {t('Close')}
      </button>
    </section>
  );
}

export { importChosen } from './transfer/import-report';
export { SharedListOffer } from './transfer/shared-list-offer';
