import { createHash } from 'node:crypto';
import { plainMediaUrl } from '../media-files';
import { taskState } from '../task-state';
import type { TaskPhase } from '../timeline';
import type { RenderContext } from './render-context';

// Veo at quickrouter's unified `/v1/video/query?id=veo3.1-fast:…`. No progress at all: the
// status word moves through the pipeline's steps, and `video_generation_completed` is not the
// end, `completed` is. A completed body still carries the error texts of a retry it recovered
// from, as the published example does. The failed body, `video_generation_status` and
// `upsample_status` are inferred.

const maxRetries = 3;

/** The steps while running, each from a share of the running time. */
interface Step {
  status: string;
  from: number;
}

function runningSteps(hasImages: boolean, upsample: boolean): Step[] {
  return [
    ...(hasImages ? [{ status: 'image_downloading', from: 0 }] : []),
    { status: 'video_generating', from: hasImages ? 0.1 : 0 },
    ...(upsample
      ? [
          { status: 'video_generation_completed', from: 0.65 },
          { status: 'video_upsampling', from: 0.7 },
        ]
      : []),
  ];
}

const stepIndex = (steps: readonly Step[], status: string) =>
  steps.findIndex((step) => step.status === status);

/** The step a running task is in, and when it entered it (real epoch ms). */
function currentStep(steps: readonly Step[], phase: Extract<TaskPhase, { kind: 'running' }>) {
  const step = steps.findLast((candidate) => candidate.from <= phase.elapsed) ?? steps[0];
  const from = step?.from ?? 0;
  return {
    status: step?.status ?? 'video_generating',
    since: Math.round(phase.changedAt + from * (phase.endsAt - phase.changedAt)),
  };
}

/** A succeeding task retried once early on; a failing one used up its retries. */
function retriesAt(succeeds: boolean): number[] {
  return succeeds ? [0.35] : [0.25, 0.5, 0.75];
}

const retryErrorMessage = 'Attempt failed, retrying: upstream returned 503 (model overloaded).';
const retryGenerationError = '503 UNAVAILABLE: The model is overloaded. Please try again later.';

function mediaId(taskId: string, index: number): string {
  return `CAMa${createHash('sha256').update(`${taskId}|${index}`).digest('base64url').slice(0, 40)}`;
}

export function veoUnifiedBody(ctx: RenderContext) {
  const { phase, entry } = ctx;
  if (phase.kind === 'queued') {
    // As published: nothing but the id, the word and its time.
    return { id: ctx.id, status: 'pending', status_update_time: ctx.createdAt };
  }
  const state = taskState(entry.outcome, phase);
  const succeeds = entry.outcome === 'completed';
  // The failing task fails while generating, before any upsample; it asked for none.
  const upsample = succeeds;
  const steps = runningSteps(entry.images.length > 0, upsample);
  const step =
    phase.kind === 'running'
      ? currentStep(steps, phase)
      : { status: state === 'succeeded' ? 'completed' : 'failed', since: phase.changedAt };
  // A finished task has been through every step.
  const reachedIndex = phase.kind === 'running' ? stepIndex(steps, step.status) : steps.length;
  const reached = (status: string) => {
    const index = stepIndex(steps, status);
    return index >= 0 && index <= reachedIndex;
  };

  const failed = state === 'failed';
  const elapsed = phase.kind === 'running' ? phase.elapsed : 1;
  const retryCount = retriesAt(succeeds).filter((at) => at <= elapsed).length;
  const failure = entry.failure?.message ?? 'Video generation failed.';
  const retried = retryCount > 0;
  const baseUrl =
    state === 'succeeded' || reached('video_generation_completed')
      ? plainMediaUrl(ctx.origin, 'demo.mp4', { cut: '720p' })
      : '';
  const upsampledUrl =
    state === 'succeeded' && upsample
      ? plainMediaUrl(ctx.origin, 'demo.mp4', { cut: '1080p' })
      : '';
  const downloading = step.status === 'image_downloading';

  return {
    id: ctx.id,
    status: step.status,
    status_update_time: step.since,
    video_url: state === 'succeeded' ? upsampledUrl || baseUrl : null,
    detail: {
      id: ctx.id,
      status: step.status,
      running: phase.kind === 'running',
      req: {
        model: entry.model,
        prompt: entry.prompt,
        images: entry.images.map((file) => plainMediaUrl(ctx.origin, file)),
        aspect_ratio: '9:16',
        enhance_prompt: true,
        enable_upsample: upsample,
      },
      images: entry.images.map((file, index) => ({
        url: plainMediaUrl(ctx.origin, file),
        status: downloading ? 'downloading' : 'downloaded',
        mediaId: downloading ? '' : mediaId(ctx.id, index),
      })),
      video_url: baseUrl,
      upsample_video_url: upsampledUrl,
      upsample_status: upsampleStatus(upsample, state === 'succeeded', step.status),
      video_generation_status: failed
        ? 'failed'
        : reached('video_generation_completed') || state === 'succeeded'
          ? 'completed'
          : reached('video_generating')
            ? 'processing'
            : 'pending',
      enhanced_prompt: reached('video_generating')
        ? `${entry.prompt}. Cinematic lighting, shallow depth of field, slow dolly-in.`
        : '',
      created_at: ctx.createdAt,
      completed_at: phase.kind === 'done' ? phase.changedAt : null,
      retry_count: retryCount,
      max_retries: maxRetries,
      error_message: failed
        ? `Task failed after ${maxRetries} retries: ${failure}`
        : retried
          ? retryErrorMessage
          : '',
      video_generation_error: failed ? failure : retried ? retryGenerationError : '',
    },
  };
}

function upsampleStatus(requested: boolean, succeeded: boolean, step: string): string {
  if (!requested) return '';
  if (succeeded) return 'completed';
  return step === 'video_upsampling' ? 'processing' : 'pending';
}
