import type { FaultKind } from './catalogue';
import { resolveTask } from './task-id';

const faultKinds: readonly FaultKind[] = ['429', '500', '524', 'slow', 'not-json'];

export interface FaultRequest {
  id: string;
  fault: FaultKind;
  times: number;
}

function isFaultKind(value: unknown): value is FaultKind {
  return faultKinds.some((kind) => kind === value);
}

/** Parses a `POST /sim/faults` body; returns a message for the 400 answer when it is wrong. */
export function parseFaultRequest(body: unknown): FaultRequest | string {
  if (typeof body !== 'object' || body === null) return 'Expected a JSON object.';
  const id = 'id' in body ? body.id : undefined;
  const fault = 'fault' in body ? body.fault : undefined;
  const times = 'times' in body ? body.times : 1;
  if (typeof id !== 'string' || !resolveTask(id)) {
    return '"id" must be a task id from GET /sim/catalogue, or a fresh run of one (its "fresh").';
  }
  if (!isFaultKind(fault)) return `"fault" must be one of ${faultKinds.join(', ')}.`;
  if (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > 1000) {
    return '"times" must be an integer from 1 to 1000.';
  }
  return { id, fault, times };
}
