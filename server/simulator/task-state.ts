import type { TaskOutcome } from './catalogue';
import type { TaskPhase } from './timeline';

/** Where a task ends, in the dashboard's words; each family has its own word for each. */
export type FinalState = 'succeeded' | 'failed';

export type TaskState = 'queued' | 'running' | FinalState;

export function finalState(outcome: TaskOutcome): FinalState {
  switch (outcome) {
    case 'completed':
    case 'completed-lagging-status':
      return 'succeeded';
    case 'failed':
    case 'moderated':
      return 'failed';
  }
}

export function taskState(outcome: TaskOutcome, phase: TaskPhase): TaskState {
  return phase.kind === 'done' ? finalState(outcome) : phase.kind;
}

/** A family's status word for each state. */
export type StatusWords = Record<TaskState, string>;

/** The family's word for the task's state now. */
export function statusWord(words: StatusWords, outcome: TaskOutcome, phase: TaskPhase): string {
  return words[taskState(outcome, phase)];
}
