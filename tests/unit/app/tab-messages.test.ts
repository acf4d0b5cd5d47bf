import { describe, expect, it } from 'vitest';
import { readTabMessage, TAB_PROTOCOL_VERSION } from '../../../src/app/tab-messages';

const v = TAB_PROTOCOL_VERSION;
const queryKey = ['task', 'https://api.example', 'https://api.example/v1', 'video_1'];
const stamp = { at: 1_770_000_000_000, tab: 'k3x9' };

describe('messages between tabs', () => {
  it('reads every message this build sends', () => {
    const sent = [
      { v, type: 'hello' },
      { v, type: 'key-ask' },
      { v, type: 'key', key: 'sk-abc', remembered: false, stamp },
      { v, type: 'key-forgotten', stamp },
      { v, type: 'task', queryKey, task: { id: 'video_1', status: 'running' }, updatedAt: 5 },
      {
        v,
        type: 'error',
        queryKey,
        error: { kind: 'rate-limited', message: 'Slow down.', status: 429 },
        updatedAt: 5,
      },
    ];
    for (const message of sent) expect(readTabMessage(message), message.type).toEqual(message);
  });

  it('keeps only the fields it knows', () => {
    expect(
      readTabMessage({ v, type: 'key-forgotten', stamp: { ...stamp, extra: 1 }, note: 'x' }),
    ).toEqual({ v, type: 'key-forgotten', stamp });
    expect(
      readTabMessage({
        v,
        type: 'error',
        queryKey,
        error: { kind: 'network', message: 'Offline.', stack: 'at …' },
        updatedAt: 1,
      }),
    ).toEqual({
      v,
      type: 'error',
      queryKey,
      error: { kind: 'network', message: 'Offline.', status: undefined },
      updatedAt: 1,
    });
  });

  it('ignores messages of another protocol version, or without one', () => {
    for (const version of [undefined, 0, v + 1, String(v)]) {
      expect(readTabMessage({ v: version, type: 'key-ask' })).toBeUndefined();
      expect(
        readTabMessage({ v: version, type: 'key', key: 'sk-abc', remembered: false, stamp }),
      ).toBeUndefined();
    }
    // What a tab of the build before versioning sent.
    expect(readTabMessage({ type: 'hello' })).toBeUndefined();
  });

  it('ignores key messages of any other shape', () => {
    const key = { v, type: 'key', key: 'sk-abc', remembered: true, stamp };
    for (const broken of [
      { ...key, key: '' },
      { ...key, key: 'sk abc' },
      { ...key, key: 'Bearer\nsk-abc' },
      { ...key, key: 42 },
      { ...key, key: 'k'.repeat(5000) },
      { ...key, remembered: 'yes' },
      { ...key, stamp: undefined },
      { ...key, stamp: { at: -1, tab: 'a' } },
      { ...key, stamp: { at: Number.NaN, tab: 'a' } },
      { ...key, stamp: { at: 1, tab: 7 } },
      { ...key, stamp: { at: '1', tab: 'a' } },
      { v, type: 'key-forgotten' },
      { v, type: 'key-forgotten', stamp: [1, 'a'] },
      { v, type: 'key-please' },
    ]) {
      expect(readTabMessage(broken), JSON.stringify(broken)).toBeUndefined();
    }
  });

  it('ignores task and error messages of any other shape', () => {
    const task = { v, type: 'task', queryKey, task: { id: 'video_1' }, updatedAt: 5 };
    const error = {
      v,
      type: 'error',
      queryKey,
      error: { kind: 'server', message: 'Down.', status: 502 },
      updatedAt: 5,
    };
    for (const broken of [
      { ...task, task: { id: 'video_2' } },
      { ...task, task: 'video_1' },
      { ...task, task: null },
      { ...task, updatedAt: Infinity },
      { ...task, queryKey: ['task', 'https://api.example', 'video_1'] },
      { ...task, queryKey: ['catalogue', 'a', 'b', 'video_1'] },
      { ...task, queryKey: 'task' },
      { ...error, error: { ...error.error, kind: 'gremlins' } },
      { ...error, error: { ...error.error, message: undefined } },
      { ...error, error: { ...error.error, status: 502.5 } },
      { ...error, error: { ...error.error, status: '502' } },
      { ...error, queryKey: ['task', 1, 2, 3] },
      null,
      'hello',
      [v, 'hello'],
    ]) {
      expect(readTabMessage(broken), JSON.stringify(broken)).toBeUndefined();
    }
  });
});
