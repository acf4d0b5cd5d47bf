import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTaskIdForPath, isTaskId, parseTaskIds } from '../../../src/domain/task-ids';

describe('task ids', () => {
  it('accepts every id form the resellers hand out', () => {
    for (const id of [
      'sora-2:task_01k6x15vhrff09dkkqjrzwhm60',
      'sora-2-pro:task_01k81e7r1mf0qtvp3ett3mr4jm',
      'veo3.1-fast:1770350082-trii1OXZc3',
      'veo3-fast-frames:1757555257-PORrVn9sa9',
      'grok:eee6faa8-9dee-455c-aa82-02ac623adf3a',
      'video_68d7512d07848190b3e45da0ecbebcde004da08e1e0678d5',
      'video_55cb73b3-60af-40c8-95fd-eae8fd758ade',
      'task_0123456789abcdefghijABCDEFGHIJ01',
      'cgt-20250917121233-f4sg6',
      '867283741759111202',
      '314052875571396',
      'job-abc123',
      '0385dc79-5ff8-4d82-bcb6-4e3f9a1b2c3d',
      // The simulator's fresh instances of its demo tasks.
      'sora-2:task_demo_fast--e2e1',
      'cgt-20250917121233-f4sg6--123456',
    ]) {
      expect(isTaskId(id), id).toBe(true);
    }
  });

  it('refuses words, URLs, schemes and short numbers', () => {
    for (const entry of [
      'hello',
      'not',
      'not-an-id',
      'https://api.quickrouter.ai/v1/videos/video_1',
      'http://example.com/task_123456',
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4x',
      'https:task_0123456789',
      'JavaScript:task_0123456789',
      'video_',
      'task_x',
      '12345678901',
      'Status:completed',
      'localhost:5173',
      '12:00:00',
      'cgt-abc',
      'job-',
    ]) {
      expect(isTaskId(entry), entry).toBe(false);
    }
  });

  it('strips quotes and brackets copied from JSON, and accepts full-width commas', () => {
    expect(parseTaskIds('["video_a", "video_b"]，video_c', new Set()).accepted).toEqual([
      'video_a',
      'video_b',
      'video_c',
    ]);
  });

  it('reports words and URLs as not task ids', () => {
    const result = parseTaskIds(
      'hello not not-an-id https://x.example/v1/videos/video_1',
      new Set(),
    );
    expect(result.accepted).toEqual([]);
    expect(result.invalid).toEqual([
      'hello',
      'not',
      'not-an-id',
      'https://x.example/v1/videos/video_1',
    ]);
  });

  it('takes the task’s own ids from a pasted answer, not request ids or nested videos', () => {
    const kling = JSON.stringify({
      code: 0,
      request_id: 'req_0123456789abcdef',
      data: {
        task_id: '867283741759111202',
        task_result: { videos: [{ id: '999999999999999999', url: 'https://x.example/v.mp4' }] },
      },
    });
    const dashscope =
      '{"request_id":"4909100c-7b5a-9f92-bfe5-5c2f4f3c6f1e","output":{"task_id":"0385dc79-5ff8-4d82-bcb6-4e3f9a1b2c3d","task_status":"PENDING"}}';
    const minimax = { task: { id: '314052875571396', status: 'queued' } };
    const newApi = { code: 'success', data: { task_id: 'task_0123456789abcdefghijABCDEFGHIJ01' } };
    const veo = { id: 'veo3.1-fast:1770350082-trii1OXZc3', status: 'pending' };
    const text = `${kling}\n${dashscope}\n${JSON.stringify([minimax, newApi])}\n${JSON.stringify(veo, null, 2)}`;
    const result = parseTaskIds(text, new Set());
    expect(result.accepted).toEqual([
      '867283741759111202',
      '0385dc79-5ff8-4d82-bcb6-4e3f9a1b2c3d',
      '314052875571396',
      'task_0123456789abcdefghijABCDEFGHIJ01',
      'veo3.1-fast:1770350082-trii1OXZc3',
    ]);
    expect(result.invalid).toEqual([]);
    expect(result.withoutIds).toEqual([]);
  });

  it('takes ids from the fields of a log line and leaves its other words alone', () => {
    const result = parseTaskIds(
      [
        '2026-12-01 12:00:01 INFO submitted task_id=cgt-20250917121233-f4sg6 request_id=req_abc123456',
        '2026-12-01 12:00:02 INFO created {"id":"grok:eee6faa8-9dee-455c-aa82-02ac623adf3a","status":"pending"}',
        'job-abc123',
      ].join('\n'),
      new Set(),
    );
    expect(result.accepted).toEqual([
      'cgt-20250917121233-f4sg6',
      'grok:eee6faa8-9dee-455c-aa82-02ac623adf3a',
      'job-abc123',
    ]);
  });

  it('says which pasted answers held no task id', () => {
    const result = parseTaskIds('{"status":"pending","progress":10}', new Set());
    expect(result.accepted).toEqual([]);
    expect(result.withoutIds).toEqual(['{"status":"pending","progress":10}']);
  });

  it('property: any ids joined by any separators come back once each, in order', () => {
    const id = fc.oneof(
      fc.stringMatching(/^sora-2:task_[a-z0-9]{1,12}$/),
      fc.stringMatching(/^video_[a-f0-9]{1,12}$/),
      fc.stringMatching(/^veo3\.1-fast:\d{10}-[A-Za-z0-9]{10}$/),
      fc.stringMatching(/^cgt-\d{14}-[a-z0-9]{5}$/),
      fc.stringMatching(/^\d{12,19}$/),
      fc.uuid(),
    );
    const separator = fc.constantFrom(' ', ',', '\n', ', ', ' \n ', '\t', ';');
    fc.assert(
      fc.property(fc.array(fc.tuple(id, separator), { maxLength: 30 }), (pairs) => {
        const text = pairs.map(([value, sep]) => value + sep).join('');
        const result = parseTaskIds(text, new Set());
        const unique = [...new Set(pairs.map(([value]) => value))];
        expect(result.accepted).toEqual(unique);
        expect(result.duplicates).toHaveLength(pairs.length - unique.length);
        expect(result.invalid).toEqual([]);
      }),
    );
  });

  it('keeps the colon unescaped in the path and encodes the rest', () => {
    expect(encodeTaskIdForPath('sora-2:task_abc')).toBe('sora-2:task_abc');
    expect(encodeTaskIdForPath('a b/c:d')).toBe('a%20b%2Fc:d');
  });
});
