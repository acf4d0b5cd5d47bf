// Every family in docs/video-task-shapes.md, from the doc's own examples (completed where the doc
// elides): each reads to its expected status, progress, model, video and failure class.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../src/domain/failure-classes';
import { readAnswer } from '../../../src/domain/readers/read-answer';
import { parseTime } from '../../../src/domain/readers/read-time';
import { parseTask, type Task } from '../../../src/domain/task-model';

interface Expected {
  status: Task['status'];
  progress?: number;
  model?: string;
  video?: Task['video'];
  failureClass?: ReturnType<typeof classifyFailure>;
}

function expectReading(task: Task, expected: Expected) {
  expect({
    status: task.status,
    progress: task.progress,
    model: task.model,
    video: task.video,
    failureClass: classifyFailure(task, undefined),
  }).toEqual({
    status: expected.status,
    progress: expected.progress,
    model: expected.model,
    video: expected.video,
    failureClass: expected.failureClass,
  });
}

const VEO_ID = 'veo3.1-fast:1770350082-trii1OXZc3';

describe('quickrouter unified, Veo', () => {
  it('pending: the doc example, with no progress field, is queued and indeterminate', () => {
    const id = 'veo3-fast-frames:1757555257-PORrVn9sa9';
    const task = parseTask({ id, status: 'pending', status_update_time: 1757555257582 }, id);
    expectReading(task, { status: 'queued', model: 'veo3-fast-frames' });
    expect(task.updatedAt).toBe(1757555257582);
  });

  it('a finished first pass is still running; completed is the end', () => {
    for (const word of ['image_downloading', 'video_generating', 'video_generation_completed']) {
      const task = parseTask({ id: VEO_ID, status: word, detail: { status: word } }, VEO_ID);
      expectReading(task, { status: 'running', model: 'veo3.1-fast' });
    }
    expect(parseTask({ status: 'video_upsampling_completed' }, VEO_ID).status).toBe('running');
  });

  const completed = {
    id: VEO_ID,
    status: 'completed',
    status_update_time: 1770350200000,
    video_url: 'https://cdn.example.com/veo/up.mp4',
    detail: {
      status: 'completed',
      running: false,
      req: {
        model: 'veo3.1-fast',
        prompt: 'a fox in the snow',
        images: ['https://cdn.example.com/veo/in.png'],
        aspect_ratio: '16:9',
        enhance_prompt: true,
        enable_upsample: true,
      },
      images: [{ url: 'https://cdn.example.com/veo/in.png', status: 'done', mediaId: 'm1' }],
      video_url: 'https://cdn.example.com/veo/base.mp4',
      upsample_video_url: 'https://cdn.example.com/veo/up.mp4',
      upsample_status: 'completed',
      video_generation_status: 'completed',
      enhanced_prompt: 'A red fox trots through fresh snow at dawn, low angle, cinematic.',
      created_at: 1770350082000,
      completed_at: 1770350200000,
      retry_count: 1,
      max_retries: 3,
      error_message: 'upstream timeout, retrying',
      video_generation_error: 'Deadline exceeded',
    },
  };

  it('completed: the error texts left from a retry never make it a failure', () => {
    const task = parseTask(completed, VEO_ID);
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      model: 'veo3.1-fast',
      video: { kind: 'url', url: 'https://cdn.example.com/veo/up.mp4' },
    });
    expect(task.failure).toBeUndefined();
    expect(task.prompt).toBe('a fox in the snow');
    expect(task.enhancedPrompt).toMatch(/^A red fox/);
    expect(task.inputImages).toEqual(['https://cdn.example.com/veo/in.png']);
    expect(task.orientation).toBe('landscape');
    expect(task.createdAt).toBe(1770350082000);
    expect(task.completedAt).toBe(1770350200000);
  });

  it('without a top-level URL, the upsampled file comes before the base one', () => {
    const { video_url: _top, ...rest } = completed;
    expect(parseTask(rest, VEO_ID).video).toEqual({
      kind: 'url',
      url: 'https://cdn.example.com/veo/up.mp4',
    });
  });

  it('failed: the text comes from detail.error_message', () => {
    const task = parseTask(
      {
        id: VEO_ID,
        status: 'failed',
        detail: { status: 'video_generation_failed', error_message: 'Generation timed out' },
      },
      VEO_ID,
    );
    expectReading(task, { status: 'failed', model: 'veo3.1-fast', failureClass: 'timed-out' });
    expect(task.failure?.message).toBe('Generation timed out');
  });
});

describe('quickrouter unified, Grok', () => {
  it('answers with the bare uuid; the task keeps the pasted id and its model', () => {
    const pasted = 'grok:033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11';
    const task = parseTask(
      {
        id: '033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11',
        status: 'pending',
        video_url: null,
        enhanced_prompt: 'A neon city at night, rain',
        status_update_time: 1750323167003,
      },
      pasted,
    );
    expectReading(task, { status: 'queued', model: 'grok' });
    expect(task.id).toBe(pasted);
    expect(task.providerId).toBe('033fa60e-5d2b-4a4e-9b8f-0f5d2a7c9e11');
    expect(task.prompt).toBe('A neon city at night, rain');
  });
});

describe('OpenAI-style Veo from resellers', () => {
  it('empty strings and a zero time mean absent while running', () => {
    const task = parseTask(
      {
        id: 'video_veo_1',
        object: 'video',
        model: 'veo-3.1',
        status: 'in_progress',
        progress: 35,
        video_url: '',
        completed_at: 0,
        created_at: 1770000000,
        error: { message: '', code: '' },
      },
      'video_veo_1',
    );
    expectReading(task, { status: 'running', progress: 35, model: 'veo-3.1' });
    expect(task.failure).toBeUndefined();
    expect(task.completedAt).toBeUndefined();
    expect(task.blockedUrls).toEqual([]);
  });

  it('reads the file from metadata.url or output.url', () => {
    const base = { id: 'video_veo_2', object: 'video', model: 'veo-3.1', status: 'completed' };
    expect(
      parseTask({ ...base, metadata: { url: 'https://cdn.example.com/m.mp4' } }, base.id).video,
    ).toEqual({ kind: 'url', url: 'https://cdn.example.com/m.mp4' });
    expect(
      parseTask({ ...base, output: { url: 'https://cdn.example.com/o.mp4' } }, base.id).video,
    ).toEqual({ kind: 'url', url: 'https://cdn.example.com/o.mp4' });
  });

  it('new-api: a completed_at filled in while running is not read', () => {
    const task = parseTask(
      { id: 'video_n', object: 'video', status: 'in_progress', completed_at: 1770000300 },
      'video_n',
    );
    expect(task.completedAt).toBeUndefined();
  });
});

describe('new-api task', () => {
  const envelope = (data: Record<string, unknown>) => ({ code: 'success', message: '', data });
  const id = 'task_0123456789abcdef0123456789abcdef';

  it('in progress: the gateway’s percent string, its times in seconds, the origin model', () => {
    const task = parseTask(
      envelope({
        task_id: id,
        status: 'IN_PROGRESS',
        progress: '30%',
        result_url: '',
        fail_reason: '',
        submit_time: 1770000000,
        start_time: 1770000005,
        finish_time: 0,
        properties: { origin_model_name: 'kling-v2-1' },
        data: { task_status: 'processing' },
      }),
      id,
    );
    expectReading(task, { status: 'running', progress: 30, model: 'kling-v2-1' });
    expect(task.createdAt).toBe(1770000000000);
    expect(task.startedAt).toBe(1770000005000);
  });

  it('success with result_url, or (old rows) the URL in fail_reason', () => {
    const done = { task_id: id, status: 'SUCCESS', progress: '100%', finish_time: 1770000100 };
    expectReading(
      parseTask(envelope({ ...done, result_url: 'https://cdn.example.com/r.mp4' }), id),
      {
        status: 'succeeded',
        progress: 100,
        video: { kind: 'url', url: 'https://cdn.example.com/r.mp4' },
      },
    );
    const old = parseTask(
      envelope({ ...done, result_url: '', fail_reason: 'https://cdn.example.com/old.mp4' }),
      id,
    );
    expect(old.video).toEqual({ kind: 'url', url: 'https://cdn.example.com/old.mp4' });
    expect(old.failure).toBeUndefined();
  });

  it('the upstream body inside data.data gives the file when the gateway has none', () => {
    const task = parseTask(
      envelope({
        task_id: id,
        status: 'SUCCESS',
        data: { content: { video_url: 'https://cdn.example.com/upstream.mp4' } },
      }),
      id,
    );
    expect(task.video).toEqual({ kind: 'url', url: 'https://cdn.example.com/upstream.mp4' });
  });

  it('failure: fail_reason', () => {
    const task = parseTask(
      envelope({ task_id: id, status: 'FAILURE', fail_reason: 'insufficient quota' }),
      id,
    );
    expectReading(task, { status: 'failed', failureClass: 'quota' });
  });

  it('the flat variant', () => {
    const task = parseTask(
      {
        code: 'success',
        data: {
          status: 'succeeded',
          task_id: id,
          url: 'https://cdn.example.com/flat.mp4',
          format: 'mp4',
          error: null,
        },
      },
      id,
    );
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      video: { kind: 'url', url: 'https://cdn.example.com/flat.mp4' },
    });
  });

  it('task_not_exist says this endpoint does not know the task', () => {
    expect(readAnswer({ code: 'task_not_exist', message: 'task_not_exist', data: null })).toEqual({
      kind: 'missing',
      message: 'task_not_exist',
    });
  });
});

describe('Volcengine / BytePlus Ark, Seedance', () => {
  const id = 'cgt-20250917121233-f4sg6';
  const succeeded = {
    id,
    model: 'doubao-seedance-2-0-260128',
    status: 'succeeded',
    content: {
      video_url:
        'https://ark-content.tos-cn-beijing.volces.com/v.mp4?X-Amz-Date=20250917T121233Z&X-Amz-Expires=86400&X-Amz-Signature=x',
      last_frame_url: 'https://ark-content.tos-cn-beijing.volces.com/last.jpg',
    },
    usage: { completion_tokens: 108900 },
    created_at: 1779348818,
    updated_at: 1779348874,
    resolution: '720p',
    ratio: '16:9',
    duration: 5,
    framespersecond: 24,
  };

  it('succeeded: the doc example, with the link’s expiry from X-Amz-*', () => {
    const task = parseTask(succeeded, id);
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      model: 'doubao-seedance-2-0-260128',
      video: { kind: 'url', url: succeeded.content.video_url },
    });
    expect(task.mediaExpiresAt).toBe(Date.parse('2025-09-18T12:12:33Z'));
    expect(task.posterUrl).toBe(succeeded.content.last_frame_url);
    expect(task.frames).toBe(120);
    expect(task.orientation).toBe('landscape');
    expect(task.createdAt).toBe(1779348818000);
  });

  it('running has no progress: indeterminate', () => {
    expectReading(parseTask({ id, model: succeeded.model, status: 'running' }, id), {
      status: 'running',
      model: succeeded.model,
    });
  });

  it('failed: vendor codes name the side moderation refused', () => {
    const failed = (code: string) =>
      parseTask(
        { id, model: succeeded.model, status: 'failed', error: { code, message: 'Refused.' } },
        id,
      );
    expect(classifyFailure(failed('OutputVideoSensitiveContentDetected'), undefined)).toBe(
      'output-moderation',
    );
    expect(classifyFailure(failed('InputTextSensitiveContentDetected'), undefined)).toBe(
      'input-moderation',
    );
    expect(classifyFailure(failed('InputImageSensitiveContentDetected'), undefined)).toBe(
      'input-moderation',
    );
  });

  it('cancelled and expired are terminal without a failure', () => {
    expect(parseTask({ id, status: 'cancelled' }, id).status).toBe('cancelled');
    const expired = parseTask({ id, status: 'expired' }, id);
    expect(expired.status).toBe('expired');
    expect(expired.failure).toBeUndefined();
    expect(classifyFailure(expired, undefined)).toBe('not-found');
  });
});

describe('Kling', () => {
  const id = '867283741759111202';
  it('succeed: the file and its duration, times in ms', () => {
    const task = parseTask(
      {
        code: 0,
        message: 'SUCCEED',
        request_id: 'r-1',
        data: {
          task_id: id,
          task_status: 'succeed',
          task_status_msg: '',
          task_result: {
            videos: [{ id: 'v-1', url: 'https://cdn.klingai.com/v.mp4', duration: '5.042' }],
          },
          created_at: 1757555257000,
          updated_at: 1757555357000,
        },
      },
      id,
    );
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      video: { kind: 'url', url: 'https://cdn.klingai.com/v.mp4' },
    });
    expect(task.seconds).toBe(5.042);
    expect(task.createdAt).toBe(1757555257000);
    expect(task.providerId).toBeUndefined();
  });

  it('failed: the reason in task_status_msg', () => {
    const task = parseTask(
      {
        code: 0,
        message: 'SUCCEED',
        data: {
          task_id: id,
          task_status: 'failed',
          task_status_msg: 'Failure to pass the risk control system',
        },
      },
      id,
    );
    expect(task.status).toBe('failed');
    expect(task.failure?.message).toBe('Failure to pass the risk control system');
  });

  it('code other than 0 on HTTP 200 is an error, not a task', () => {
    expect(readAnswer({ code: 1102, message: 'Account balance not enough', data: null })).toEqual({
      kind: 'refused',
      code: '1102',
      message: 'Account balance not enough',
    });
    expect(readAnswer({ code: 0, message: 'SUCCEED', data: { task_status: 'submitted' } })).toEqual(
      { kind: 'task' },
    );
  });
});

describe('DashScope, Wan', () => {
  const id = '0385dc79-5ff8-4d82-bcb6-xxxxxxxxxxxx'.replace(/x/g, 'a');
  it('succeeded: zone-less China times, the Expires= link, both prompts', () => {
    const task = parseTask(
      {
        request_id: 'r-2',
        output: {
          task_id: id,
          task_status: 'SUCCEEDED',
          submit_time: '2025-07-27 21:05:15.212',
          scheduled_time: '2025-07-27 21:05:16.001',
          end_time: '2025-07-27 21:08:40.734',
          video_url:
            'https://dashscope-result.oss-cn-beijing.aliyuncs.com/v.mp4?Expires=1753708000&OSSAccessKeyId=a&Signature=b',
          orig_prompt: 'a cat on a windowsill',
          actual_prompt: 'A fluffy cat naps on a sunny windowsill, soft light.',
        },
        usage: { video_count: 1 },
      },
      id,
    );
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      video: {
        kind: 'url',
        url: 'https://dashscope-result.oss-cn-beijing.aliyuncs.com/v.mp4?Expires=1753708000&OSSAccessKeyId=a&Signature=b',
      },
    });
    expect(task.createdAt).toBe(Date.parse('2025-07-27T21:05:15.212+08:00'));
    expect(task.completedAt).toBe(Date.parse('2025-07-27T21:08:40.734+08:00'));
    expect(task.mediaExpiresAt).toBe(1753708000000);
    expect(task.prompt).toBe('a cat on a windowsill');
    expect(task.enhancedPrompt).toMatch(/^A fluffy cat/);
    expect(task.providerId).toBeUndefined();
  });

  it('FAILED with code and message; UNKNOWN means no such task', () => {
    const failed = parseTask(
      {
        output: {
          task_id: id,
          task_status: 'FAILED',
          code: 'DataInspectionFailed',
          message: 'Input data may contain inappropriate content.',
        },
      },
      id,
    );
    expect(failed.status).toBe('failed');
    expect(failed.failure?.code).toBe('DataInspectionFailed');
    expect(
      readAnswer({ request_id: 'r', output: { task_id: id, task_status: 'UNKNOWN' } }),
    ).toEqual({ kind: 'missing', message: 'status UNKNOWN' });
    expect(parseTask({ output: { task_id: id, task_status: 'CANCELED' } }, id).status).toBe(
      'cancelled',
    );
  });

  it("laozhang's relay: top-level status and result_url", () => {
    expectReading(
      parseTask({ status: 'completed', result_url: 'https://cdn.example.com/wan.mp4' }, id),
      {
        status: 'succeeded',
        progress: 100,
        video: { kind: 'url', url: 'https://cdn.example.com/wan.mp4' },
      },
    );
  });
});

describe('MiniMax Hailuo', () => {
  const id = '314052875571396';
  it('v2: content.url and content.prompt', () => {
    const task = parseTask(
      {
        task: {
          id,
          status: 'succeeded',
          content: { url: 'https://cdn.minimax.io/v.mp4', prompt: 'a kite over a beach' },
        },
      },
      id,
    );
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      video: { kind: 'url', url: 'https://cdn.minimax.io/v.mp4' },
    });
    expect(task.prompt).toBe('a kite over a beach');
  });

  it('v2 failed with 1027 is output moderation; v1 with base_resp 1026 is input moderation', () => {
    const v2 = parseTask(
      {
        task: {
          id,
          status: 'failed',
          error: { code: 1027, message: 'output video sensitive' },
        },
      },
      id,
    );
    expect(classifyFailure(v2, undefined)).toBe('output-moderation');
    const v1 = parseTask(
      {
        task_id: id,
        status: 'Fail',
        base_resp: { status_code: 1026, status_msg: 'input sensitive' },
      },
      id,
    );
    expect(v1.status).toBe('failed');
    expect(classifyFailure(v1, undefined)).toBe('input-moderation');
    expect(parseTask({ task_id: id, status: 'Queueing' }, id).status).toBe('queued');
    expect(readAnswer({ base_resp: { status_code: 1004, status_msg: 'login fail' } })).toEqual({
      kind: 'refused',
      code: '1004',
      message: 'login fail',
    });
  });
});

describe('OpenRouter', () => {
  it('completed: the unsigned URL needs the key', () => {
    const task = parseTask(
      {
        id: 'job-abc123',
        status: 'completed',
        unsigned_urls: ['https://openrouter.ai/api/v1/videos/job-abc123/content?index=0'],
        usage: { cost: 0.5 },
      },
      'job-abc123',
    );
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      video: {
        kind: 'keyed-url',
        url: 'https://openrouter.ai/api/v1/videos/job-abc123/content?index=0',
      },
    });
  });

  it('failed with an error string; expired', () => {
    const failed = parseTask(
      { id: 'job-x', status: 'failed', error: 'Provider returned an error' },
      'job-x',
    );
    expect(failed.failure?.message).toBe('Provider returned an error');
    expect(parseTask({ id: 'job-x', status: 'expired' }, 'job-x').status).toBe('expired');
    expect(parseTask({ id: 'job-x', status: 'pending', error: 'x' }, 'job-x').status).toBe(
      'queued',
    );
  });
});

describe('Gemini operations relayed by a reseller', () => {
  const name = 'models/veo-3.0-generate-001/operations/abc123';
  it('running until done; the model comes from the operation name', () => {
    expectReading(parseTask({ name, done: false }, 'op'), {
      status: 'running',
      model: 'veo-3.0-generate-001',
    });
  });

  it('done with samples: the file URI needs the key', () => {
    const uri = 'https://generativelanguage.googleapis.com/v1beta/files/f1:download?alt=media';
    const task = parseTask(
      {
        name,
        done: true,
        response: { generateVideoResponse: { generatedSamples: [{ video: { uri } }] } },
      },
      'op',
    );
    expectReading(task, {
      status: 'succeeded',
      progress: 100,
      model: 'veo-3.0-generate-001',
      video: { kind: 'keyed-url', url: uri },
    });
    expect(
      parseTask({ name, done: true, response: { generatedVideos: [{ video: { uri } }] } }, 'op')
        .video,
    ).toEqual({ kind: 'keyed-url', url: uri });
  });

  it('done with an error, or with every sample filtered by safety', () => {
    const failed = parseTask({ name, done: true, error: { code: 3, message: 'Bad prompt' } }, 'op');
    expect(failed.status).toBe('failed');
    expect(failed.failure).toMatchObject({ message: 'Bad prompt', code: '3' });
    const filtered = parseTask(
      {
        name,
        done: true,
        response: {
          generateVideoResponse: {
            raiMediaFilteredCount: 1,
            raiMediaFilteredReasons: ['The video could not be generated: it may violate policy.'],
          },
        },
      },
      'op',
    );
    expect(filtered.status).toBe('failed');
    expect(classifyFailure(filtered, undefined)).toBe('output-moderation');
  });
});

describe('link expiry', () => {
  it('needs both X-Amz-Date and X-Amz-Expires to say when an S3-style link expires', () => {
    const task = (url: string) =>
      parseTask({ status: 'succeeded', content: { video_url: url } }, 'cgt-20250917121233-f4sg6');
    expect(
      task('https://x.example/v.mp4?X-Amz-Date=20250917T121233Z&X-Amz-Expires=60').mediaExpiresAt,
    ).toBe(Date.parse('2025-09-17T12:13:33Z'));
    expect(
      task('https://x.example/v.mp4?X-Amz-Date=20250917T121233Z').mediaExpiresAt,
    ).toBeUndefined();
  });
});

describe('times', () => {
  it('reads ms, s, numeric text, ISO and zone-less China time; 0 is unset', () => {
    expect(parseTime(1757555257582)).toBe(1757555257582);
    expect(parseTime(1757555257)).toBe(1757555257000);
    expect(parseTime('1757555257582')).toBe(1757555257582);
    expect(parseTime('2025-07-27 21:05:15')).toBe(Date.parse('2025-07-27T13:05:15Z'));
    expect(parseTime('2025-07-27T21:05:15+02:00')).toBe(Date.parse('2025-07-27T19:05:15Z'));
    expect(parseTime(0)).toBeUndefined();
    expect(parseTime('0')).toBeUndefined();
  });
});

describe('any JSON at all', () => {
  const STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'expired', 'unknown'];
  // Bodies that look like the families, with random values where the families put theirs.
  const anyValue = fc.jsonValue({ maxDepth: 3 });
  const familyLike = fc.oneof(
    fc.jsonValue(),
    fc.record({ code: anyValue, message: anyValue, data: fc.dictionary(fc.string(), anyValue) }),
    fc.record({ output: fc.record({ task_status: anyValue, video_url: anyValue }) }),
    fc.record({ task: fc.record({ status: anyValue, content: anyValue, error: anyValue }) }),
    fc.record({ name: anyValue, done: anyValue, response: anyValue, error: anyValue }),
    fc.record({
      status: anyValue,
      progress: anyValue,
      detail: fc.record({ status: anyValue, req: anyValue, error_message: anyValue }),
    }),
  );

  it('never throws; the status is one of seven; progress is 0-100 or absent', () => {
    fc.assert(
      fc.property(familyLike, (body) => {
        const task = parseTask(body, 'veo3.1-fast:1770350082-x');
        expect(STATUSES).toContain(task.status);
        // Absent, or within 0-100 (NaN fails both).
        expect(task.progress ?? 0).toBeGreaterThanOrEqual(0);
        expect(task.progress ?? 100).toBeLessThanOrEqual(100);
        expect(['task', 'missing', 'refused']).toContain(readAnswer(body).kind);
      }),
      { numRuns: 1000 },
    );
  });
});
