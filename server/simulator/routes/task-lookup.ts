import type { Context } from 'hono';
import type { Endpoint, MissingAnswer } from '../endpoints';
import { resolveTask, type ResolvedTask } from '../task-id';

/** The task asked for, if this endpoint serves its family: a family answers at its path only. */
export function findTaskAt(endpoint: Endpoint, id: string): ResolvedTask | undefined {
  const task = resolveTask(id);
  return task && endpoint.families.includes(task.entry.family) ? task : undefined;
}

export function sendMissing(c: Context, answer: MissingAnswer): Response {
  return c.json(answer.body, answer.status);
}
