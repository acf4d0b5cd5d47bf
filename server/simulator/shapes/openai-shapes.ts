import { signedMediaUrl } from '../media-files';
import type { TaskPhase } from '../timeline';
import { videoHeight, videoWidth, type RenderContext } from './render-context';

// OpenAI's Videos API shape (timestamps in seconds, progress 0-100), as served by OpenAI itself
// and, with an extra `video_url`, by resellers that imitate it.

const toSeconds = (epochMs: number) => Math.floor(epochMs / 1000);

function status(phase: TaskPhase): string {
  if (phase.kind === 'queued') return 'queued';
  return phase.kind === 'running' ? 'in_progress' : 'completed';
}

function progress(phase: TaskPhase): number {
  if (phase.kind === 'queued') return 0;
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
    status: status(phase),
    completed_at: phase.kind === 'done' ? toSeconds(phase.changedAt) : null,
    model: 'sora-2',
    progress: progress(phase),
    seconds: '4',
    size: `${videoWidth}x${videoHeight}`,
  };
}

export function openAiFormatBody(ctx: RenderContext) {
  const { phase } = ctx;
  if (phase.kind !== 'done') return commonFields(ctx);
  return {
    ...commonFields(ctx),
    video_url: signedMediaUrl(ctx.origin, 'demo.mp4', phase.changedAt),
  };
}

const oneDaySeconds = 24 * 60 * 60;

export function officialBody(ctx: RenderContext) {
  const { phase } = ctx;
  return {
    ...commonFields(ctx),
    error: null,
    expires_at: phase.kind === 'done' ? toSeconds(phase.changedAt) + oneDaySeconds : null,
    prompt: ctx.entry.prompt,
    remixed_from_video_id: null,
  };
}
