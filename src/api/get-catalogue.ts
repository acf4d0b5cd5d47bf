// GET /sim/catalogue on this dashboard's own server: the built-in simulator's demo tasks and the
// Query endpoints it serves.
import { ApiError } from '../domain/api-error';
import { t } from '../lib/i18n';
import { asArray, asBoolean, asText, at } from '../lib/json-reader';

export interface DemoTask {
  id: string;
  /** Part of "Try the demo". */
  isDemo: boolean;
  /** How to name a fresh run of it: `{run}` takes 6 digits. */
  freshTemplate: string;
}

export interface Catalogue {
  tasks: DemoTask[];
  /** Every Query endpoint the simulator answers at, defaults first. */
  endpoints: string[];
}

export async function fetchCatalogue(origin: string, signal?: AbortSignal): Promise<Catalogue> {
  let body: unknown;
  try {
    const response = await fetch(`${origin}/sim/catalogue`, { signal, cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = await response.json();
  } catch (cause) {
    throw new ApiError(
      'network',
      () =>
        t(
          'The built-in simulator did not answer. Start the dashboard with “npm start” to use the demo.',
        ),
      { cause },
    );
  }
  const tasks = asArray(at(body, 'tasks')).flatMap((entry): DemoTask[] => {
    const id = asText(at(entry, 'id'));
    if (!id) return [];
    return [
      {
        id,
        isDemo: asBoolean(at(entry, 'demo')) === true,
        freshTemplate: asText(at(entry, 'fresh')) ?? `${id}--{run}`,
      },
    ];
  });
  const endpoints = asArray(at(body, 'endpoints'))
    .map((endpoint) => asText(endpoint))
    .filter((endpoint): endpoint is string => endpoint?.includes('{id}') === true);
  return { tasks, endpoints };
}

/** A fresh run of a demo task, with its own clock on the simulator. */
export function freshDemoId(task: DemoTask, run: string): string {
  return task.freshTemplate.replace('{run}', run);
}

/** Six digits: a run token every id form can carry (numeric ids and UUIDs included). */
export function newRunToken(random = Math.random): string {
  return String(Math.floor(random() * 1_000_000)).padStart(6, '0');
}
