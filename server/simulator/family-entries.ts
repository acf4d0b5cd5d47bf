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

const seedanceModel = 'doubao-seedance-2-0-260128';

const seedance: CatalogueEntry[] = [
  entry({
    id: 'cgt-20260112093015-x7k2p',
    title: 'Seedance (Volcengine Ark)',
    description:
      'Ark’s task at /seedance/api/v3/contents/generations/tasks/{id}: queued ~3 s, running ~15 s, succeeded with content.video_url and last_frame_url presigned for 24 h (X-Amz-Date + X-Amz-Expires). No progress.',
    family: 'seedance',
    model: seedanceModel,
    demo: true,
    prompt: 'A glass of iced tea on a windowsill, condensation, afternoon light',
    queuedSeconds: 3,
    runningSeconds: 15,
  }),
  entry({
    id: 'cgt-20260112094422-m4q9d',
    demo: true,
    title: 'Seedance: failed (output moderation)',
    description:
      'queued ~2 s, running ~10 s, then failed with error.code OutputVideoSensitiveContentDetected.',
    family: 'seedance',
    model: seedanceModel,
    outcome: 'failed',
    prompt: 'A swimsuit fashion show on a beach, runway walk',
    queuedSeconds: 2,
    runningSeconds: 10,
    failure: {
      code: 'OutputVideoSensitiveContentDetected',
      message: 'The request failed because the output video may contain sensitive information.',
    },
  }),
  entry({
    id: 'cgt-20260112101507-r8t3w',
    title: 'Seedance: cancelled',
    description: 'queued ~4 s, running ~3 s, then cancelled.',
    family: 'seedance',
    model: seedanceModel,
    outcome: 'cancelled',
    prompt: 'A timelapse of clouds over a mountain lake',
    queuedSeconds: 4,
    runningSeconds: 3,
  }),
  entry({
    id: 'cgt-20260112103349-b5n6z',
    title: 'Seedance: expired',
    description:
      'queued ~3 s, running ~6 s, then expired: the task outlived its execution_expires_after.',
    family: 'seedance',
    model: seedanceModel,
    outcome: 'expired',
    prompt: 'A drone flight through a canyon at golden hour',
    queuedSeconds: 3,
    runningSeconds: 6,
  }),
];

// Kling, MiniMax and Wan ids cannot carry a `--suffix`: their last six characters are the run
// slot (`task-id.ts`), so ids of one family differ before them.
const kling: CatalogueEntry[] = [
  entry({
    id: '867283741759111202',
    title: 'Kling text-to-video',
    description:
      'Kling’s /kling/v1/videos/text2video/{id}: code 0, submitted ~5 s, processing ~15 s, succeed with task_result.videos[0].url; times in ms.',
    family: 'kling',
    model: 'kling-v2-1',
    demo: true,
    prompt: 'An astronaut planting a flag on a red desert planet, wide shot',
    queuedSeconds: 5,
    runningSeconds: 15,
    queueStart: 3,
  }),
  entry({
    id: '867283741802554913',
    title: 'Kling: failed',
    description: 'submitted ~3 s, processing ~7 s, then failed with task_status_msg.',
    family: 'kling',
    model: 'kling-v2-1',
    outcome: 'failed',
    prompt: 'A street fight in the rain, cinematic',
    queuedSeconds: 3,
    runningSeconds: 7,
    failure: { message: 'Failure to pass the risk control system' },
  }),
  entry({
    id: '867283741845339027',
    title: 'Kling: account error on HTTP 200',
    description:
      'Every answer is HTTP 200 with code 1102 "Account balance not enough" and data null: a non-zero code is an error even on 200.',
    family: 'kling',
    model: 'kling-v2-1',
    outcome: 'failed',
    prompt: 'A cat chasing a laser pointer',
    queuedSeconds: 1,
    runningSeconds: 1,
    accountError: { code: 1102, message: 'Account balance not enough' },
  }),
];

const wanModel = 'wan2.5-t2v-preview';

const wan: CatalogueEntry[] = [
  entry({
    id: '86ecf553-d340-4e21-af6e-a0c6a421c010',
    title: 'Wan (DashScope)',
    description:
      'DashScope’s /wan/api/v1/tasks/{id}: PENDING ~4 s, RUNNING ~16 s, SUCCEEDED with output.video_url signed with Expires (24 h); times as zone-less China-time strings.',
    family: 'wan',
    model: wanModel,
    prompt: 'A koi pond in the rain, ripples, top-down view',
    queuedSeconds: 4,
    runningSeconds: 16,
    queueStart: 2,
  }),
  entry({
    id: '0385dc79-5ff8-4d82-bcb6-8ad3b9d1e1f4',
    title: 'Wan: failed',
    description: 'PENDING ~3 s, RUNNING ~8 s, then FAILED with output.code and output.message.',
    family: 'wan',
    model: wanModel,
    outcome: 'failed',
    prompt: 'A violent riot in a city square, news footage',
    queuedSeconds: 3,
    runningSeconds: 8,
    failure: {
      code: 'DataInspectionFailed',
      message: 'Output data may contain inappropriate content.',
    },
  }),
  entry({
    id: 'c9f2a7e1-4b3d-4e8a-9f06-1d5b7c3e2a98',
    title: 'Wan: cancelled',
    description: 'PENDING ~3 s, RUNNING ~4 s, then CANCELED.',
    family: 'wan',
    model: wanModel,
    outcome: 'cancelled',
    prompt: 'Autumn leaves falling in a park, slow motion',
    queuedSeconds: 3,
    runningSeconds: 4,
  }),
];

const minimaxModel = 'MiniMax-Hailuo-02';

const minimax: CatalogueEntry[] = [
  entry({
    id: '314052875571396',
    title: 'MiniMax Hailuo (v2 query)',
    description:
      'MiniMax’s /minimax/v2/query/video_generation/{id}: queued ~3 s, running ~13 s, succeeded with task.content.url.',
    family: 'minimax',
    model: minimaxModel,
    prompt: 'A hot air balloon rising over a valley at dawn',
    queuedSeconds: 3,
    runningSeconds: 13,
  }),
  entry({
    id: '314052881204758',
    title: 'MiniMax Hailuo: failed (output sensitive)',
    description: 'queued ~2 s, running ~7 s, then failed with task.error code 1027.',
    family: 'minimax',
    model: minimaxModel,
    outcome: 'failed',
    prompt: 'A horror scene with graphic injuries, close-up',
    queuedSeconds: 2,
    runningSeconds: 7,
    failure: { code: 1027, message: 'Output video contains sensitive content.' },
  }),
  entry({
    id: '314052886930215',
    title: 'MiniMax Hailuo: cancelled',
    description: 'queued ~2 s, running ~3 s, then cancelled.',
    family: 'minimax',
    model: minimaxModel,
    outcome: 'cancelled',
    prompt: 'A train crossing a snowy bridge',
    queuedSeconds: 2,
    runningSeconds: 3,
  }),
];

const openRouterModel = 'google/veo-3.1';

const openRouter: CatalogueEntry[] = [
  entry({
    id: 'job-vr2k81hq5d',
    title: 'OpenRouter video job',
    description:
      'OpenRouter’s /openrouter/api/v1/videos/{id}: pending ~2 s, in_progress ~12 s, completed with unsigned_urls that need the API key, and usage.cost.',
    family: 'openrouter',
    model: openRouterModel,
    prompt: 'A vintage car driving along a coastal road, aerial tracking shot',
    queuedSeconds: 2,
    runningSeconds: 12,
  }),
  entry({
    id: 'job-f4m9x27cna',
    title: 'OpenRouter: failed',
    description: 'pending ~2 s, in_progress ~6 s, then failed with error as a plain string.',
    family: 'openrouter',
    model: openRouterModel,
    outcome: 'failed',
    prompt: 'A politician giving a speech they never gave, photorealistic',
    queuedSeconds: 2,
    runningSeconds: 6,
    failure: { message: 'The provider rejected the request: prompt flagged by safety filters.' },
  }),
  entry({
    id: 'job-c8t3q60wzh',
    title: 'OpenRouter: cancelled',
    description: 'pending ~3 s, in_progress ~2 s, then cancelled.',
    family: 'openrouter',
    model: openRouterModel,
    outcome: 'cancelled',
    prompt: 'Fireflies in a summer forest at dusk',
    queuedSeconds: 3,
    runningSeconds: 2,
  }),
  entry({
    id: 'job-p1n7d52ksy',
    title: 'OpenRouter: expired',
    description: 'pending ~2 s, in_progress ~5 s, then expired.',
    family: 'openrouter',
    model: openRouterModel,
    outcome: 'expired',
    prompt: 'A lighthouse beam sweeping over a foggy sea',
    queuedSeconds: 2,
    runningSeconds: 5,
  }),
];

export const familyEntries: readonly CatalogueEntry[] = [
  ...veoOpenAiStyle,
  ...veoUnified,
  ...grokUnified,
  ...newApi,
  ...newApiFlat,
  ...seedance,
  ...kling,
  ...wan,
  ...minimax,
  ...openRouter,
];
