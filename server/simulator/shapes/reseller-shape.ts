import { signedMediaUrl, plainMediaUrl } from '../media-files';
import { upstreamTaskId } from '../task-id';
import type { InpaintSpec } from '../catalogue';
import { demoFrames, videoHeight, videoWidth, type RenderContext } from './render-context';

// Built from the provider page's example body (seed 000): same fields, same nesting, same
// "pending outside, processing inside" disagreement while running.

const moderationMessage =
  'This content may violate our guardrails around nudity, sexuality, or erotic content.';
const timeoutMessage = 'Generation failed: upstream worker timed out.';

function inpaintItem(spec: InpaintSpec, index: number, taskId: string) {
  return {
    type: 'image',
    preset_id: null,
    crop_bounds: spec.cropBounds,
    frame_index: spec.frameIndex,
    cameo_file_id: null,
    generation_id: null,
    upload_media_id: `media_${taskId}_${index + 1}`,
    source_end_frame: spec.sourceEndFrame,
    uploaded_file_id: null,
    source_start_frame: spec.sourceStartFrame,
  };
}

function input(ctx: RenderContext) {
  return {
    size: 'small',
    model: 'sy_ore',
    images: ctx.entry.images.map((file) => plainMediaUrl(ctx.origin, file)),
    prompt: ctx.entry.prompt,
    orientation: 'portrait',
  };
}

function moderationResult(ctx: RenderContext, taskId: string) {
  const done = ctx.phase.kind === 'done';
  if (done && ctx.entry.failure?.inputRejection) {
    // Refused before generating: no output, so nothing is flagged frame by frame.
    return {
      code: 'policy_violation',
      type: 'input_rejection',
      task_id: taskId,
      is_output_rejection: false,
      results_by_frame_index: {},
    };
  }
  const rejected = ctx.entry.outcome === 'moderated' && done;
  if (!rejected) {
    return {
      code: null,
      type: 'passed',
      task_id: taskId,
      is_output_rejection: false,
      results_by_frame_index: {},
    };
  }
  const flagged = { code: 'sexual', is_unsafe: true, categories: ['sexual'] };
  return {
    code: 'sexual',
    type: 'output_rejection',
    task_id: taskId,
    is_output_rejection: true,
    results_by_frame_index: { '24': flagged, '72': flagged },
  };
}

function pendingInfo(ctx: RenderContext, taskId: string) {
  const { phase, entry } = ctx;
  const failed = phase.kind === 'done';
  const moderated = failed && entry.outcome === 'moderated';
  const queued = phase.kind === 'queued';
  const failureReason = !failed
    ? null
    : moderated
      ? moderationMessage
      : (entry.failure?.message ?? timeoutMessage);
  return {
    id: taskId,
    seed: null,
    type: 'video_gen',
    user: 'user-simulator000000000000',
    model: 'sy_8',
    title: 'New Video',
    width: videoWidth,
    height: videoHeight,
    prompt: entry.prompt,
    sdedit: null,
    status: queued ? 'queued' : failed ? 'failed' : 'processing',
    actions: null,
    guidance: null,
    n_frames: demoFrames,
    priority: 2,
    operation: 'simple_compose',
    preset_id: null,
    created_at: new Date(ctx.createdAt).toISOString(),
    n_variants: 1,
    project_id: null,
    request_id: null,
    generations: [],
    tracking_id: null,
    progress_pct: queued ? null : phase.progress,
    remix_config: null,
    inpaint_items: entry.inpaint.map((spec, index) => inpaintItem(spec, index, taskId)),
    interpolation: null,
    is_storyboard: null,
    failure_reason: failureReason,
    organization_id: null,
    moderation_result: moderationResult(ctx, taskId),
    needs_user_review: moderated,
    queue_status_message: queued
      ? `Your video is in the queue (position ${phase.position}).`
      : null,
    progress_pos_in_queue: queued ? phase.position : null,
    num_unsafe_generations: moderated ? 1 : 0,
    estimated_queue_wait_time: queued ? Math.ceil(phase.remainingMs / 1000) : null,
  };
}

const weekMs = 7 * 24 * 60 * 60 * 1000;

/**
 * When the links are signed. Normally at completion, so they stay identical across polls; for
 * `expiredLinks` the first finished answer's links (or every answer's) were signed a week
 * earlier and so expired a day before the task completed.
 */
function signingTime(ctx: RenderContext, doneAt: number): number {
  const { expiredLinks } = ctx.entry;
  const expired = expiredLinks === 'every' || (expiredLinks === 'first' && ctx.doneAnswer === 1);
  return expired ? doneAt - weekMs : doneAt;
}

function completedDetail(ctx: RenderContext, taskId: string, doneAt: number) {
  const signedAt = signingTime(ctx, doneAt);
  const url = (file: string, extra?: Record<string, string>) =>
    signedMediaUrl(ctx.origin, file, signedAt, extra);
  const video = url('demo.mp4');
  return {
    id: taskId,
    input: input(ctx),
    status: 'completed',
    url: video,
    gif_url: url('demo.gif'),
    thumbnail_url: url('demo.jpg'),
    draft_info: {
      id: `gen_${taskId}`,
      kind: 'sora_draft',
      url: video,
      downloadable_url: url('demo.mp4', { rscd: 'attachment; filename=demo.mp4' }),
      encodings: {
        source: { path: video },
        source_wm: { path: url('demo.mp4', { wm: '1' }) },
        md: { path: url('demo.mp4', { q: 'md' }) },
        gif: { path: url('demo.gif') },
        thumbnail: { path: url('demo.jpg') },
      },
      width: videoWidth,
      height: videoHeight,
      prompt: ctx.entry.prompt,
      created_at: doneAt / 1000,
      task_id: taskId,
    },
  };
}

export function resellerBody(ctx: RenderContext) {
  const taskId = upstreamTaskId(ctx.id);
  const { phase, entry } = ctx;
  const statusUpdateTime = phase.changedAt;

  if (phase.kind === 'done' && entry.outcome === 'completed') {
    const detail = completedDetail(ctx, taskId, phase.changedAt);
    return {
      id: ctx.id,
      detail,
      status: 'completed',
      status_update_time: statusUpdateTime,
      video_url: detail.url,
      thumbnail_url: detail.thumbnail_url,
      width: videoWidth,
      height: videoHeight,
    };
  }
  if (phase.kind === 'done' && entry.outcome === 'completed-lagging-status') {
    // The inner task is finished but the reseller's own status never caught up, and the
    // top-level URL fields are missing: only `detail` tells the truth.
    return {
      id: ctx.id,
      detail: completedDetail(ctx, taskId, phase.changedAt),
      status: 'processing',
      status_update_time: statusUpdateTime,
    };
  }
  const outer = phase.kind === 'done' ? 'failed' : 'pending';
  return {
    id: ctx.id,
    detail: {
      id: taskId,
      input: input(ctx),
      status: outer,
      pending_info: pendingInfo(ctx, taskId),
    },
    status: outer,
    status_update_time: statusUpdateTime,
  };
}
