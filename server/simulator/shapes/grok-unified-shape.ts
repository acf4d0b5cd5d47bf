import { plainMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import { upstreamTaskId } from '../task-id';
import type { RenderContext } from './render-context';

// Grok at quickrouter's unified `/v1/video/query?id=grok:<uuid>`. It answers with the bare
// upstream uuid as `id`, not the id asked for. Only the pending body is published; the other
// status words and the failure's `error` text are inferred.

export const grokUnifiedWords: StatusWords = {
  queued: 'pending',
  running: 'processing',
  succeeded: 'completed',
  failed: 'failed',
};

export function grokUnifiedBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const body = {
    id: upstreamTaskId(ctx.id),
    status: statusWord(grokUnifiedWords, entry.outcome, phase),
    video_url: state === 'succeeded' ? plainMediaUrl(ctx.origin, 'demo.mp4') : null,
    enhanced_prompt: `${entry.prompt}, photorealistic, natural light, steady handheld camera`,
    status_update_time: phase.changedAt,
  };
  if (state !== 'failed') return body;
  return { ...body, error: entry.failure?.message ?? 'Video generation failed.' };
}
