import { useNow } from '../../hooks/use-now';
import { formatDateTime, formatTimeAgo } from '../../lib/format';

export function TimeAgo({ epochMs }: { epochMs: number }) {
  const now = useNow();
  return (
    <time dateTime={new Date(epochMs).toISOString()} title={formatDateTime(epochMs)}>
      {formatTimeAgo(epochMs, Math.max(now, epochMs))}
    </time>
  );
}
