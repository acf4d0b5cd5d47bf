// GET /sim/catalogue on this dashboard's own server: the built-in simulator's demo tasks.
import { ApiError } from './api-error';
import { asArray, asBoolean, asText, at } from '../lib/json-reader';

export interface DemoTask {
  id: string;
  title: string;
  description: string;
  isFault: boolean;
  /** An example of one failure class (for tests and the curious), not part of the demo. */
  isFailureExample: boolean;
}

export async function fetchCatalogue(origin: string, signal?: AbortSignal): Promise<DemoTask[]> {
  let body: unknown;
  try {
    const response = await fetch(`${origin}/sim/catalogue`, { signal, cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = await response.json();
  } catch (cause) {
    throw new ApiError(
      'network',
      'The built-in simulator did not answer. Start the dashboard with “npm start” to use the demo.',
      { cause },
    );
  }
  return asArray(at(body, 'tasks')).flatMap((entry): DemoTask[] => {
    const id = asText(at(entry, 'id'));
    if (!id) return [];
    return [
      {
        id,
        title: asText(at(entry, 'title')) ?? id,
        description: asText(at(entry, 'description')) ?? '',
        isFault: asBoolean(at(entry, 'fault')) ?? false,
        isFailureExample: asText(at(entry, 'failureClass')) !== undefined,
      },
    ];
  });
}

/** A fresh run of a demo task: the simulator gives every `<id>--<suffix>` its own clock. */
export function freshDemoId(id: string, suffix: string): string {
  return `${id}--${suffix}`;
}
