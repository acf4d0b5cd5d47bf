import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/domain/api-error';
import { classifyFailure } from '../../../src/domain/failure-classes';
import { parseTask } from '../../../src/domain/task-model';

const failed = (body: Record<string, unknown>) =>
  parseTask({ status: 'failed', ...body }, 'video_f');

describe('failure classes', () => {
  it('tells input moderation from output moderation', () => {
    expect(
      classifyFailure(
        failed({ failure_reason: 'This content may violate our guardrails around violence.' }),
        null,
      ),
    ).toBe('input-moderation');
    expect(
      classifyFailure(
        parseTask(
          {
            status: 'pending',
            detail: {
              pending_info: {
                failure_reason: 'This content may violate our guardrails around nudity.',
                moderation_result: { type: 'output_rejection', is_output_rejection: true },
              },
            },
          },
          'sora-2:task_m',
        ),
        null,
      ),
    ).toBe('output-moderation');
    expect(
      classifyFailure(
        parseTask(
          {
            status: 'completed',
            detail: {
              draft_info: { kind: 'sora_content_violation', reason_str: 'unsafe input image' },
            },
          },
          'sora-2:task_d',
        ),
        null,
      ),
    ).toBe('input-moderation');
  });

  it('recognises refusals of the input that name no policy, in English and Chinese', () => {
    for (const reason of [
      'We currently do not support uploads of images containing photorealistic people.',
      'Input images with human faces are currently rejected.',
      'The image may depict a real person or public figure.',
      '提示词包含敏感词，请修改后重试',
      '内容违规',
      '图片审核未通过',
    ]) {
      expect(classifyFailure(failed({ failure_reason: reason }), null), reason).toBe(
        'input-moderation',
      );
    }
    expect(classifyFailure(failed({ fail_reason: '生成的视频内容违规' }), null)).toBe(
      'output-moderation',
    );
    expect(
      classifyFailure(
        failed({
          error: {
            code: 'moderation_blocked',
            message: 'Your request was blocked by our moderation system.',
          },
        }),
        null,
      ),
    ).toBe('input-moderation');
    // Words that only look alike stay where they were.
    expect(classifyFailure(failed({ failure_reason: 'Interface error 7' }), null)).toBe(
      'provider-error',
    );
  });

  it('recognises quota, timeouts and expiry in the provider text, in English and Chinese', () => {
    expect(
      classifyFailure(
        failed({ error: { code: 'insufficient_quota', message: 'You exceeded your quota' } }),
        null,
      ),
    ).toBe('quota');
    expect(classifyFailure(failed({ fail_reason: '余额不足' }), null)).toBe('quota');
    expect(
      classifyFailure(
        failed({
          error: {
            code: 'insufficient_quota',
            message: 'You exceeded your current quota, please check your plan and billing details.',
          },
        }),
        null,
      ),
    ).toBe('quota');
    expect(
      classifyFailure(
        failed({
          failure_reason:
            'An internal error occurred while generating your video. Please try again later.',
        }),
        null,
      ),
    ).toBe('provider-error');
    expect(
      classifyFailure(
        failed({ failure_reason: 'Generation failed: upstream worker timed out.' }),
        null,
      ),
    ).toBe('timed-out');
    expect(classifyFailure(failed({ fail_reason: '任务超时' }), null)).toBe('timed-out');
    expect(classifyFailure(failed({ failure_reason: 'Task expired' }), null)).toBe('not-found');
    expect(classifyFailure(failed({ failure_reason: 'Internal error 13' }), null)).toBe(
      'provider-error',
    );
    expect(classifyFailure(failed({}), null)).toBe('provider-error');
  });

  it('classifies errors that stopped a task that never loaded', () => {
    expect(classifyFailure(undefined, new ApiError('not-found', 'x', { status: 404 }))).toBe(
      'not-found',
    );
    expect(classifyFailure(undefined, new ApiError('network', 'x'))).toBe('unreachable');
    expect(classifyFailure(undefined, new ApiError('timeout', 'x'))).toBe('timed-out');
    expect(
      classifyFailure(undefined, new ApiError('client', 'Payment required', { status: 402 })),
    ).toBe('quota');
    expect(
      classifyFailure(undefined, new ApiError('server', 'x', { status: 500 })),
    ).toBeUndefined();
  });

  it('says nothing about tasks that did not fail, even when a poll errored', () => {
    const running = parseTask({ status: 'in_progress', progress: 5 }, 'video_r');
    expect(classifyFailure(running, new ApiError('network', 'x'))).toBeUndefined();
    expect(classifyFailure(parseTask({ status: 'completed' }, 'video_c'), null)).toBeUndefined();
  });
});
