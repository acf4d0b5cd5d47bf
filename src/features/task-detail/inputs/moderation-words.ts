// The provider's moderation result in plain words. The model has already parsed each verdict
// (unsafe, categories, code); this only phrases it.
import type { FrameModeration, Moderation } from '../../../domain/readers/read-moderation';
import { t, tp } from '../../../lib/i18n';

const PASSED_TYPES = new Set(['passed', 'pass', 'ok', 'safe']);

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const humanise = (text: string) => text.replace(/[_-]+/g, ' ').trim();

/** What the provider said about one frame, e.g. "flagged as unsafe (sexual content)". */
export function describeVerdict(frame: FrameModeration): string {
  // The provider's own category names, as it wrote them.
  const categories = frame.categories.map(humanise).filter(Boolean).join(', ');
  if (frame.unsafe === true) {
    if (categories) return t('flagged as unsafe ({categories} content)', { categories });
    return frame.code
      ? t('flagged as unsafe (code “{code}”)', { code: frame.code })
      : t('flagged as unsafe');
  }
  if (frame.unsafe === false) return t('not flagged');
  return categories
    ? t('verdict unclear (mentions {categories} content)', { categories })
    : t('verdict not recognised (shown as sent)');
}

/** "Frame 48: flagged as unsafe (sexual content)"; a key that is not a frame is quoted. */
export function describeFrame(frame: FrameModeration): string {
  const verdict = describeVerdict(frame);
  return frame.frame === undefined
    ? t('Entry “{entry}”: {verdict}', { entry: frame.frameIndex, verdict })
    : t('Frame {frame}: {verdict}', { frame: frame.frame, verdict });
}

export type ModerationTone = 'passed' | 'rejected' | 'attention' | 'unknown';

export interface ModerationSummary {
  headline: string;
  tone: ModerationTone;
  /** Further facts, each a short sentence: review, unsafe generations, flagged frames. */
  facts: string[];
}

export function summariseModeration(moderation: Moderation): ModerationSummary {
  const type = moderation.type === undefined ? undefined : normalise(moderation.type);
  const facts: string[] = [];
  let headline: string;
  let tone: ModerationTone;
  if (moderation.isOutputRejection === true || type === 'output_rejection') {
    headline = t('The finished video was rejected');
    tone = 'rejected';
  } else if (type !== undefined && type.includes('reject')) {
    headline = t('Rejected by moderation (“{type}”)', { type: moderation.type ?? '' });
    tone = 'rejected';
  } else if (type !== undefined && PASSED_TYPES.has(type)) {
    headline = t('Passed moderation');
    tone = 'passed';
  } else if (type !== undefined) {
    headline = t('Moderation result: “{type}”', { type: moderation.type ?? '' });
    tone = 'attention';
  } else {
    headline = t('No overall moderation result');
    tone = 'unknown';
  }
  if (moderation.needsReview === true) {
    facts.push(t('Needs human review.'));
    if (tone === 'passed' || tone === 'unknown') tone = 'attention';
  }
  if (moderation.unsafeCount !== undefined) {
    facts.push(
      moderation.unsafeCount === 0
        ? t('No unsafe generations.')
        : tp(moderation.unsafeCount, {
            one: '{count} unsafe generation.',
            other: '{count} unsafe generations.',
          }),
    );
  }
  const flagged = moderation.byFrame.filter((frame) => frame.unsafe === true).length;
  if (flagged > 0) {
    facts.push(
      tp(flagged, {
        one: '{count} frame flagged as unsafe.',
        other: '{count} frames flagged as unsafe.',
      }),
    );
  }
  if (tone === 'passed' && (flagged > 0 || (moderation.unsafeCount ?? 0) > 0)) tone = 'attention';
  return { headline, tone, facts };
}
