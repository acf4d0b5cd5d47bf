// The one table of simulated tasks. The dashboard's demo list and the e2e tests depend on these
// exact ids; durations are simulated seconds at speed 1.

export type TaskShape = 'reseller' | 'openai-format' | 'official';

/** How a task ends. `completed-lagging-status` keeps a stale outer status after completing. */
export type TaskOutcome = 'completed' | 'failed' | 'moderated' | 'completed-lagging-status';

/** Ways a request can misbehave, whether built into an id or queued via `POST /sim/faults`. */
export type FaultKind = '429' | '500' | '524' | 'slow' | 'not-json';

export interface InpaintSpec {
  frameIndex: number;
  sourceStartFrame: number;
  sourceEndFrame: number;
  cropBounds: { left: number; top: number; right: number; bottom: number } | null;
}

export interface CatalogueEntry {
  id: string;
  title: string;
  description: string;
  shape: TaskShape;
  outcome: TaskOutcome;
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
  /** Every request for this id misbehaves this way. */
  fault?: FaultKind;
  /** The first n requests per instance answer 500, then the task behaves normally. */
  flakyFailures?: number;
  /**
   * The first answer after completing carries media links that expired a day earlier (the media
   * route answers them 403); later answers carry fresh ones, as a provider that re-signs links
   * on every read would.
   */
  firstLinksExpired?: boolean;
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
  shape: 'reseller',
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

export const catalogue: readonly CatalogueEntry[] = [
  {
    ...fastDemo,
    id: 'sora-2:task_demo_fast',
    title: 'Fast demo (reseller shape)',
    description:
      'Queued ~4 s (position 2 to 1), runs ~16 s, completes with video, thumbnail and GIF. Two input images.',
  },
  {
    ...fastDemo,
    id: 'sora-2:task_demo_slow',
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
    shape: 'openai-format',
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
    title: "OpenAI's official shape",
    description:
      'No URL in the body: the video comes from GET /v1/videos/{id}/content with the Bearer key. Runs ~10 s.',
    shape: 'official',
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
    firstLinksExpired: true,
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
];

const byId = new Map(catalogue.map((entry) => [entry.id, entry]));

/** Faulty entries are listed after the demos, and flagged, so a demo list can hide them. */
export function isFaultEntry(entry: CatalogueEntry): boolean {
  return entry.fault !== undefined || entry.flakyFailures !== undefined;
}

export function findEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}
