import { createHash, randomUUID } from 'node:crypto';
import { plainMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import type { RenderContext } from './render-context';

// Kling's own `GET /v1/videos/text2video/{id}`, relayed under `/kling`: an envelope with
// `code` 0 and the task in `data`, times in milliseconds. A non-zero `code` is an error even on
// HTTP 200, which is how Kling reports an account problem.

export const klingWords: StatusWords = {
  queued: 'submitted',
  running: 'processing',
  succeeded: 'succeed',
  failed: 'failed',
};

/** Kling's `data`: also what new-api keeps as the upstream body of a task it relays to Kling. */
export function klingTaskData(ctx: RenderContext, taskId: string) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const data = {
    task_id: taskId,
    task_status: statusWord(klingWords, entry.outcome, phase),
    task_status_msg:
      state === 'failed' ? (entry.failure?.message ?? 'Video generation failed.') : '',
    task_info: {},
    created_at: ctx.createdAt,
    updated_at: phase.changedAt,
  };
  if (state !== 'succeeded') return data;
  const videoId = createHash('sha256').update(taskId).digest('hex').slice(0, 32);
  return {
    ...data,
    task_result: {
      videos: [{ id: videoId, url: plainMediaUrl(ctx.origin, 'demo.mp4'), duration: '4.000' }],
    },
  };
}

export function klingBody(ctx: RenderContext) {
  const request_id = randomUUID();
  const { accountError } = ctx.entry;
  if (accountError) return { ...accountError, request_id, data: null };
  return { code: 0, message: 'SUCCEED', request_id, data: klingTaskData(ctx, ctx.id) };
}
