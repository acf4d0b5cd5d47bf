// The catalogue's tasks for the families that replaced Sora 2 at the resellers (see
// docs/video-task-shapes.md): one entry per end state each family has, in each family's own id
// form. Every one is queued, then runs, then ends, on the same kind of timeline as the Sora
// demos, with durations that differ per model.

import type { CatalogueEntry } from './catalogue';

type EntrySpec = Pick<
  CatalogueEntry,
  | 'id'
  | 'title'
  | 'description'
  | 'family'
  | 'model'
  | 'prompt'
  | 'queuedSeconds'
  | 'runningSeconds'
> &
  Partial<CatalogueEntry>;

function entry(spec: EntrySpec): CatalogueEntry {
  return {
    outcome: 'completed',
    queueStart: 1,
    finalProgress: 1,
    images: [],
    inpaint: [],
    ...spec,
  };
}

const veoOpenAiStyle: CatalogueEntry[] = [
  entry({
    id: 'video_6a0f3c2e-8d41-4b7a-9e15-2c7d9b0f4e83',
    title: 'Veo, OpenAI-style at /v1/videos',
    description:
      'A reseller serving Veo as an OpenAI video object: queued ~3 s, in_progress ~14 s with 0-100 progress, empty video_url, completed_at 0 and an empty error while running; completed with video_url.',
    family: 'veo-openai-style',
    model: 'veo-3.1-fast',
    prompt: 'A red fox trotting through fresh snow at sunrise, telephoto',
    queuedSeconds: 3,
    runningSeconds: 14,
  }),
  entry({
    id: 'video_b81d47a2-3f6c-4e09-a5d8-91c2e07f6b34',
    title: 'Veo, OpenAI-style: failed',
    description:
      'Queued ~2 s, runs ~7 s, then failed at 45 % with error.code and error.message filled in.',
    family: 'veo-openai-style',
    model: 'veo-3.1-fast',
    outcome: 'failed',
    prompt: 'A crowded stadium chanting a politician’s name, news footage',
    queuedSeconds: 2,
    runningSeconds: 7,
    finalProgress: 0.45,
    failure: {
      code: 'content_policy_violation',
      message:
        'The video could not be generated: the prompt was blocked by safety filters (PUBLIC_ERROR_UNSAFE_GENERATION).',
    },
  }),
];

const veoUnified: CatalogueEntry[] = [
  entry({
    id: 'veo3.1-fast:1770350082-trii1OXZc3',
    title: 'Veo at the unified query endpoint',
    description:
      'quickrouter’s /v1/video/query: pending ~3 s, then image_downloading, video_generating, video_generation_completed, video_upsampling, completed (~18 s). No progress field. Two input images; the completed body keeps the error texts of a retry (retry_count 1).',
    family: 'veo-unified',
    model: 'veo3.1-fast',
    demo: true,
    prompt: 'make the two photos into one continuous shot, gentle camera push-in',
    queuedSeconds: 3,
    runningSeconds: 18,
    queueStart: 2,
    images: ['input-1.png', 'input-2.png'],
  }),
  entry({
    id: 'veo3.1-fast:1770352817-Wd4nQ8sLbx',
    title: 'Veo at the unified query endpoint: failed',
    description:
      'pending ~2 s, video_generating ~9 s with three retries, then failed with the text in detail.error_message and detail.video_generation_error.',
    family: 'veo-unified',
    model: 'veo3.1-fast',
    outcome: 'failed',
    prompt: 'A famous singer on stage, close-up, photorealistic',
    queuedSeconds: 2,
    runningSeconds: 9,
    failure: {
      message: 'The output video was blocked by safety filters (PUBLIC_ERROR_UNSAFE_GENERATION).',
    },
  }),
];

const grokUnified: CatalogueEntry[] = [
  entry({
    id: 'grok:eee6faa8-9dee-455c-aa82-02ac623adf3a',
    title: 'Grok at the unified query endpoint',
    description:
      'quickrouter’s /v1/video/query for grok:<uuid>: answers with the bare uuid as id, video_url null until done. pending ~2 s, processing ~8 s, completed.',
    family: 'grok-unified',
    model: 'grok',
    prompt: 'A corgi surfing a small wave, action camera',
    queuedSeconds: 2,
    runningSeconds: 8,
  }),
  entry({
    id: 'grok:033fa60e-5b2d-4c8e-9f71-a4d6e2b8c019',
    title: 'Grok at the unified query endpoint: failed',
    description: 'pending ~2 s, processing ~5 s, then failed with the reason in error.',
    family: 'grok-unified',
    model: 'grok',
    outcome: 'failed',
    prompt: 'A bank robbery in progress, security camera footage',
    queuedSeconds: 2,
    runningSeconds: 5,
    failure: { message: 'Video generation failed: the request was rejected by moderation.' },
  }),
];

const newApi: CatalogueEntry[] = [
  entry({
    id: 'task_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oO',
    title: 'new-api task (relaying Kling)',
    description:
      'new-api’s /v1/video/generations/{id}: NOT_START, SUBMITTED, QUEUED (~4 s), IN_PROGRESS (~12 s) with the gateway’s progress guesses 10/20/30/50 %, SUCCESS with result_url; Kling’s own body in data.data.',
    family: 'new-api',
    model: 'kling-v2-1',
    demo: true,
    prompt: 'A paper lantern floating over a night market, warm bokeh',
    queuedSeconds: 4,
    runningSeconds: 12,
  }),
  entry({
    id: 'task_OL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJ',
    title: 'new-api task: failed',
    description: 'Queued ~3 s, IN_PROGRESS ~6 s, then FAILURE with the reason in fail_reason.',
    family: 'new-api',
    model: 'kling-v2-1',
    outcome: 'failed',
    prompt: 'Two boxers in a bloody fight, slow motion',
    queuedSeconds: 3,
    runningSeconds: 6,
    failure: { message: 'Failure to pass the risk control system' },
  }),
];

const newApiFlat: CatalogueEntry[] = [
  entry({
    id: 'task_TeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU',
    title: 'new-api task, flat channel answer',
    description:
      'A channel’s flat answer at /v1/video/generations/{id}: queued ~3 s, processing ~10 s, succeeded with url and format mp4.',
    family: 'new-api-flat',
    model: 'MiniMax-Hailuo-02',
    prompt: 'Steam rising from a bowl of ramen, macro, slow motion',
    queuedSeconds: 3,
    runningSeconds: 10,
  }),
  entry({
    id: 'task_CsMehGAkWvj7FAc9QeWJKY40uvSwMFLZ',
    title: 'new-api task, flat channel answer: failed',
    description: 'queued ~2 s, processing ~6 s, then failed with an error object.',
    family: 'new-api-flat',
    model: 'MiniMax-Hailuo-02',
    outcome: 'failed',
    prompt: 'Animate this portrait of a child into a dancing video',
    queuedSeconds: 2,
    runningSeconds: 6,
    failure: {
      code: 'generation_failed',
      message: 'Video generation failed: the input image could not be processed.',
    },
  }),
];

export const familyEntries: readonly CatalogueEntry[] = [
  ...veoOpenAiStyle,
  ...veoUnified,
  ...grokUnified,
  ...newApi,
  ...newApiFlat,
];
