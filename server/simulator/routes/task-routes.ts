import { Hono, type Context } from 'hono';
import { apiErrorBody } from '../../http-errors';
import { delay, faultResponse } from '../fault-responses';
import type { FaultKind } from '../catalogue';
import { endpointPath, endpoints, takesIdInQuery, type Endpoint } from '../endpoints';
import { renderTask } from '../shapes/render-task';
import type { SimulatorState } from '../simulator-state';
import { hasExpired, taskPhase } from '../timeline';
import { findTaskAt, sendMissing } from './task-lookup';

export interface TaskRouteOptions {
  state: SimulatorState;
  speed: number;
  now: () => number;
  slowFaultMs: number;
  /** Told of every id a path did not know, so the stats can tell an endpoint search apart. */
  onUnknownTask: (id: string) => void;
}

/** The status query of every family, each at its own path (`endpoints.ts`). */
export function taskRoutes({
  state,
  speed,
  now,
  slowFaultMs,
  onUnknownTask,
}: TaskRouteOptions): Hono {
  const routes = new Hono();

  const poll = async (c: Context, endpoint: Endpoint, id: string) => {
    const task = findTaskAt(endpoint, id);
    if (!task) {
      onUnknownTask(id);
      return sendMissing(c, endpoint.missing(id));
    }

    const requestNumber = state.countRequest(id);
    const startedAt = state.startClock(id, now());
    const fault: FaultKind | undefined =
      state.takeFault(id) ??
      task.entry.fault ??
      (requestNumber <= (task.entry.flakyFailures ?? 0) ? '500' : undefined);

    if (fault === 'slow') {
      try {
        await delay(slowFaultMs, c.req.raw.signal);
      } catch {
        // The client gave up; nobody is left to read this (499 is nginx's "client closed").
        return new Response(null, { status: 499 });
      }
    } else if (fault) {
      return faultResponse(fault);
    }

    const clock = { startedAt, now: now(), speed };
    const phase = taskPhase(task.entry, clock);
    if (hasExpired(task.entry, phase, clock)) {
      return sendMissing(c, (endpoint.expired ?? endpoint.missing)(id));
    }
    const origin = new URL(c.req.url).origin;
    const doneAnswer = phase.kind === 'done' ? state.countDoneAnswer(id) : 0;
    return c.json(
      renderTask({ id, entry: task.entry, phase, createdAt: startedAt, origin, doneAnswer }),
    );
  };

  for (const endpoint of endpoints) {
    const path = endpointPath(endpoint);
    if (takesIdInQuery(endpoint)) {
      routes.get(path, (c) => {
        const id = c.req.query('id');
        if (id) return poll(c, endpoint, id);
        return c.json(
          apiErrorBody('Give the task id as ?id=<id>.', 'invalid_request_error', 'missing_id'),
          400,
        );
      });
    } else {
      // Hono has already percent-decoded the segment; the colon in `sora-2:task_…` arrives raw.
      routes.get(`${path}/:id`, (c) => poll(c, endpoint, c.req.param('id')));
    }
  }

  return routes;
}
