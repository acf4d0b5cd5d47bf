// "Download videos": the finished videos of the selected tasks as one ZIP file. It says first
// what it will fetch and what it skips (and why), then streams the ZIP into a file the person
// picks (or, where the browser cannot, saves it from memory), with a progress bar, a Cancel, and
// at the end what was saved and what could not be fetched. Loaded by the panel's shell
// (../download-videos-panel.tsx) when it opens, with client-zip.
import { useEffect, useRef, useState } from 'react';
import { videoSourceOf, type VideoFileSource } from '../../../api/fetch-video';
import { useConnection } from '../../../hooks/use-connection';
import { useSelectedTasks } from './use-selected-tasks';
import { t, tp } from '../../../lib/i18n';
import { formatBytes } from '../../../lib/limited-body';
import type { BulkPanelProps } from '../bulk-panel';
import { LARGE_ZIP_BYTES, planZip, zipFileName, type PlannedVideo, type ZipPlan } from './zip-plan';
import {
  canStreamToFile,
  chooseZipTarget,
  discardZip,
  writeZip,
  type Leftover,
  type ZipTarget,
} from './zip-target';
import { zipVideos, type ZipProgress, type ZipReport } from './zip-videos';
import { planWords, problemWords, savedWords, skipWords } from './zip-words';

type Phase =
  /** Not started: the plan follows what is known of the selected tasks. */
  | { kind: 'ready'; note: string | undefined }
  | { kind: 'running'; plan: ZipPlan; fileName: string; progress: ZipProgress; closing: boolean }
  | { kind: 'done'; plan: ZipPlan; fileName: string; report: ZipReport; leftover: Leftover }
  | {
      kind: 'stopped';
      plan: ZipPlan;
      fileName: string;
      leftover: Leftover;
      /** Why it stopped, when it was not the person's Cancel. */
      error: string | undefined;
    };

/** How often the progress is drawn while bytes arrive. */
const PROGRESS_EVERY_MS = 100;

function leftoverWords(leftover: Leftover, fileName: string): string | undefined {
  switch (leftover) {
    case 'none':
      return undefined;
    case 'removed':
      return t('The unfinished file {fileName} was removed.', { fileName });
    case 'incomplete':
      return t('{fileName} was left unfinished: delete it.', { fileName });
  }
}

function ProgressView({ progress }: { progress: ZipProgress }) {
  const { done, total, bytes } = progress;
  const size = formatBytes(bytes);
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={t('ZIP progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('{done} of {total} videos, {size}', { done, total, size })}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-indigo-500 motion-safe:transition-[width]"
          style={{ width: `${total ? (done / total) * 100 : 0}%` }}
        />
      </div>
      <p className="tabular-nums text-slate-700">
        {progress.current === undefined
          ? t('{done} of {total} videos, {size}', { done, total, size })
          : t('{done} of {total} videos, {size}: fetching {fileName}…', {
              done,
              total,
              size,
              fileName: progress.current,
            })}
      </p>
    </div>
  );
}

/** The tasks left out, each with why; nothing when there is none. */
function ReasonList({
  heading,
  label,
  reasons,
}: {
  heading: string;
  label: string;
  reasons: readonly { id: string; reason: string }[];
}) {
  if (reasons.length === 0) return null;
  return (
    <div>
      <p>{heading}</p>
      <ul aria-label={label} className="list-disc pl-5 break-all">
        {reasons.map(({ id, reason }) => (
          <li key={id}>{t('{id}: {reason}', { id, reason })}</li>
        ))}
      </ul>
    </div>
  );
}

function PlanView({ plan }: { plan: ZipPlan }) {
  return (
    <>
      <p>{planWords(plan.videos.length, plan.selected)}</p>
      <ReasonList
        heading={tp(plan.skipped.length, {
          one: 'Skipped {count} task:',
          other: 'Skipped {count} tasks:',
        })}
        label={t('Skipped tasks')}
        reasons={plan.skipped.map(({ id, reason }) => ({ id, reason: skipWords(reason) }))}
      />
    </>
  );
}

export function DownloadVideosBody({ ids, onClose }: BulkPanelProps) {
  const connection = useConnection();
  const [phase, setPhase] = useState<Phase>({ kind: 'ready', note: undefined });
  const controller = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  // Until it starts, the plan follows the tasks as their answers come in.
  const cached = useSelectedTasks(ids, phase.kind === 'ready');

  useEffect(() => heading.current?.focus(), []);
  // Closed or left another way mid-way: stop cleanly (the picked file is removed).
  const gone = useRef(false);
  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
      controller.current?.abort();
    };
  }, []);
  const running = phase.kind === 'running';
  const closing = phase.kind === 'running' && phase.closing;
  useEffect(() => {
    if (!running) return undefined;
    // Leaving the page would lose the ZIP: the browser asks first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [running]);
  useEffect(() => {
    if (closing) stayButton.current?.focus();
  }, [closing]);

  const currentPlan = (): ZipPlan => planZip(ids, cached.read, connection);
  const plan = phase.kind === 'ready' ? currentPlan() : phase.plan;

  /** As the player does for a link that stopped working: the task asked again, at once. */
  const renewSource = async (video: PlannedVideo): Promise<VideoFileSource | undefined> => {
    const where = videoSourceOf(await cached.refreshAndRead(video.id), connection);
    return 'source' in where ? where.source : undefined;
  };

  const start = async () => {
    const frozen = currentPlan();
    // One run at a time, also while the picker is open.
    if (frozen.videos.length === 0 || controller.current) return;
    const run = new AbortController();
    controller.current = run;
    let target: ZipTarget | undefined;
    try {
      // Straight from the click: the browser shows its picker only then.
      target = await chooseZipTarget(zipFileName(new Date()), t('ZIP file'));
    } catch (error) {
      controller.current = null;
      setPhase({ kind: 'ready', note: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (target === undefined || gone.current) {
      controller.current = null;
      // Closed while the picker was open: the file it made goes too.
      if (target) await discardZip(target);
      else setPhase({ kind: 'ready', note: t('No file was chosen, so nothing was downloaded.') });
      return;
    }
    const fileName = target.name;
    const total = frozen.videos.length;
    let drawnAt = 0;
    let drawnDone = -1;
    const onProgress = (progress: ZipProgress) => {
      const now = performance.now();
      if (progress.done === drawnDone && now - drawnAt < PROGRESS_EVERY_MS) return;
      drawnAt = now;
      drawnDone = progress.done;
      setPhase((shown) => (shown.kind === 'running' ? { ...shown, progress } : shown));
    };
    setPhase({
      kind: 'running',
      plan: frozen,
      fileName,
      progress: { done: 0, total, bytes: 0, current: undefined },
      closing: false,
    });
    const { stream, report } = zipVideos({
      videos: frozen.videos,
      signal: run.signal,
      renewSource,
      onProgress,
    });
    try {
      const leftover = await writeZip(target, stream, {
        signal: run.signal,
        keep: () => report.saved.length > 0,
      });
      setPhase({ kind: 'done', plan: frozen, fileName, report, leftover });
    } catch (error) {
      const leftover = await discardZip(target);
      const why = run.signal.aborted
        ? undefined
        : error instanceof Error
          ? error.message
          : String(error);
      setPhase({ kind: 'stopped', plan: frozen, fileName, leftover, error: why });
    } finally {
      if (controller.current === run) controller.current = null;
    }
  };

  const cancel = () => controller.current?.abort();
  const askToClose = () =>
    setPhase((shown) => (shown.kind === 'running' ? { ...shown, closing: true } : shown));
  const keepGoing = () =>
    setPhase((shown) => (shown.kind === 'running' ? { ...shown, closing: false } : shown));
  const stopAndClose = () => {
    cancel();
    onClose();
  };

  return (
    <section aria-label={t('Download videos')} className="card space-y-3 text-sm">
      <h3 ref={heading} tabIndex={-1} className="font-semibold outline-none">
        {t('Download videos')}
      </h3>
      <PlanView plan={plan} />

      {phase.kind === 'ready' ? (
        <>
          {plan.videos.length > 0 ? (
            <p className="text-slate-600">
              {canStreamToFile()
                ? t(
                    'About {size} in all (an estimate). You choose where the ZIP file goes, and it is written as the videos arrive.',
                    { size: formatBytes(plan.estimatedBytes) },
                  )
                : t(
                    'About {size} in all (an estimate). The ZIP is put together in this page’s memory, then saved to your downloads.',
                    { size: formatBytes(plan.estimatedBytes) },
                  )}
            </p>
          ) : null}
          {!canStreamToFile() && plan.estimatedBytes > LARGE_ZIP_BYTES ? (
            <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950">
              {t(
                'This may be more than this browser can hold: above 2 GB the download can fail or slow the page down. Select fewer tasks, or use a Chromium-based browser, which writes the ZIP straight to a file.',
              )}
            </p>
          ) : null}
          {phase.note ? <p role="status">{phase.note}</p> : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn-primary"
              disabled={plan.videos.length === 0}
              onClick={() => void start()}
            >
              {t('Download ZIP')}
            </button>
            <button type="button" className="btn-secondary" onClick={onClose}>
              {t('Close')}
            </button>
          </div>
        </>
      ) : null}

      {phase.kind === 'running' ? (
        <>
          <ProgressView progress={phase.progress} />
          {phase.closing ? (
            <div className="space-y-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3">
              <p className="text-amber-950">{t('The ZIP is not finished. Stop it and close?')}</p>
              <div className="flex flex-wrap gap-2">
                <button type="button" className="btn-secondary" onClick={stopAndClose}>
                  {t('Stop and close')}
                </button>
                <button ref={stayButton} type="button" className="btn-primary" onClick={keepGoing}>
                  {t('Keep downloading')}
                </button>
              </div>
            </div>
          ) : (
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-secondary" onClick={cancel}>
                {t('Cancel')}
              </button>
              <button type="button" className="btn-secondary" onClick={askToClose}>
                {t('Close')}
              </button>
            </div>
          )}
        </>
      ) : null}

      {phase.kind === 'done' ? (
        <DoneView report={phase.report} fileName={phase.fileName} leftover={phase.leftover} />
      ) : null}

      {phase.kind === 'stopped' ? (
        <div role="status" className="space-y-1">
          <p>
            {phase.error === undefined
              ? t('Cancelled: no ZIP was saved.')
              : t('Could not write the ZIP: {reason}', { reason: phase.error })}
          </p>
          {leftoverWords(phase.leftover, phase.fileName) ? (
            <p>{leftoverWords(phase.leftover, phase.fileName)}</p>
          ) : null}
        </div>
      ) : null}

      {phase.kind === 'done' || phase.kind === 'stopped' ? (
        <button type="button" className="btn-secondary" onClick={onClose}>
          {t('Close')}
        </button>
      ) : null}
    </section>
  );
}

function DoneView({
  report,
  fileName,
  leftover,
}: {
  report: ZipReport;
  fileName: string;
  leftover: Leftover;
}) {
  const saved = report.saved.length;
  return (
    <div className="space-y-2">
      <p role="status" className={saved ? 'text-emerald-800' : 'text-amber-900'}>
        {saved
          ? savedWords(saved, report.bytes, fileName)
          : t('No video could be fetched, so no ZIP was saved.')}
      </p>
      {leftover === 'incomplete' ? <p>{leftoverWords(leftover, fileName)}</p> : null}
      <ReasonList
        heading={tp(report.failed.length, {
          one: 'Could not fetch {count} video:',
          other: 'Could not fetch {count} videos:',
        })}
        label={t('Videos not fetched')}
        reasons={report.failed.map(({ id, problem }) => ({ id, reason: problemWords(problem) }))}
      />
    </div>
  );
}
