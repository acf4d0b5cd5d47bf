// The ways providers write a moment, from the simulator's epoch milliseconds.

export const toSeconds = (epochMs: number): number => Math.floor(epochMs / 1000);
