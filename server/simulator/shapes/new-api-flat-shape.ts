import { plainMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import type { RenderContext } from './render-context';

// The flat answer some new-api channels give at `/v1/video/generations/{id}`: lower-case words,
// the file at `url` ("" until there is one), `error` null unless it failed.

export const newApiFlatWords: StatusWords = {
  queued: 'queued',
  running: 'processing',
  succeeded: 'succeeded',
  failed: 'failed',
};

export function newApiFlatBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  return {
    code: 'success',
    data: {
      status: statusWord(newApiFlatWords, entry.outcome, phase),
      task_id: ctx.id,
      url: state === 'succeeded' ? plainMediaUrl(ctx.origin, 'demo.mp4') : '',
      format: 'mp4',
      error:
        state === 'failed'
          ? {
              code: String(entry.failure?.code ?? 'generation_failed'),
              message: entry.failure?.message ?? 'Video generation failed.',
            }
          : null,
    },
  };
}
