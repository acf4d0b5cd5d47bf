import { amzSignedMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import type { RenderContext } from './render-context';
import { toSeconds } from './time-formats';

// Volcengine Ark's `GET /api/v3/contents/generations/tasks/{id}` for Seedance, relayed under
// `/seedance`. No progress, no prompt echoed; times in seconds; the links are presigned for a
// day (`execution_expires_after` is the task's own timeout, not the links'). The failed body's
// `error` is inferred from Ark's error codes.

export const seedanceWords: StatusWords = {
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
  expired: 'expired',
};

export function seedanceBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const body = {
    id: ctx.id,
    model: entry.model,
    status: statusWord(seedanceWords, entry.outcome, phase),
    created_at: toSeconds(ctx.createdAt),
    updated_at: toSeconds(phase.changedAt),
    seed: 58_213,
    resolution: '480p',
    ratio: '9:16',
    duration: 4,
    framespersecond: 24,
    service_tier: 'default',
    execution_expires_after: 172_800,
  };
  if (state === 'failed') {
    const { failure } = entry;
    const error = {
      code: String(failure?.code ?? 'InternalServiceError'),
      message: failure?.message ?? 'The service encountered an unexpected internal error.',
    };
    return { ...body, error };
  }
  if (state !== 'succeeded' || phase.kind !== 'done') return body;
  return {
    ...body,
    content: {
      video_url: amzSignedMediaUrl(ctx.origin, 'demo.mp4', phase.changedAt),
      last_frame_url: amzSignedMediaUrl(ctx.origin, 'demo.jpg', phase.changedAt),
    },
    usage: { completion_tokens: 39_600, total_tokens: 39_600 },
  };
}
