import type { ReactNode } from 'react';
import { MAX_VIDEO_BYTES } from '../../api/get-task-content';
import type { KeyedLoad } from '../../hooks/use-keyed-video';
import { t } from '../../lib/i18n';
import { formatBytes } from '../../lib/limited-body';

interface KeyedVideoLoadProps {
  id: string;
  /** The thumbnail to show meanwhile, if any. */
  picture: string | undefined;
  state: Exclude<KeyedLoad, { kind: 'ready' }>;
  onLoad: () => void;
  onCancel: () => void;
  /** Shown above the explanation (when the link expires). */
  notice?: ReactNode;
  /** More buttons beside Load video. */
  actions?: ReactNode;
  /** Shown last (what a download did). */
  children?: ReactNode;
}

/**
 * A keyed video before it plays (`useKeyedVideo`): why it waits to be asked for, Load video,
 * how much has come, Cancel, and why it failed.
 */
export function KeyedVideoLoad({
  id,
  picture,
  state,
  onLoad,
  onCancel,
  notice,
  actions,
  children,
}: KeyedVideoLoadProps) {
  return (
    <div className="space-y-2">
      {picture ? (
        <img
          src={picture}
          alt={t('Thumbnail of {id}', { id })}
          className="max-h-[70vh] max-w-full rounded bg-black"
          referrerPolicy="no-referrer"
        />
      ) : null}
      {notice}
      <p className="text-sm text-slate-600">
        {t(
          'This provider serves the video only with your API key, so the page fetches the whole file (up to {size}) when you ask.',
          { size: formatBytes(MAX_VIDEO_BYTES) },
        )}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {state.kind === 'loading' ? (
          <>
            <p role="status" className="text-sm text-slate-700">
              {state.total === undefined
                ? t('Fetching the video with your key… {received}', {
                    received: formatBytes(state.received),
                  })
                : t('Fetching the video with your key… {received} of {total}', {
                    received: formatBytes(state.received),
                    total: formatBytes(state.total),
                  })}
            </p>
            <button type="button" className="btn-secondary" onClick={onCancel}>
              {t('Cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="btn-primary" onClick={onLoad}>
            {state.kind === 'error' ? t('Try again') : t('Load video')}
          </button>
        )}
        {actions}
      </div>
      {state.kind === 'error' ? (
        <p role="alert" className="text-sm text-rose-700">
          {t('Could not load the video: {reason}', { reason: state.message })}
        </p>
      ) : null}
      {children}
    </div>
  );
}
