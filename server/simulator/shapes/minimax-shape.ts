import { ossSignedMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import type { RenderContext } from './render-context';

// MiniMax Hailuo's v2 `GET /v2/query/video_generation/{id}`, relayed under `/minimax`: the task
// in `task`, the file in `content.url` (an OSS link), `error` only once it has failed.

export const minimaxWords: StatusWords = {
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
};

export function minimaxBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const task = {
    id: ctx.id,
    status: statusWord(minimaxWords, entry.outcome, phase),
    content:
      state === 'succeeded' && phase.kind === 'done'
        ? {
            url: ossSignedMediaUrl(ctx.origin, 'demo.mp4', phase.changedAt),
            prompt: entry.prompt,
          }
        : { prompt: entry.prompt },
  };
  if (state !== 'failed') return { task };
  const code = entry.failure?.code;
  const error = {
    code: typeof code === 'number' ? code : 1000,
    message: entry.failure?.message ?? 'Unknown error.',
  };
  return { task: { ...task, error } };
}
