import { useEffect, useRef, useState } from 'react';
import type { Connection } from '../../../api/http-client';
import { keepTaskVideo, type KeepOutcome } from '../../../api/keep-video';
import type { Task } from '../../../domain/task-model';
import { t } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import { keptVideos, type KeptVideo } from '../../../stores/kept-videos';
import { useFileJob, type FileJobState } from './use-file-job';

type Removal = { kind: 'removed' } | { kind: 'remove-failed'; why: string };

/** What the control last did: kept (or is keeping), or removed. */
type KeepState = FileJobState<KeepOutcome> | Removal;

/** What keeping or removing did, in words; empty while nothing has happened. */
function keepMessage(state: KeepState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'busy':
      return t('Keeping the video in this browser… {received}', {
        received: formatBytes(state.received),
      });
    case 'removed':
      return t('Removed from this browser.');
    case 'remove-failed':
      return t('Could not remove the video: {why}', { why: state.why });
  }
  const { outcome } = state;
  switch (outcome.kind) {
    case 'kept':
    case 'already-kept':
      return t('Kept in this browser ({size}): it plays here after the provider’s link expires.', {
        size: formatBytes(outcome.video.size),
      });
    case 'not-finished':
      return t('There is no video to keep until the task has finished.');
    case 'unreadable':
      return t(
        'Could not keep the video: {why} Open the link in a new tab and save it from there.',
        {
          why: outcome.why,
        },
      );
    case 'failed':
      return t('Could not keep the video: {why}', { why: outcome.why });
  }
}

const isProblem = (state: KeepState) =>
  state.kind === 'remove-failed' ||
  (state.kind === 'done' && state.outcome.kind !== 'kept' && state.outcome.kind !== 'already-kept');

/**
 * "Keep in this browser" beside Download: fetches the file as Download does and keeps it, so it
 * plays after the provider's link has expired; once kept, "Remove from this browser".
 */
export function KeepControl({
  task,
  connection,
  kept,
}: {
  task: Task;
  connection: Connection;
  /** The copy kept of this task, if any. */
  kept: KeptVideo | undefined;
}) {
  const job = useFileJob<KeepOutcome>();
  const [removal, setRemoval] = useState<Removal>();
  const state: KeepState = removal ?? job.state;
  const keepButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);

  // The button pressed turns into another: the focus goes to the one that undoes it.
  const isKept = kept !== undefined;
  const acted = state.kind === 'done' || state.kind === 'removed';
  useEffect(() => {
    if (!acted) return;
    (isKept ? removeButton : keepButton).current?.focus();
  }, [isKept, acted]);

  const keep = () => {
    setRemoval(undefined);
    job.start((options) => keepTaskVideo(connection, task, options));
  };

  const remove = (video: KeptVideo) => {
    job.cancel();
    keptVideos()
      .remove([video.key])
      .then(
        () => setRemoval({ kind: 'removed' }),
        (error: unknown) =>
          setRemoval({
            kind: 'remove-failed',
            why: error instanceof Error ? error.message : String(error),
          }),
      );
  };

  const unreadable =
    state.kind === 'done' && state.outcome.kind === 'unreadable' ? state.outcome.url : undefined;

  return (
    <>
      {kept ? (
        <>
          <button
            type="button"
            className="btn-secondary"
            disabled
            title={t('This video is kept in this browser.')}
          >
            {t('Kept in this browser')}
          </button>
          <button
            ref={removeButton}
            type="button"
            className="btn-secondary"
            onClick={() => remove(kept)}
          >
            {t('Remove from this browser')}
          </button>
        </>
      ) : state.kind === 'busy' ? (
        <button type="button" className="btn-secondary" onClick={job.cancel}>
          {t('Cancel keeping')}
        </button>
      ) : (
        <button
          ref={keepButton}
          type="button"
          className="btn-secondary"
          title={t(
            'Stores the file in this browser, so it plays after the provider’s link expires.',
          )}
          onClick={keep}
        >
          {t('Keep in this browser')}
        </button>
      )}
      {unreadable ? (
        <a href={unreadable} target="_blank" rel="noreferrer noopener" className="btn-secondary">
          {t('Open the link in a new tab')}
        </a>
      ) : null}
      <p
        role="status"
        className={`w-full text-sm ${isProblem(state) ? 'text-amber-900' : 'text-slate-600'}`}
      >
        {keepMessage(state)}
      </p>
    </>
  );
}
