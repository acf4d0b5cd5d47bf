export function formatDateTime(epochMs: number | undefined): string {
  if (epochMs === undefined) return '—';
  return new Date(epochMs).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
}

/** "just now", "12 s ago", "3 min ago", "2 h ago", then the date. */
export function formatTimeAgo(epochMs: number | undefined, now = Date.now()): string {
  if (epochMs === undefined) return '—';
  const seconds = Math.round((now - epochMs) / 1000);
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return formatDateTime(epochMs);
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
