import type { TaskOutcome } from './catalogue';
import type { TaskPhase } from './timeline';

/** Where a task ends, in the dashboard's words; each family has its own word for each. */
export type FinalState = 'succeeded' | 'failed' | 'cancelled' | 'expired';

export type TaskState = 'queued' | 'running' | FinalState;

export function finalState(outcome: TaskOutcome): FinalState {
  switch (outcome) {
    case 'completed':
    case 'completed-lagging-status':
      return 'succeeded';
    case 'failed':
    case 'moderated':
      return 'failed';
    case 'cancelled':
    case 'expired':
      return outcome;
  }
}

export function taskState(outcome: TaskOutcome, phase: TaskPhase): TaskState {
  return phase.kind === 'done' ? finalState(outcome) : phase.kind;
}

/** A family's status word for each state; a family without a word for a state never ends in it. */
export interface StatusWords {
  queued: string;
  running: string;
  succeeded: string;
  failed: string;
  cancelled?: string;
  expired?: string;
}

/** The family's word for the task's state now. */
export function statusWord(words: StatusWords, outcome: TaskOutcome, phase: TaskPhase): string {
  // The catalogue's tests make sure no entry ends in a state its family has no word for.
  return words[taskState(outcome, phase)] ?? words.failed;
}
