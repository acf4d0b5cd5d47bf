import { createHash } from 'node:crypto';
import { plainMediaUrl } from '../media-files';
import { taskState } from '../task-state';
import { runningSince } from '../timeline';
import { klingTaskData } from './kling-shape';
import type { RenderContext } from './render-context';
import { toSeconds } from './time-formats';

// new-api's task endpoint `/v1/video/generations/{id}`, here relaying Kling: the gateway's own
// status words and a progress string that is its guess from the status, not the upstream's
// figure; times in seconds, 0 while unset; the upstream's body kept as it came in `data.data`.

/** The gateway's status and progress guess for the task now. */
function gatewayStatus(ctx: RenderContext): { status: string; progress: string } {
  const { phase, entry } = ctx;
  switch (taskState(entry.outcome, phase)) {
    case 'queued':
      // Not yet handed on, handed on, then the upstream's own queue.
      if (phase.kind === 'queued' && phase.elapsed < 0.2)
        return { status: 'NOT_START', progress: '0%' };
      if (phase.kind === 'queued' && phase.elapsed < 0.5)
        return { status: 'SUBMITTED', progress: '10%' };
      return { status: 'QUEUED', progress: '20%' };
    case 'running':
      return {
        status: 'IN_PROGRESS',
        progress: phase.kind === 'running' && phase.elapsed >= 0.5 ? '50%' : '30%',
      };
    case 'succeeded':
      return { status: 'SUCCESS', progress: '100%' };
    case 'failed':
    case 'cancelled':
    case 'expired':
      return { status: 'FAILURE', progress: '100%' };
  }
}

/** Kling's numeric id for the task new-api handed on, stable for the id asked for. */
function upstreamId(id: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(id).digest('hex').slice(0, 15)}`);
  return `8${String(digits).padStart(17, '0').slice(-17)}`;
}

export function newApiBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const started = runningSince(phase);
  const { status, progress } = gatewayStatus(ctx);
  return {
    code: 'success',
    message: '',
    data: {
      task_id: ctx.id,
      platform: 'kling',
      action: 'generate',
      status,
      progress,
      result_url: state === 'succeeded' ? plainMediaUrl(ctx.origin, 'demo.mp4') : '',
      fail_reason: state === 'failed' ? (entry.failure?.message ?? 'task failed') : '',
      submit_time: toSeconds(ctx.createdAt),
      start_time: started === undefined ? 0 : toSeconds(started),
      finish_time: phase.kind === 'done' ? toSeconds(phase.changedAt) : 0,
      properties: { origin_model_name: entry.model, upstream_model_name: entry.model },
      data: klingTaskData(ctx, upstreamId(ctx.id)),
    },
  };
}
