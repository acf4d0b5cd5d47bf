import { useNow } from '../../../hooks/use-now';
import { RichText } from '../../../components/ui/rich-text';
import { formatDateTime, formatRelative } from '../../../lib/format';

/** When a signed video link stops working, and what to do about it. */
export function LinkExpiry({ expiresAt }: { expiresAt: number }) {
  const now = useNow();
  const expired = expiresAt <= now;
  const time = (text: string) => (
    <time dateTime={new Date(expiresAt).toISOString()} title={formatDateTime(expiresAt)}>
      {text}
    </time>
  );
  return (
    <p className={`text-sm ${expired ? 'text-rose-800' : 'text-slate-600'}`}>
      {expired ? (
        <RichText
          message="This video link expired <time>{when}</time>. Refresh the task to ask the provider for a fresh one."
          parts={{ time }}
          values={{ when: formatRelative(expiresAt, now) }}
        />
      ) : (
        <RichText
          message="This video link expires <time>{when}</time>. Download it before then."
          parts={{ time }}
          values={{ when: formatRelative(expiresAt, now) }}
        />
      )}
    </p>
  );
}
