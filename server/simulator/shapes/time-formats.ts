// The ways providers write a moment, from the simulator's epoch milliseconds.

export const toSeconds = (epochMs: number): number => Math.floor(epochMs / 1000);

const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** DashScope's zone-less local time, China time (UTC+8): `2025-07-27 21:05:15.212`. */
export function chinaTime(epochMs: number): string {
  return new Date(epochMs + chinaOffsetMs).toISOString().replace('T', ' ').replace('Z', '');
}
