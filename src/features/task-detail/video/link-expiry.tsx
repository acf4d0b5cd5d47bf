import { useNow } from '../../../hooks/use-now';
import { formatDateTime, formatRelative } from '../../../lib/format';

/** When a signed video link stops working, and what to do about it. */
export function LinkExpiry({ expiresAt }: { expiresAt: number }) {
  const now = useNow();
  const expired = expiresAt <= now;
  return (
    <p className={`text-sm ${expired ? 'text-rose-800' : 'text-slate-600'}`}>
      {expired ? 'This video link expired ' : 'This video link expires '}
      <time dateTime={new Date(expiresAt).toISOString()} title={formatDateTime(expiresAt)}>
        {formatRelative(expiresAt, now)}
      </time>
      {expired
        ? '. Refresh the task to ask the provider for a fresh one.'
        : '. Download it before then.'}
    </p>
  );
}
