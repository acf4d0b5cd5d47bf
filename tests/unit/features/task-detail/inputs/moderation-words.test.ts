import { describe, expect, it } from 'vitest';
import type {
  FrameModeration,
  Moderation,
} from '../../../../../src/domain/readers/read-moderation';
import {
  describeFrame,
  summariseModeration,
} from '../../../../../src/features/task-detail/inputs/moderation-words';

function frame(patch: Partial<FrameModeration>): FrameModeration {
  return {
    frameIndex: '24',
    frame: 24,
    text: '…',
    unsafe: undefined,
    categories: [],
    code: undefined,
    ...patch,
  };
}

function moderation(patch: Partial<Moderation>): Moderation {
  return {
    type: undefined,
    code: undefined,
    isOutputRejection: undefined,
    byFrame: [],
    unsafeCount: undefined,
    needsReview: undefined,
    ...patch,
  };
}

describe('describeFrame', () => {
  it('words a flag with its categories, else its code', () => {
    expect(describeFrame(frame({ unsafe: true, categories: ['sexual'], code: 'sexual' }))).toBe(
      'Frame 24: flagged as unsafe (sexual content)',
    );
    expect(describeFrame(frame({ unsafe: true, categories: ['self_harm', 'violence'] }))).toBe(
      'Frame 24: flagged as unsafe (self harm, violence content)',
    );
    expect(describeFrame(frame({ unsafe: true, code: 'x9' }))).toBe(
      'Frame 24: flagged as unsafe (code “x9”)',
    );
    expect(describeFrame(frame({ unsafe: false }))).toBe('Frame 24: not flagged');
    expect(describeFrame(frame({ frameIndex: 'all', frame: undefined }))).toBe(
      'Entry “all”: verdict not recognised (shown as sent)',
    );
  });
});

describe('summariseModeration', () => {
  it('passed', () => {
    expect(summariseModeration(moderation({ type: 'passed', unsafeCount: 0 }))).toEqual({
      headline: 'Passed moderation',
      tone: 'passed',
      facts: ['No unsafe generations.'],
    });
  });

  it('an output rejection, by flag or by type', () => {
    for (const patch of [{ isOutputRejection: true }, { type: 'output_rejection' }]) {
      expect(summariseModeration(moderation(patch))).toMatchObject({
        headline: 'The finished video was rejected',
        tone: 'rejected',
      });
    }
  });

  it('review, unsafe generations and flagged frames are counted', () => {
    expect(
      summariseModeration(
        moderation({
          type: 'passed',
          needsReview: true,
          unsafeCount: 2,
          byFrame: [frame({ unsafe: true }), frame({ frameIndex: '30', frame: 30, unsafe: false })],
        }),
      ),
    ).toEqual({
      headline: 'Passed moderation',
      tone: 'attention',
      facts: ['Needs human review.', '2 unsafe generations.', '1 frame flagged as unsafe.'],
    });
  });

  it('a type nobody documented is quoted, not guessed', () => {
    expect(summariseModeration(moderation({ type: 'input_rejection' })).headline).toBe(
      'Rejected by moderation (“input_rejection”)',
    );
    expect(summariseModeration(moderation({ type: 'pending_review' })).headline).toBe(
      'Moderation result: “pending_review”',
    );
    expect(summariseModeration(moderation({})).headline).toBe('No overall moderation result');
  });
});
