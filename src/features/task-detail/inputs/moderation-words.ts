// The provider's moderation result in plain words. The model has already parsed each verdict
// (unsafe, categories, code); this only phrases it.
import type { FrameModeration, Moderation } from '../../../domain/readers/read-moderation';

const PASSED_TYPES = new Set(['passed', 'pass', 'ok', 'safe']);

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const humanise = (text: string) => text.replace(/[_-]+/g, ' ').trim();

/** What the provider said about one frame, e.g. "flagged as unsafe (sexual content)". */
export function describeVerdict(frame: FrameModeration): string {
  const categories = frame.categories.map(humanise).filter(Boolean).join(', ');
  if (frame.unsafe === true) {
    if (categories) return `flagged as unsafe (${categories} content)`;
    return frame.code ? `flagged as unsafe (code “${frame.code}”)` : 'flagged as unsafe';
  }
  if (frame.unsafe === false) return 'not flagged';
  return categories
    ? `verdict unclear (mentions ${categories} content)`
    : 'verdict not recognised (shown as sent)';
}

/** "Frame 48: flagged as unsafe (sexual content)"; a key that is not a frame is quoted. */
export function describeFrame(frame: FrameModeration): string {
  const where = frame.frame === undefined ? `Entry “${frame.frameIndex}”` : `Frame ${frame.frame}`;
  return `${where}: ${describeVerdict(frame)}`;
}

export type ModerationTone = 'passed' | 'rejected' | 'attention' | 'unknown';

export interface ModerationSummary {
  headline: string;
  tone: ModerationTone;
  /** Further facts, each a short sentence: review, unsafe generations, flagged frames. */
  facts: string[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function summariseModeration(moderation: Moderation): ModerationSummary {
  const type = moderation.type === undefined ? undefined : normalise(moderation.type);
  const facts: string[] = [];
  let headline: string;
  let tone: ModerationTone;
  if (moderation.isOutputRejection === true || type === 'output_rejection') {
    headline = 'The finished video was rejected';
    tone = 'rejected';
  } else if (type !== undefined && type.includes('reject')) {
    headline = `Rejected by moderation (“${moderation.type}”)`;
    tone = 'rejected';
  } else if (type !== undefined && PASSED_TYPES.has(type)) {
    headline = 'Passed moderation';
    tone = 'passed';
  } else if (type !== undefined) {
    headline = `Moderation result: “${moderation.type}”`;
    tone = 'attention';
  } else {
    headline = 'No overall moderation result';
    tone = 'unknown';
  }
  if (moderation.needsReview === true) {
    facts.push('Needs human review.');
    if (tone === 'passed' || tone === 'unknown') tone = 'attention';
  }
  if (moderation.unsafeCount !== undefined) {
    facts.push(
      moderation.unsafeCount === 0
        ? 'No unsafe generations.'
        : `${plural(moderation.unsafeCount, 'unsafe generation', 'unsafe generations')}.`,
    );
  }
  const flagged = moderation.byFrame.filter((frame) => frame.unsafe === true).length;
  if (flagged > 0) facts.push(`${plural(flagged, 'frame', 'frames')} flagged as unsafe.`);
  if (tone === 'passed' && (flagged > 0 || (moderation.unsafeCount ?? 0) > 0)) tone = 'attention';
  return { headline, tone, facts };
}
