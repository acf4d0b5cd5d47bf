import { plainMediaUrl } from '../media-files';
import { statusWord, taskState, type StatusWords } from '../task-state';
import { percentProgress } from './openai-shapes';
import { videoHeight, videoWidth, type RenderContext } from './render-context';
import { toSeconds } from './time-formats';

// Veo served OpenAI-style by a reseller at `/v1/videos/{id}`: the OpenAI video object, with the
// reseller's habit of sending every field while running, empty: `"video_url": ""`,
// `"completed_at": 0` and `"error": {"message": "", "code": ""}` all mean "not yet".

export const veoOpenAiStyleWords: StatusWords = {
  queued: 'queued',
  running: 'in_progress',
  succeeded: 'completed',
  failed: 'failed',
};

export function veoOpenAiStyleBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  const state = taskState(entry.outcome, phase);
  const failed = state === 'failed';
  return {
    id: ctx.id,
    object: 'video',
    model: entry.model,
    status: statusWord(veoOpenAiStyleWords, entry.outcome, phase),
    progress: percentProgress(ctx),
    prompt: entry.prompt,
    seconds: '4',
    size: `${videoWidth}x${videoHeight}`,
    created_at: toSeconds(ctx.createdAt),
    completed_at: phase.kind === 'done' ? toSeconds(phase.changedAt) : 0,
    video_url: state === 'succeeded' ? plainMediaUrl(ctx.origin, 'demo.mp4') : '',
    error: {
      message: failed ? (entry.failure?.message ?? 'Video generation failed.') : '',
      code: failed ? String(entry.failure?.code ?? 'generation_failed') : '',
    },
  };
}
