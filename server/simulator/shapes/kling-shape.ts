import { createHash } from 'node:crypto';
import { plainMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import type { RenderContext } from './render-context';

// Kling's task as its own API describes it (`data` of `GET /v1/videos/text2video/{id}`), times in
// milliseconds: what new-api keeps as the upstream body of a task it relays to Kling.

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
