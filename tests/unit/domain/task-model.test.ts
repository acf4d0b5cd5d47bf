import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTask, lastProviderChange, parseTask } from '../../../src/domain/task-model';
import { parseTime } from '../../../src/domain/readers/read-time';
import { statusFromText } from '../../../src/domain/readers/read-status';
import seedJson from '../../fixtures/seed-running.json';

const seedBody: unknown = seedJson;
const SEED_ID = 'sora-2:task_01k6x15vhrff09dkkqjrzwhm60';

const completedReseller = {
  id: 'sora-2:task_01k81e7r1mf0qtvp3ett3mr4jm',
  status: 'completed',
  status_update_time: 1759763999000,
  video_url: 'https://videos.example.com/a.mp4?st=2025-10-06T15%3A00Z&se=2025-10-12T15%3A00Z&sig=x',
  thumbnail_url: 'https://videos.example.com/a.jpg',
  width: 352,
  height: 640,
  detail: {
    id: 'task_01k81e7r1mf0qtvp3ett3mr4jm',
    status: 'completed',
    input: {
      prompt: 'a cat surfing',
      model: 'sy_ore',
      size: 'small',
      orientation: 'portrait',
      images: [],
    },
    url: 'https://videos.example.com/detail.mp4',
    gif_url: 'https://videos.example.com/a.gif',
    thumbnail_url: 'https://videos.example.com/detail.jpg',
    draft_info: {
      kind: 'sora_draft',
      url: 'https://videos.example.com/draft.mp4',
      downloadable_url: 'https://videos.example.com/download.mp4',
      encodings: {
        source: { path: 'https://videos.example.com/source.mp4' },
        thumbnail: { path: 'https://videos.example.com/thumb.jpg' },
        gif: { path: 'https://videos.example.com/enc.gif' },
      },
      width: 352,
      height: 640,
      prompt: 'a cat surfing',
      created_at: 1759763700.123,
    },
  },
};

describe('parseTask: the seed example body, verbatim', () => {
  const task = parseTask(seedBody, SEED_ID);

  it('takes the most advanced status: pending outside, processing inside → running', () => {
    expect(task.status).toBe('running');
    expect(task.statusText).toBe('processing');
    expect(task.statusDisagreement).toEqual([
      'status: pending',
      'detail.status: pending',
      'detail.pending_info.status: processing',
    ]);
  });

  it('reads progress_pct as a 0-1 fraction', () => {
    expect(task.progress).toBeCloseTo(93.02, 1);
  });

  it('reads the inputs, frames and dimensions', () => {
    expect(task.id).toBe(SEED_ID);
    expect(task.prompt).toBe('make animate');
    expect(task.model).toBe('sora-2');
    expect(task.size).toBe('small');
    expect(task.orientation).toBe('portrait');
    expect([task.width, task.height, task.frames]).toEqual([352, 640, 450]);
    expect(task.inputImages).toEqual([
      'https://filesystem.site/cdn/20250612/VfgB5ubjInVt8sG6rzMppxnu7gEfde.png',
      'https://filesystem.site/cdn/20250612/998IGmUiM2koBGZM3UnZeImbPBNIUL.png',
    ]);
  });

  it('reads status_update_time as epoch milliseconds and created_at as ISO', () => {
    expect(task.updatedAt).toBe(1759763621142);
    expect(task.createdAt).toBe(Date.parse('2025-10-06T15:10:26.875729Z'));
  });

  it('pairs each inpaint item with the input image at the same position', () => {
    expect(task.inpaintItems).toHaveLength(2);
    expect(task.inpaintItems[0]).toMatchObject({
      type: 'image',
      frameIndex: 0,
      sourceStartFrame: 0,
      sourceEndFrame: 0,
      cropBounds: undefined,
      uploadMediaId: 'media_01k6x15tnzezbst05sth2qgd8r',
      imageUrl: task.inputImages[0],
    });
    expect(task.inpaintItems[1]?.uploadMediaId).toBe('media_01k6x15tzafwztz74t018v3enw');
    expect(task.inpaintItems[1]?.imageUrl).toBe(task.inputImages[1]);
  });

  it('reads a passed moderation result and no failure', () => {
    expect(task.moderation).toEqual({
      type: 'passed',
      code: undefined,
      isOutputRejection: false,
      byFrame: [],
      unsafeCount: 0,
      needsReview: false,
    });
    expect(task.failure).toBeUndefined();
    expect(task.video).toBeUndefined();
  });

  it('keeps the raw body to show it', () => {
    expect(task.raw).toBe(seedBody);
  });
});

describe('parseTask: completed reseller shape', () => {
  const task = parseTask(completedReseller, completedReseller.id);

  it('is succeeded at 100 % with the first video URL found', () => {
    expect(task.status).toBe('succeeded');
    expect(task.progress).toBe(100);
    expect(task.video).toEqual({ kind: 'url', url: completedReseller.video_url });
    expect(task.posterUrl).toBe('https://videos.example.com/a.jpg');
    expect(task.gifUrl).toBe('https://videos.example.com/a.gif');
  });

  it('falls back along the documented chain when earlier URLs are missing', () => {
    const { video_url: _v, thumbnail_url: _t, ...rest } = completedReseller;
    const noTop = parseTask({ ...rest, detail: { ...rest.detail, url: undefined } }, rest.id);
    expect(noTop.video).toEqual({ kind: 'url', url: 'https://videos.example.com/download.mp4' });
    expect(noTop.posterUrl).toBe('https://videos.example.com/detail.jpg');
    const onlyGeneration = parseTask(
      {
        id: 'x:task_1',
        status: 'completed',
        detail: {
          generations: [{ encodings: { source: { path: 'https://g.example.com/s.mp4' } } }],
        },
      },
      'x:task_1',
    );
    expect(onlyGeneration.video).toEqual({ kind: 'url', url: 'https://g.example.com/s.mp4' });
  });

  it('drops URLs that are not https and says so', () => {
    const task = parseTask(
      {
        ...completedReseller,
        video_url: 'http://evil.example.com/a.mp4',
        thumbnail_url: 'javascript:alert(1)',
      },
      completedReseller.id,
    );
    expect(task.video).toEqual({ kind: 'url', url: 'https://videos.example.com/detail.mp4' });
    expect(task.blockedUrls).toEqual(['http://evil.example.com/a.mp4', 'javascript:alert(1)']);
  });

  it('accepts plain http on loopback (the built-in simulator)', () => {
    const task = parseTask(
      {
        id: 'video_1',
        object: 'video',
        status: 'completed',
        video_url: 'http://127.0.0.1:5173/sim/media/demo.mp4',
      },
      'video_1',
    );
    expect(task.video).toEqual({ kind: 'url', url: 'http://127.0.0.1:5173/sim/media/demo.mp4' });
  });

  it('trusts a terminal verdict from an inner level while the outer status lags', () => {
    const lagging = { ...completedReseller, status: 'processing' };
    expect(parseTask(lagging, lagging.id).status).toBe('succeeded');
  });
});

describe('parseTask: OpenAI-format shape served by resellers', () => {
  it('reads progress 0-100, seconds timestamps, size and video_url', () => {
    const task = parseTask(
      {
        id: 'video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5',
        object: 'video',
        model: 'sora-2',
        status: 'in_progress',
        progress: 42,
        seconds: '10',
        size: '1280x720',
        created_at: 1759763621,
      },
      'video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5',
    );
    expect(task.status).toBe('running');
    expect(task.progress).toBe(42);
    expect(task.seconds).toBe(10);
    expect(task.size).toBe('1280x720');
    expect(task.model).toBe('sora-2');
    expect(task.createdAt).toBe(1759763621000);
    expect(task.video).toBeUndefined();
  });

  it('queued is 0 % when the body has a progress field, and indeterminate when it has none', () => {
    expect(parseTask({ id: 'video_1', status: 'queued', progress: null }, 'video_1').progress).toBe(
      0,
    );
    expect(parseTask({ id: 'video_1', status: 'queued' }, 'video_1').progress).toBeUndefined();
  });
});

describe('parseTask: OpenAI official shape', () => {
  const official = {
    id: 'video_abc',
    object: 'video',
    model: 'sora-2',
    status: 'completed',
    progress: 100,
    seconds: '8',
    size: '720x1280',
    prompt: 'A calico cat playing a piano on stage',
    created_at: 1759763621,
    completed_at: 1759763800,
    expires_at: 1759850200,
    remixed_from_video_id: null,
    error: null,
  };

  it('has no URL, so the video comes from the /content endpoint', () => {
    const task = parseTask(official, official.id);
    expect(task.status).toBe('succeeded');
    expect(task.video).toEqual({ kind: 'content-endpoint' });
    expect(task.prompt).toBe('A calico cat playing a piano on stage');
    expect(task.completedAt).toBe(1759763800000);
    expect(task.expiresAt).toBe(1759850200000);
    expect(task.orientation).toBeUndefined();
    expect(task.failure).toBeUndefined();
  });

  it('reads error {code, message} as a failure even while status lags', () => {
    const task = parseTask(
      {
        ...official,
        status: 'in_progress',
        error: {
          code: 'moderation_blocked',
          message: 'This content may violate our guardrails around violence.',
        },
      },
      official.id,
    );
    expect(task.status).toBe('failed');
    expect(task.failure).toEqual({
      message: 'This content may violate our guardrails around violence.',
      code: 'moderation_blocked',
      isModeration: true,
    });
    expect(task.video).toBeUndefined();
  });
});

describe('parseTask: failures', () => {
  it('a failure_reason means failed even while every status says running', () => {
    const task = parseTask(
      {
        id: 'sora-2:task_1',
        status: 'processing',
        detail: {
          status: 'processing',
          pending_info: { status: 'running', failure_reason: 'Worker crashed' },
        },
      },
      'sora-2:task_1',
    );
    expect(task.status).toBe('failed');
    expect(task.failure).toEqual({
      message: 'Worker crashed',
      code: undefined,
      isModeration: false,
    });
  });

  it('an output rejection is a moderation failure with per-frame results', () => {
    const task = parseTask(
      {
        id: 'sora-2:task_2',
        status: 'pending',
        detail: {
          pending_info: {
            status: 'processing',
            progress_pct: 1,
            num_unsafe_generations: 1,
            needs_user_review: true,
            moderation_result: {
              type: 'output_rejection',
              code: 'sexual',
              is_output_rejection: true,
              results_by_frame_index: { '96': { flagged: true }, '48': 'unsafe' },
            },
          },
        },
      },
      'sora-2:task_2',
    );
    expect(task.status).toBe('failed');
    expect(task.failure?.isModeration).toBe(true);
    expect(task.failure?.message).toMatch(/rejected/);
    expect(task.moderation?.byFrame).toEqual([
      { frameIndex: '48', frame: 48, text: 'unsafe', unsafe: true, categories: [] },
      {
        frameIndex: '96',
        frame: 96,
        text: '{"flagged":true}',
        unsafe: true,
        categories: [],
      },
    ]);
    expect(task.moderation?.unsafeCount).toBe(1);
    expect(task.moderation?.needsReview).toBe(true);
  });

  it('draft_info.kind other than sora_draft is a failure with reason_str', () => {
    const task = parseTask(
      {
        id: 'sora-2:task_3',
        status: 'completed',
        detail: {
          draft_info: {
            kind: 'sora_content_violation',
            reason_str:
              'This content may violate our guardrails around nudity, sexuality, or erotic content.',
          },
        },
      },
      'sora-2:task_3',
    );
    expect(task.status).toBe('failed');
    expect(task.failure?.isModeration).toBe(true);
    expect(task.failure?.message).toContain('guardrails');
  });

  it('a failed status without any text still explains itself', () => {
    const task = parseTask({ id: 'video_9', status: 'FAILED' }, 'video_9');
    expect(task.status).toBe('failed');
    expect(task.failure?.message).toMatch(/without giving a reason/);
  });

  it('fail_reason and message are read for other resellers', () => {
    expect(
      parseTask({ status: 'failure', fail_reason: 'quota exceeded' }, 'video_a').failure?.message,
    ).toBe('quota exceeded');
    expect(parseTask({ status: 'error', message: 'no credits' }, 'video_b').failure?.message).toBe(
      'no credits',
    );
    expect(parseTask({ status: 'running', message: 'ok' }, 'video_c').failure).toBeUndefined();
  });
});

describe('parseTask: statuses nobody listed and garbage', () => {
  it('shows an unknown status as it came', () => {
    const task = parseTask({ id: 'video_1', status: 'Thinking_Hard' }, 'video_1');
    expect(task.status).toBe('unknown');
    expect(task.statusText).toBe('Thinking_Hard');
    expect(task.progress).toBeUndefined();
  });

  it('maps the whole vocabulary case-insensitively', () => {
    const cases: [string, string][] = [
      ['NOT_START', 'queued'],
      ['Submitted', 'queued'],
      ['waiting', 'queued'],
      ['GENERATING', 'running'],
      ['preprocessing', 'running'],
      ['in-progress', 'running'],
      ['SUCCESS', 'succeeded'],
      ['finished', 'succeeded'],
      ['canceled', 'cancelled'],
      ['Failure', 'failed'],
    ];
    for (const [text, status] of cases) expect(statusFromText(text)).toBe(status);
  });

  it('unwraps a { code, data } envelope', () => {
    const task = parseTask(
      { code: 0, data: { id: 'video_e', status: 'in_progress', progress: '55%' } },
      'video_e',
    );
    expect(task.status).toBe('running');
    expect(task.progress).toBe(55);
  });

  it('turns any JSON value into a task without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const task = parseTask(value, 'video_x');
        expect(task.id).toBeTypeOf('string');
        // Absent, or within 0-100 (NaN fails both).
        expect(task.progress ?? 0).toBeGreaterThanOrEqual(0);
        expect(task.progress ?? 100).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets an unsafe URL through, whatever the body', () => {
    const url = fc.oneof(
      fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'javascript', 'data'] }),
      fc.constant('javascript:alert(1)'),
      fc.constant('data:text/html,<script>1</script>'),
    );
    const body = fc.record({
      status: fc.constantFrom('completed', 'running', 'weird'),
      video_url: url,
      thumbnail_url: url,
      detail: fc.record({ url, input: fc.record({ images: fc.array(url, { maxLength: 3 }) }) }),
    });
    fc.assert(
      fc.property(body, (value) => {
        const task = parseTask(value, 'video_u');
        const used = [
          task.video?.kind === 'url' ? task.video.url : undefined,
          task.posterUrl,
          task.gifUrl,
          ...task.inputImages,
        ].filter((entry): entry is string => entry !== undefined);
        for (const entry of used) {
          const parsed = new URL(entry);
          expect(
            parsed.protocol === 'https:' ||
              (parsed.protocol === 'http:' &&
                ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('clamps progress to 0-100 and reads percent strings', () => {
    expect(parseTask({ status: 'running', progress: 250 }, 'video_p').progress).toBe(100);
    expect(parseTask({ status: 'running', progress: -3 }, 'video_p').progress).toBe(0);
    expect(parseTask({ status: 'running', progress: '37.5%' }, 'video_p').progress).toBe(37.5);
    expect(parseTask({ status: 'running', progress: 'lots' }, 'video_p').progress).toBeUndefined();
    expect(
      parseTask({ status: 'running', detail: { pending_info: { progress_pct: 45 } } }, 'x:task_p')
        .progress,
    ).toBe(45);
  });
});

function moderatedBy(resultsByFrameIndex: unknown) {
  return parseTask(
    {
      id: 'sora-2:task_m',
      status: 'failed',
      detail: {
        pending_info: {
          moderation_result: {
            type: 'output_rejection',
            is_output_rejection: true,
            results_by_frame_index: resultsByFrameIndex,
          },
        },
      },
    },
    'sora-2:task_m',
  ).moderation?.byFrame;
}

describe('parseTask: per-frame moderation verdicts', () => {
  it("reads the simulator's verdict object into plain fields and keeps the raw text", () => {
    const flagged = { code: 'sexual', is_unsafe: true, categories: ['sexual'] };
    expect(moderatedBy({ '96': flagged, '48': flagged })).toEqual([
      {
        frameIndex: '48',
        frame: 48,
        text: '{"code":"sexual","is_unsafe":true,"categories":["sexual"]}',
        unsafe: true,
        categories: ['sexual'],
        code: 'sexual',
      },
      {
        frameIndex: '96',
        frame: 96,
        text: '{"code":"sexual","is_unsafe":true,"categories":["sexual"]}',
        unsafe: true,
        categories: ['sexual'],
        code: 'sexual',
      },
    ]);
  });

  it('understands the other ways a verdict is written', () => {
    const frames = moderatedBy({
      '0': 'passed',
      '1': 'Flagged',
      '2': true,
      '3': { is_safe: true },
      '4': { flagged: 'true', category: 'violence' },
      '5': { categories: { sexual: true, violence: false } },
      '6': { verdict: 'blocked' },
      '7': 0.93,
      '8': null,
      '9': 'sexual',
    });
    expect(frames?.map(({ frame, unsafe, categories }) => [frame, unsafe, categories])).toEqual([
      [0, false, []],
      [1, true, []],
      [2, true, []],
      [3, false, []],
      [4, true, ['violence']],
      [5, undefined, ['sexual']],
      [6, true, []],
      [7, undefined, []],
      [8, undefined, []],
      [9, undefined, []],
    ]);
    expect(frames?.[7]?.text).toBe('0.93');
    expect(frames?.[8]?.text).toBe('—');
  });

  it('keeps keys that are not frame numbers, last and without a frame', () => {
    const frames = moderatedBy({ summary: 'unsafe', '12': 'unsafe', '-3': 'unsafe', '2.5': 'ok' });
    expect(frames?.map(({ frameIndex, frame }) => [frameIndex, frame])).toEqual([
      ['12', 12],
      ['summary', undefined],
      ['-3', undefined],
      ['2.5', undefined],
    ]);
  });

  it('never throws on a results_by_frame_index that is not an object', () => {
    expect(moderatedBy('garbage')).toEqual([]);
    expect(moderatedBy([1, 2])).toEqual([]);
  });
});

function cropOf(cropBounds: unknown) {
  return parseTask(
    {
      id: 'sora-2:task_c',
      detail: { pending_info: { inpaint_items: [{ type: 'image', crop_bounds: cropBounds }] } },
    },
    'sora-2:task_c',
  ).inpaintItems[0]?.cropBounds;
}

describe('parseTask: inpaint crop bounds', () => {
  it('reads corners as fractions or pixels, and keeps the raw text', () => {
    expect(cropOf({ left: 0.1, top: 0.2, right: 0.8, bottom: 0.9 })).toEqual({
      left: 0.1,
      top: 0.2,
      right: 0.8,
      bottom: 0.9,
      text: '{"left":0.1,"top":0.2,"right":0.8,"bottom":0.9}',
    });
    expect(cropOf({ x0: 35, y0: '128', x1: 282, y1: 576 })).toMatchObject({
      left: 35,
      top: 128,
      right: 282,
      bottom: 576,
    });
    expect(cropOf([0.1, 0.2, 0.8, 0.9])).toMatchObject({ left: 0.1, bottom: 0.9 });
  });

  it('reads an origin and a size as two corners', () => {
    expect(cropOf({ x: 10, y: 20, width: 100, height: 50 })).toMatchObject({
      left: 10,
      top: 20,
      right: 110,
      bottom: 70,
    });
  });

  it('null is no crop; garbage keeps only its text', () => {
    expect(cropOf(null)).toBeUndefined();
    expect(cropOf('the middle bit')).toEqual({ text: '"the middle bit"' });
    expect(cropOf({ foo: 1 })).toEqual({ text: '{"foo":1}' });
  });
});

describe('parseTime', () => {
  it('reads seconds, milliseconds and ISO strings', () => {
    expect(parseTime(1759763621)).toBe(1759763621000);
    expect(parseTime(1759763621142)).toBe(1759763621142);
    expect(parseTime(1759763700.123)).toBe(1759763700123);
    expect(parseTime('2025-10-06T15:10:26Z')).toBe(Date.parse('2025-10-06T15:10:26Z'));
    expect(parseTime('1759763621')).toBe(1759763621000);
    expect(parseTime('not a date')).toBeUndefined();
    expect(parseTime(null)).toBeUndefined();
  });
});

describe('advanceTask', () => {
  const running = (progress: number) => parseTask({ status: 'in_progress', progress }, 'video_m');

  it('dates the provider’s last change by its stamp, or by a move seen here when later', () => {
    const stamped = (progress: number, updatedAt: number) =>
      parseTask({ status: 'in_progress', progress, updated_at: updatedAt }, 'video_m');
    // First seen: no move was seen, the provider's stamp stands.
    const first = advanceTask(undefined, stamped(10, 1_000), 50_000_000);
    expect(first.movedAt).toBeUndefined();
    expect(lastProviderChange(first)).toBe(1_000_000);
    // The bar moved at 60 000 s while the stamp stayed: the move is the last change.
    const moved = advanceTask(first, stamped(20, 1_000), 60_000_000);
    expect(lastProviderChange(moved)).toBe(60_000_000);
    // Unchanged later: still the moment of the move.
    expect(lastProviderChange(advanceTask(moved, stamped(20, 1_000), 70_000_000))).toBe(60_000_000);
    // No stamp and no move seen: unknown.
    expect(lastProviderChange(advanceTask(undefined, running(5)))).toBeUndefined();
  });

  it('never lets the bar go backwards while the task runs', () => {
    expect(advanceTask(running(60), running(40)).progress).toBe(60);
    expect(advanceTask(running(40), running(60)).progress).toBe(60);
  });

  it('lets a terminal status decide', () => {
    const failed = parseTask({ status: 'failed', progress: 10 }, 'video_m');
    expect(advanceTask(running(60), failed).progress).toBe(10);
  });

  it('property: the shown progress never decreases across any sequence of readings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 20 }),
        (readings) => {
          let shown = advanceTask(undefined, running(readings[0] ?? 0));
          for (const reading of readings.slice(1)) {
            const next = advanceTask(shown, running(reading));
            expect(next.progress ?? 0).toBeGreaterThanOrEqual(shown.progress ?? 0);
            shown = next;
          }
        },
      ),
    );
  });
});

describe('advanceTask: what the completed shape drops', () => {
  it('keeps the inpaint items, moderation and frames seen while running', () => {
    const running = parseTask(seedBody, SEED_ID);
    const done = parseTask({ ...completedReseller, id: SEED_ID }, SEED_ID);
    expect(done.inpaintItems).toEqual([]);
    const shown = advanceTask(running, done);
    expect(shown.status).toBe('succeeded');
    expect(shown.inpaintItems).toHaveLength(2);
    expect(shown.moderation?.type).toBe('passed');
    expect(shown.frames).toBe(450);
    expect(shown.raw).toBe(done.raw);
  });
});

describe('when the video link expires', () => {
  it('reads se= from a signed URL, else expires_at', () => {
    const signed = parseTask(completedReseller, completedReseller.id);
    expect(signed.mediaExpiresAt).toBe(Date.parse('2025-10-12T15:00Z'));
    const official = parseTask(
      { id: 'video_o', object: 'video', status: 'completed', expires_at: 1759850200 },
      'video_o',
    );
    expect(official.mediaExpiresAt).toBe(1759850200000);
    const plain = parseTask(
      { status: 'completed', video_url: 'https://cdn.example.com/a.mp4' },
      'video_p',
    );
    expect(plain.mediaExpiresAt).toBeUndefined();
  });
});
