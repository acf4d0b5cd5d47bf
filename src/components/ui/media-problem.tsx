import { RefreshButton } from './refresh-button';
import { useNow } from '../../hooks/use-now';
import { RichText } from './rich-text';
import { t } from '../../lib/i18n';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useApiKey } from '../../stores/key-store';
import type { Recovery } from '../../hooks/use-media-recovery';

type Failed = Extract<Recovery, { kind: 'failed' }>;

/** What the browser's MediaError code says, in words. */
function mediaErrorText(code: number | undefined): string {
  switch (code) {
    case 2:
      return t('The download of the file broke off (a network error).');
    case 3:
      return t('The file is damaged or uses an encoding this browser cannot decode.');
    case 4:
      return t(
        'The address was refused or the file is not a video this browser plays: an expired or revoked link fails this way.',
      );
    default:
      return t('The browser could not play the file.');
  }
}

function reasonText(failure: Failed): string {
  switch (failure.reason) {
    case 'same-link':
      return t('The task was fetched again, but the provider sent the same link.');
    case 'failed-again':
      return t('The provider sent a fresh link, and it did not play either.');
    case 'refresh-failed':
      return t('Asking the provider for a fresh link failed: {error}', {
        error: failure.refreshError ?? t('no answer'),
      });
    case 'not-renewable':
      return '';
  }
}

/** Why the video does not play, and what to do: refresh, or open the link in a new tab. */
function MediaProblem({
  failure,
  src,
  expiresAt,
  onRefresh,
}: {
  failure: Failed;
  src: string;
  expiresAt: number | undefined;
  onRefresh: (() => void) | undefined;
}) {
  const now = useNow();
  const hasKey = useApiKey() !== '';
  const expired = expiresAt !== undefined && expiresAt <= now && !src.startsWith('blob:');
  return (
    <div role="alert" className="space-y-2 rounded-md border-l-4 border-rose-500 bg-rose-50 p-3">
      <p className="text-sm font-semibold text-rose-900">
        {expired ? t('The video link has expired') : t('The video cannot be played')}
      </p>
      <p className="text-sm text-rose-900">
        {/* The reason follows as its own sentence, spaced as the language spaces sentences. */}
        {expired ? (
          <RichText
            message="It stopped working <time>{when}</time> ({date}). {reason}"
            parts={{
              time: (text) => <time dateTime={new Date(expiresAt).toISOString()}>{text}</time>,
            }}
            values={{
              when: formatRelative(expiresAt, now),
              date: formatDateTime(expiresAt),
              reason: reasonText(failure),
            }}
          />
        ) : (
          t('{problem} {reason}', {
            problem: mediaErrorText(failure.mediaCode),
            reason: reasonText(failure),
          })
        )}
      </p>
      <p className="text-sm text-rose-900">
        {src.startsWith('blob:')
          ? t('Download the file and play it with another player.')
          : onRefresh
            ? t(
                'Refresh to ask the provider for a new link, or open the link in a new tab to see what the provider answers.',
              )
            : t('Open the link in a new tab to see what the provider answers.')}
      </p>
      <div className="flex flex-wrap gap-2">
        {onRefresh ? (
          <RefreshButton hasKey={hasKey} onClick={onRefresh}>
            {t('Refresh')}
          </RefreshButton>
        ) : null}
        {src.startsWith('blob:') ? null : (
          <a href={src} target="_blank" rel="noreferrer noopener" className="btn-secondary">
            {t('Open the link in a new tab')}
          </a>
        )}
      </div>
    </div>
  );
}

/**
 * What a player shows above its video while the link is being renewed, or once it has failed
 * for good (`useMediaRecovery`); nothing while the video plays.
 */
export function MediaRecoveryNotice({
  recovery,
  src,
  expiresAt,
  onRefresh,
}: {
  recovery: Recovery;
  src: string;
  expiresAt: number | undefined;
  onRefresh: (() => void) | undefined;
}) {
  if (recovery.kind === 'refreshing') {
    return (
      <p role="status" className="text-sm text-slate-700">
        {recovery.manual
          ? t('Asking the provider for a fresh link…')
          : t('The video did not load; asking the provider for a fresh link…')}
      </p>
    );
  }
  if (recovery.kind === 'failed') {
    return (
      <MediaProblem failure={recovery} src={src} expiresAt={expiresAt} onRefresh={onRefresh} />
    );
  }
  return null;
}
