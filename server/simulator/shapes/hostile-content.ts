// What a hostile or broken provider may put in a body, for testing that the dashboard shows
// provider text as text, uses no URL that is not https (or loopback http), and copes with a body
// of megabytes. An entry with `hostile` is rendered in its family's shape as usual, then every
// field of the kind is rewritten here, so the payload reaches whatever field the dashboard reads.

/**
 * - `text`: every text field holds markup that would run if a page put it into its HTML;
 * - `urls`: every URL uses a scheme a page must never load (javascript:, data:, vbscript:, file:);
 * - `huge`: every prompt field is so long that each answer is over 5 MB.
 */
export type HostileKind = 'text' | 'urls' | 'huge';

/**
 * Two ways markup could run if inserted as HTML, around the field's name so a test can tell
 * where each text ended up. `window.__pwned` is set only if one of them runs.
 */
export function hostileText(field: string): string {
  return `<img src=x onerror="window.__pwned=1"> ${field} <script>window.__pwned=1</script>`;
}

/** Given out in turn to the URL fields: the plain schemes, then the same in disguise. */
export const hostileUrls: readonly string[] = [
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:window.__pwned=1',
  'file:///etc/passwd',
  // A URL parser ignores case, leading spaces, and tabs and newlines anywhere.
  ' JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
];

/** The size of each prompt in a `huge` body; the shapes carry the prompt twice. */
export const HUGE_PROMPT_CHARS = 2.5 * 1024 * 1024;

const sentence = 'A paper boat drifting down a rainy street at dusk, cinematic, 4k, slow pan. ';
const hugePrompt = sentence.repeat(Math.ceil(HUGE_PROMPT_CHARS / sentence.length));
const hugePromptText = hugePrompt.slice(0, HUGE_PROMPT_CHARS);

/**
 * Fields that steer the task's state rather than say something: rewriting them would change
 * what the task is (a draft's `kind` other than `sora_draft` is a refusal).
 */
const STATE_KEYS = new Set(['status', 'kind']);

const isHttpUrl = (text: string) => /^https?:\/\//i.test(text.trim());

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Rewrite = (value: unknown, key: string) => unknown;

/** The body with `rewrite` applied to every value that is not an object or array, bottom up. */
function rewriteLeaves(value: unknown, key: string, rewrite: Rewrite): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteLeaves(item, key, rewrite));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, inner]) => [name, rewriteLeaves(inner, name, rewrite)]),
    );
  }
  return rewrite(value, key);
}

function withHostileText(body: object): unknown {
  const rewritten = rewriteLeaves(body, '', (value, key) => {
    if (typeof value === 'string') {
      return STATE_KEYS.has(key) || isHttpUrl(value) ? value : hostileText(key);
    }
    // Ids the shape leaves empty (`preset_id: null`…) are text the dashboard would show too.
    return value === null && key.endsWith('_id') ? hostileText(key) : value;
  });
  // Text fields the family itself does not send but others do, and a frame key that is no
  // number: the model and rewritten prompt at the top, as most families put them.
  const withFrameKey = rewriteFrameKeys(rewritten);
  return isRecord(withFrameKey)
    ? {
        ...withFrameKey,
        model: hostileText('model'),
        enhanced_prompt: hostileText('enhanced_prompt'),
      }
    : withFrameKey;
}

/** Adds a frame key that is markup to every `results_by_frame_index` (moderation per frame). */
function rewriteFrameKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteFrameKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => {
      const rewritten = rewriteFrameKeys(inner);
      if (name !== 'results_by_frame_index' || !isRecord(rewritten)) return [name, rewritten];
      return [name, { ...rewritten, [hostileText('frame')]: hostileText('verdict') }];
    }),
  );
}

function withHostileUrls(body: object): unknown {
  let given = 0;
  return rewriteLeaves(body, '', (value) => {
    if (typeof value !== 'string' || !isHttpUrl(value)) return value;
    const url = hostileUrls[given % hostileUrls.length];
    given += 1;
    return url;
  });
}

function withHugePrompts(body: object): unknown {
  return rewriteLeaves(body, '', (value, key) =>
    key === 'prompt' && typeof value === 'string' ? hugePromptText : value,
  );
}

const rewrites: Record<HostileKind, (body: object) => unknown> = {
  text: withHostileText,
  urls: withHostileUrls,
  huge: withHugePrompts,
};

/** The family's body, with every field of the kind rewritten. */
export function hostileBody(kind: HostileKind, body: object): object {
  const rewritten = rewrites[kind](body);
  // Rewriting keeps every object an object; the check is for the type system.
  return typeof rewritten === 'object' && rewritten !== null ? rewritten : body;
}
