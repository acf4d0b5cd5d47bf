// The one table of simulated tasks. The dashboard's demo list and the e2e tests depend on these
// exact ids; durations are simulated seconds at speed 1. The Sora 2 tasks are here; the families
// that replaced Sora 2 at the resellers are in `family-entries.ts`.

import { familyEntries } from './family-entries';
import type { HostileKind } from './shapes/hostile-content';

/**
 * Which provider answers for a task, and so its body's shape and the one path it is served at
 * (`endpoints.ts`). The first three are Sora 2's shapes.
 */
export type TaskFamily =
  | 'reseller'
  | 'openai-format'
  | 'official'
  | 'veo-openai-style'
  | 'veo-unified'
  | 'grok-unified'
  | 'new-api'
  | 'new-api-flat'
  | 'seedance'
  | 'kling'
  | 'wan'
  | 'minimax'
  | 'openrouter';

/**
 * How a task ends. `completed-lagging-status` keeps a stale outer status after completing;
 * `moderated` is a failure by output moderation; `expired` is the provider giving up on a task
 * it never finished (Seedance, OpenRouter), not a forgotten one (`expiresAfterSeconds`).
 */
export type TaskOutcome =
  'completed' | 'failed' | 'moderated' | 'completed-lagging-status' | 'cancelled' | 'expired';

/** Ways a request can misbehave, whether built into an id or queued via `POST /sim/faults`. */
export type FaultKind = '429' | '500' | '524' | 'slow' | 'not-json';

export interface InpaintSpec {
  frameIndex: number;
  sourceStartFrame: number;
  sourceEndFrame: number;
  cropBounds: { left: number; top: number; right: number; bottom: number } | null;
}

/** The dashboard's failure classes (`src/domain/failure-classes.ts`), as the simulator names them. */
type FailureClassName =
  | 'input-moderation'
  | 'output-moderation'
  | 'quota'
  | 'not-found'
  | 'timed-out'
  | 'unreachable'
  | 'provider-error';

/** What a failed task says, in the words the provider uses. */
interface FailureSpec {
  message: string;
  /** `error.code` and the like; the reseller shape has none, Kling and MiniMax use numbers. */
  code?: string | number;
  /** The reseller's moderation_result says the input was rejected (before any output). */
  inputRejection?: boolean;
}

export interface CatalogueEntry {
  id: string;
  title: string;
  description: string;
  family: TaskFamily;
  /** The model as the family names it (the part before `:` where the id has one). */
  model: string;
  outcome: TaskOutcome;
  /** One of the few tasks "Try the demo" adds. */
  demo?: boolean;
  prompt: string;
  queuedSeconds: number;
  runningSeconds: number;
  /** Queue position when first seen; it counts down to 1 while queued. */
  queueStart: number;
  /** Where the progress bar stops: 1 for successes, lower for tasks that fail mid-way. */
  finalProgress: number;
  /** Media file names under `media/`, served as the reseller's `input.images[]`. */
  images: readonly string[];
  inpaint: readonly InpaintSpec[];
  /**
   * Progress as reported while running, in equal steps of time (fractions 0-1), for providers
   * whose progress stalls, leaps or goes backwards. Without it progress rises steadily.
   */
  progressCurve?: readonly number[];
  /** Every request for this id misbehaves this way. */
  fault?: FaultKind;
  /** The first n requests per instance answer 500, then the task behaves normally. */
  flakyFailures?: number;
  /** For `outcome: 'failed'`: what the provider says (the reseller default is a worker timeout). */
  failure?: FailureSpec;
  /**
   * Set on entries that exist to show one failure class of the dashboard: listed after the
   * demos and flagged, so the demo leaves them out. Tests check the dashboard agrees.
   */
  failureClass?: FailureClassName;
  /** The provider forgets the task this many simulated seconds after it ended: then 404. */
  expiresAfterSeconds?: number;
  /** Answers carry no CORS headers, so a page on another origin cannot read them. */
  noCorsHeaders?: boolean;
  /**
   * Media links that expired a day before the task completed (the media route answers them
   * 403): in the first answer after completing only, later answers carrying fresh ones, as a
   * provider that re-signs links on every read would (`first`); or in every answer, as a
   * provider whose storage lost the file would (`every`).
   */
  expiredLinks?: 'first' | 'every';
  /**
   * Every answer is this account error on HTTP 200 with a non-zero `code`, whatever the task's
   * state, as Kling answers when the balance has run out.
   */
  accountError?: { code: number; message: string };
  /**
   * Every answer carries hostile content in every field of the kind (`shapes/hostile-content.ts`):
   * markup in the text, unsafe schemes in the URLs, or megabytes of prompt.
   */
  hostile?: HostileKind;
}

const demoInpaint: readonly InpaintSpec[] = [
  { frameIndex: 0, sourceStartFrame: 0, sourceEndFrame: 0, cropBounds: null },
  {
    frameIndex: 72,
    sourceStartFrame: 72,
    // The demo video's last frame (96 frames, indices 0-95).
    sourceEndFrame: 95,
    cropBounds: { left: 0.1, top: 0.2, right: 0.8, bottom: 0.9 },
  },
];

const fastDemo = {
  family: 'reseller',
  model: 'sora-2',
  outcome: 'completed',
  prompt: 'make animate',
  queuedSeconds: 4,
  runningSeconds: 16,
  queueStart: 2,
  finalProgress: 1,
  images: ['input-1.png', 'input-2.png'],
  inpaint: demoInpaint,
} as const satisfies Partial<CatalogueEntry>;

function faultEntry(id: string, fault: FaultKind, title: string, description: string) {
  return { ...fastDemo, id, title, description, fault } satisfies CatalogueEntry;
}

const soraEntries: readonly CatalogueEntry[] = [
  {
    ...fastDemo,
    id: 'sora-2:task_demo_fast',
    demo: true,
    title: 'Fast demo (reseller shape)',
    description:
      'Queued ~4 s (position 2 to 1), runs ~16 s, completes with video, thumbnail and GIF. Two input images.',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_slow',
    demo: true,
    title: 'Slow demo (reseller shape)',
    description: 'Queued ~30 s (position 5 to 1), runs ~150 s, completes. Text-to-video.',
    prompt: 'A paper boat drifting down a rainy street at dusk, cinematic',
    queuedSeconds: 30,
    runningSeconds: 150,
    queueStart: 5,
    images: [],
    inpaint: [],
  },
  {
    ...fastDemo,
    id: 'video_demo_openai_format',
    title: 'OpenAI-format shape from a reseller',
    description:
      'queued ~3 s, in_progress ~12 s with integer progress, completed with video_url; timestamps in seconds.',
    family: 'openai-format',
    prompt: 'A calico cat napping in a sunbeam',
    queuedSeconds: 3,
    runningSeconds: 12,
    queueStart: 1,
    images: [],
    inpaint: [],
  },
  {
    ...fastDemo,
    id: 'video_demo_official',
    demo: true,
    title: "OpenAI's official shape",
    description:
      'No URL in the body: the video comes from GET /v1/videos/{id}/content with the Bearer key. Runs ~10 s.',
    family: 'official',
    prompt: 'Waves rolling onto a black sand beach, drone shot',
    queuedSeconds: 2,
    runningSeconds: 10,
    queueStart: 1,
    images: [],
    inpaint: [],
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_moderation',
    demo: true,
    title: 'Rejected by moderation',
    description:
      'Runs ~10 s, then fails with an output rejection, flagged frames and a guardrail message.',
    outcome: 'moderated',
    prompt: 'make animate',
    queuedSeconds: 2,
    runningSeconds: 8,
    queueStart: 1,
    finalProgress: 0.97,
    images: ['input-2.png'],
    inpaint: [{ frameIndex: 0, sourceStartFrame: 0, sourceEndFrame: 0, cropBounds: null }],
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_failure',
    title: 'Plain failure',
    description: 'Fails after ~8 s with a plain failure_reason from the provider.',
    outcome: 'failed',
    prompt: 'A timelapse of a city skyline from day to night',
    queuedSeconds: 2,
    runningSeconds: 6,
    queueStart: 1,
    finalProgress: 0.42,
    images: [],
    inpaint: [],
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_disagree',
    title: 'Statuses that disagree',
    description:
      'Outer status "pending" while the inner one says "processing"; once done, the outer status still says "processing" while detail.status is "completed".',
    outcome: 'completed-lagging-status',
    prompt: 'A hummingbird hovering over a red flower, slow motion',
    queuedSeconds: 3,
    runningSeconds: 12,
    queueStart: 1,
    images: [],
    inpaint: [],
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_jumpy',
    demo: true,
    title: 'Jumpy progress',
    description:
      'Progress as some providers report it: stuck at 0 %, leaps to 90 %, falls back to 60 %, then completes. Runs ~24 s.',
    prompt: 'A lighthouse in a storm, waves crashing, night',
    queuedSeconds: 2,
    runningSeconds: 24,
    queueStart: 1,
    progressCurve: [0, 0, 0.9, 0.6, 0.75, 0.95],
    images: [],
    inpaint: [],
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_expiring_link',
    title: 'Expired video link',
    description:
      'Completes after ~10 s; the first finished answer carries a video link that expired a day ago (403), later answers a fresh one.',
    prompt: 'A paper boat drifting down a rainy street at dusk, cinematic',
    queuedSeconds: 2,
    runningSeconds: 8,
    queueStart: 1,
    images: [],
    inpaint: [],
    expiredLinks: 'first',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_link_gone',
    title: 'Video link that never works',
    description:
      'Completes after ~10 s, but every answer carries a video link that expired a day before (403), however often the task is asked again.',
    prompt: 'A red kite over a windy beach',
    queuedSeconds: 2,
    runningSeconds: 8,
    queueStart: 1,
    images: [],
    inpaint: [],
    expiredLinks: 'every',
  },
  faultEntry('sora-2:task_fault_429', '429', 'Fault: 429', 'Always 429 with Retry-After: 2.'),
  faultEntry('sora-2:task_fault_500', '500', 'Fault: 500', 'Always 500 with a JSON error.'),
  faultEntry(
    'sora-2:task_fault_524',
    '524',
    'Fault: 524',
    'Always 524 with a Cloudflare-like HTML page.',
  ),
  faultEntry(
    'sora-2:task_fault_slow',
    'slow',
    'Fault: slow',
    'Answers after 20 s of real time, then like the fast demo.',
  ),
  faultEntry(
    'sora-2:task_fault_not_json',
    'not-json',
    'Fault: not JSON',
    'Answers 200 with a text/plain body that is not JSON.',
  ),
  {
    ...fastDemo,
    id: 'sora-2:task_fault_flaky',
    title: 'Fault: flaky',
    description:
      'The first 2 requests per instance answer 500, then it behaves like the fast demo.',
    flakyFailures: 2,
  },
  // One entry per failure class the demos above do not already produce (output moderation is
  // task_demo_moderation, timed out is task_demo_failure), in the providers' own words.
  {
    ...fastDemo,
    id: 'sora-2:task_class_prompt_rejected',
    title: 'Failure class: prompt rejected',
    description:
      'Reseller shape. Queued ~2 s, then fails before generating: the prompt is refused by content policy.',
    outcome: 'failed',
    prompt: 'A famous actor robbing a bank, photorealistic',
    queuedSeconds: 2,
    runningSeconds: 0,
    queueStart: 1,
    finalProgress: 0,
    images: [],
    inpaint: [],
    failure: {
      message: 'Your prompt may violate our content policy. Please revise it and try again.',
      inputRejection: true,
    },
    failureClass: 'input-moderation',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_class_image_rejected',
    title: 'Failure class: input image rejected',
    description:
      'Reseller shape with an input image. Queued ~2 s, then fails before generating: the upload check refuses a photo of a real person.',
    outcome: 'failed',
    queuedSeconds: 2,
    runningSeconds: 0,
    queueStart: 1,
    finalProgress: 0,
    images: ['input-1.png'],
    inpaint: [{ frameIndex: 0, sourceStartFrame: 0, sourceEndFrame: 0, cropBounds: null }],
    failure: {
      message:
        'We currently do not support uploads of images containing photorealistic people. Please try another image.',
    },
    failureClass: 'input-moderation',
  },
  {
    ...fastDemo,
    id: 'video_class_moderation_blocked',
    title: 'Failure class: blocked by moderation (official shape)',
    description:
      "OpenAI's official shape. Queued ~2 s, then status failed with error.code moderation_blocked.",
    family: 'official',
    outcome: 'failed',
    prompt: 'A realistic news clip of a politician at a riot',
    queuedSeconds: 2,
    runningSeconds: 0,
    queueStart: 1,
    finalProgress: 0,
    images: [],
    inpaint: [],
    failure: {
      code: 'moderation_blocked',
      message: 'Your request was blocked by our moderation system.',
    },
    failureClass: 'input-moderation',
  },
  {
    ...fastDemo,
    id: 'video_class_insufficient_quota',
    title: 'Failure class: out of quota (official shape)',
    description:
      "OpenAI's official shape. Queued ~2 s, then status failed with error.code insufficient_quota.",
    family: 'official',
    outcome: 'failed',
    prompt: 'Fireworks over a harbour, long exposure',
    queuedSeconds: 2,
    runningSeconds: 0,
    queueStart: 1,
    finalProgress: 0,
    images: [],
    inpaint: [],
    failure: {
      code: 'insufficient_quota',
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    },
    failureClass: 'quota',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_class_internal_error',
    title: 'Failure class: provider error',
    description:
      'Reseller shape. Runs ~6 s, then fails at 60 % with a generic internal error from the upstream.',
    outcome: 'failed',
    prompt: 'A lighthouse in a storm, waves crashing',
    queuedSeconds: 2,
    runningSeconds: 4,
    queueStart: 1,
    finalProgress: 0.6,
    images: [],
    inpaint: [],
    failure: {
      message: 'An internal error occurred while generating your video. Please try again later.',
    },
    failureClass: 'provider-error',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_class_expired',
    title: 'Failure class: expired',
    description:
      'Completes after ~4 s like the fast demo; 8 s after that the provider has forgotten it and every request answers 404.',
    queuedSeconds: 1,
    runningSeconds: 3,
    queueStart: 1,
    images: [],
    inpaint: [],
    expiresAfterSeconds: 8,
    failureClass: 'not-found',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_class_no_cors',
    title: 'Failure class: no CORS headers',
    description:
      'Behaves like the fast demo but sends no CORS headers (its preflight answers 401), so a page on another origin cannot read it: the dashboard cannot reach it unless it goes through a same-origin proxy.',
    images: [],
    inpaint: [],
    noCorsHeaders: true,
    failureClass: 'unreachable',
  },
];

// Bodies no honest provider sends, for testing that the dashboard stays safe and usable anyway.
const hostileEntries: readonly CatalogueEntry[] = [
  {
    ...fastDemo,
    id: 'sora-2:task_hostile_text',
    title: 'Hostile text, failing',
    description:
      'Reseller shape. Every text field (prompt, model, ids, failure reason, moderation type, code, categories and a frame key, inpaint items, queue message) holds markup that would run if a page inserted it as HTML. Runs ~6 s, then fails by output moderation.',
    outcome: 'moderated',
    queuedSeconds: 2,
    runningSeconds: 4,
    queueStart: 1,
    finalProgress: 0.9,
    hostile: 'text',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_hostile_text_done',
    title: 'Hostile text, finished',
    description:
      'Like the fast demo, completing after ~6 s with its video, but with the same markup in every text field.',
    queuedSeconds: 2,
    runningSeconds: 4,
    queueStart: 1,
    hostile: 'text',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_hostile_urls',
    title: 'Hostile URLs',
    description:
      'Like the fast demo, completing after ~6 s, but every URL (video, thumbnail, GIF, download, encodings, input images) uses a scheme a page must never load: javascript:, data:text/html, vbscript:, file:, and the same in disguise.',
    queuedSeconds: 2,
    runningSeconds: 4,
    queueStart: 1,
    hostile: 'urls',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_hostile_huge',
    title: 'Huge body',
    description:
      'Like the fast demo, completing after ~6 s with its video, but every answer is over 5 MB: each prompt field holds 2.5 MB of text.',
    queuedSeconds: 2,
    runningSeconds: 4,
    queueStart: 1,
    hostile: 'huge',
  },
];

export const catalogue: readonly CatalogueEntry[] = [
  ...soraEntries,
  ...familyEntries,
  ...hostileEntries,
];

const byId = new Map(catalogue.map((entry) => [entry.id, entry]));

/** Faulty entries are listed after the demos, and flagged, so a demo list can hide them. */
export function isFaultEntry(entry: CatalogueEntry): boolean {
  return (
    entry.fault !== undefined ||
    entry.flakyFailures !== undefined ||
    entry.accountError !== undefined
  );
}

/** Entries with hostile bodies; listed last, flagged, and not part of the demo. */
export function isHostileEntry(entry: CatalogueEntry): boolean {
  return entry.hostile !== undefined;
}

/** Entries that show one failure class; listed after the demos, and not part of the demo. */
export function isFailureClassEntry(entry: CatalogueEntry): boolean {
  return entry.failureClass !== undefined;
}

export function findEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}
