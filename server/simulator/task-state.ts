import type { TaskOutcome } from './catalogue';

/** Where a task ends, in the dashboard's words; each family has its own word for each. */
export type FinalState = 'succeeded' | 'failed';

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
