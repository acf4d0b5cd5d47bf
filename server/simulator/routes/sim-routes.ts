import { Hono } from 'hono';
import { apiErrorBody } from '../../http-errors';
import {
  catalogue,
  isFailureClassEntry,
  isFaultEntry,
  isHostileEntry,
  type CatalogueEntry,
} from '../catalogue';
import { endpointOf, endpoints } from '../endpoints';
import { parseFaultRequest } from '../fault-request';
import type { RequestStats, TaskTimes } from '../request-stats';
import type { SimulatorState } from '../simulator-state';
import { freshIdTemplate } from '../task-id';
import { finalState } from '../task-state';

export interface SimRouteOptions {
  state: SimulatorState;
  stats: RequestStats;
  /** A task's first-seen and terminal times, once its clock has started. */
  timesOf: (id: string) => TaskTimes | undefined;
}

function listing(entry: CatalogueEntry) {
  const { id, title, family, model, outcome, description, failureClass } = entry;
  const base = {
    id,
    title,
    // `shape` is what clients before the families read; it names the family.
    shape: family,
    outcome,
    description,
    family,
    model,
    endpoint: endpointOf(family).template,
    state: finalState(outcome),
    fresh: freshIdTemplate(id),
    ...(entry.demo ? { demo: true } : {}),
  };
  if (isFaultEntry(entry)) return { ...base, fault: true };
  if (isHostileEntry(entry)) return { ...base, hostile: entry.hostile };
  return failureClass === undefined ? base : { ...base, failureClass };
}

/** The simulator's own control surface: what it offers, and faults on demand for tests. */
export function simRoutes({ state, stats, timesOf }: SimRouteOptions): Hono {
  const routes = new Hono();

  routes.get('/sim/catalogue', (c) => {
    // Unflagged tasks first (the demo is the ones marked `demo`), then the flagged ones.
    const unflagged = catalogue.filter(
      (entry) => !isFaultEntry(entry) && !isFailureClassEntry(entry) && !isHostileEntry(entry),
    );
    const failureClasses = catalogue.filter(isFailureClassEntry);
    const faults = catalogue.filter(isFaultEntry);
    const hostile = catalogue.filter(isHostileEntry);
    return c.json({
      tasks: [...unflagged, ...failureClasses, ...faults, ...hostile].map(listing),
      endpoints: endpoints.map((endpoint) => endpoint.template),
    });
  });

  routes.post('/sim/faults', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json(apiErrorBody('Body must be JSON.', 'invalid_request_error', 'bad_body'), 400);
    }
    const request = parseFaultRequest(body);
    if (typeof request === 'string') {
      return c.json(apiErrorBody(request, 'invalid_request_error', 'bad_body'), 400);
    }
    state.queueFault(request.id, request.fault, request.times);
    return c.json({ queued: request }, 201);
  });

  routes.delete('/sim/faults', (c) => {
    state.clearFaults();
    return c.body(null, 204);
  });

  routes.post('/sim/reset', (c) => {
    state.reset();
    stats.reset();
    return c.body(null, 204);
  });

  // For benchmarks: what the dashboard asked of the task paths, and when each task finished.
  routes.get('/sim/stats', (c) => c.json(stats.snapshot(timesOf)));

  routes.post('/sim/stats/reset', (c) => {
    stats.reset();
    return c.body(null, 204);
  });

  return routes;
}
