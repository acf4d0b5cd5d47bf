import { signedMediaUrl } from '../media-files';
import { finalState } from '../task-state';
import { videoHeight, videoWidth, type RenderContext } from './render-context';
import { toSeconds } from './time-formats';

// OpenAI's Videos API shape (timestamps in seconds, progress 0-100), as served by OpenAI itself
// and, with an extra `video_url`, by resellers that imitate it.

/** The task ended without a video. */
function hasFailed(ctx: RenderContext): boolean {
  return ctx.phase.kind === 'done' && finalState(ctx.entry.outcome) !== 'succeeded';
}

function status(ctx: RenderContext): string {
  const { phase } = ctx;
  if (phase.kind === 'queued') return 'queued';
  if (hasFailed(ctx)) return 'failed';
  return phase.kind === 'running' ? 'in_progress' : 'completed';
}

/** Progress as OpenAI reports it: a whole percentage, 100 only once completed. */
export function percentProgress(ctx: RenderContext): number {
  const { phase } = ctx;
  if (phase.kind === 'queued') return 0;
  if (hasFailed(ctx)) return Math.floor(phase.progress * 100);
  if (phase.kind === 'done') return 100;
  // Never report 100 while still running: clients treat 100 as finished.
  return Math.min(99, Math.floor(phase.progress * 100));
}

function commonFields(ctx: RenderContext) {
  const { phase } = ctx;
  return {
    id: ctx.id,
    object: 'video',
    created_at: toSeconds(ctx.createdAt),
    status: status(ctx),
    completed_at: phase.kind === 'done' && !hasFailed(ctx) ? toSeconds(phase.changedAt) : null,
    model: ctx.entry.model,
    progress: percentProgress(ctx),
    seconds: '4',
    size: `${videoWidth}x${videoHeight}`,
  };
}

export function openAiFormatBody(ctx: RenderContext) {
  const { phase } = ctx;
  if (phase.kind !== 'done' || hasFailed(ctx)) return commonFields(ctx);
  return {
    ...commonFields(ctx),
    video_url: signedMediaUrl(ctx.origin, 'demo.mp4', phase.changedAt),
  };
}

const oneDaySeconds = 24 * 60 * 60;

export function officialBody(ctx: RenderContext) {
  const { phase } = ctx;
  const { failure } = ctx.entry;
  const failed = hasFailed(ctx);
  return {
    ...commonFields(ctx),
    error: failed
      ? {
          code: failure?.code ?? 'internal_error',
          message: failure?.message ?? 'Video generation failed.',
        }
      : null,
    expires_at:
      phase.kind === 'done' && !failed ? toSeconds(phase.changedAt) + oneDaySeconds : null,
    prompt: ctx.entry.prompt,
    remixed_from_video_id: null,
  };
}
