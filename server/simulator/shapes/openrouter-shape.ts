import { statusWord, taskState, type StatusWords } from '../task-state';
import type { RenderContext } from './render-context';

// OpenRouter's `GET /api/v1/videos/{id}`, relayed under `/openrouter`: no progress, no times,
// `error` a plain string, and the file behind `unsigned_urls`, which need the API key.

export const openRouterWords: StatusWords = {
  queued: 'pending',
  running: 'in_progress',
  succeeded: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
  expired: 'expired',
};

/** Where OpenRouter serves a finished job's file: on the API's own origin, behind the key. */
function openRouterContentUrl(origin: string, id: string, index = 0): string {
  return `${origin}/openrouter/api/v1/videos/${encodeURIComponent(id)}/content?index=${index}`;
}

export function openRouterBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const body = { id: ctx.id, status: statusWord(openRouterWords, entry.outcome, phase) };
  if (state === 'succeeded') {
    return {
      ...body,
      unsigned_urls: [openRouterContentUrl(ctx.origin, ctx.id)],
      usage: { cost: 0.5 },
    };
  }
  if (state === 'failed') {
    return { ...body, error: entry.failure?.message ?? 'Video generation failed.' };
  }
  return body;
}
