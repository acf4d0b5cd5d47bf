import { randomUUID } from 'node:crypto';
import { ossSignedMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import { runningSince } from '../timeline';
import type { RenderContext } from './render-context';
import { chinaTime } from './time-formats';

// DashScope's `GET /api/v1/tasks/{id}` for Wan, relayed under `/wan`: upper-case words inside
// `output`, zone-less China-time strings, and an OSS link that stops working at `Expires`.

export const wanWords: StatusWords = {
  queued: 'PENDING',
  running: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  cancelled: 'CANCELED',
};

export function wanBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const scheduled = runningSince(phase);
  const output = {
    task_id: ctx.id,
    task_status: statusWord(wanWords, entry.outcome, phase),
    submit_time: chinaTime(ctx.createdAt),
    ...(scheduled === undefined ? {} : { scheduled_time: chinaTime(scheduled) }),
    ...(phase.kind === 'done' ? { end_time: chinaTime(phase.changedAt) } : {}),
    ...(phase.kind === 'queued' ? {} : { orig_prompt: entry.prompt }),
  };
  const request_id = randomUUID();
  if (state === 'failed') {
    const failure = {
      code: String(entry.failure?.code ?? 'InternalError'),
      message: entry.failure?.message ?? 'Video generation failed.',
    };
    return { request_id, output: { ...output, ...failure } };
  }
  if (state !== 'succeeded' || phase.kind !== 'done') return { request_id, output };
  return {
    request_id,
    output: {
      ...output,
      video_url: ossSignedMediaUrl(ctx.origin, 'demo.mp4', phase.changedAt),
      actual_prompt: `${entry.prompt}. Soft morning light, gentle camera pan, fine detail.`,
    },
    usage: { video_duration: 4, video_ratio: '480*832', video_count: 1 },
  };
}
