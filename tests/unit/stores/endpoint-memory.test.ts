import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  endpointMemory,
  ENDPOINTS_STORAGE_KEY,
  readStoredEndpoints,
} from '../../../src/stores/endpoint-memory';

const BASE = 'https://api.quickrouter.ai';

afterEach(() => vi.useRealTimers());

describe('the endpoint memory', () => {
  it('remembers per base URL and task, and writes once a second, not on every answer', () => {
    vi.useFakeTimers();
    endpointMemory.remember(BASE, 'veo3.1-fast:1-a', '/v1/video/query?id={id}');
    endpointMemory.remember(BASE, 'video_1', '/v1/videos/{id}');
    expect(endpointMemory.get(BASE, 'video_1')).toBe('/v1/videos/{id}');
    expect(endpointMemory.get('https://other.example', 'video_1')).toBeUndefined();
    expect(localStorage.getItem(ENDPOINTS_STORAGE_KEY)).toBeNull();
    vi.advanceTimersByTime(1000);
    const stored = readStoredEndpoints(localStorage.getItem(ENDPOINTS_STORAGE_KEY));
    expect([...stored.values()]).toEqual(['/v1/video/query?id={id}', '/v1/videos/{id}']);
  });

  it('comes back after a reload', () => {
    endpointMemory.remember(
      BASE,
      'cgt-20250917121233-f4sg6',
      '/api/v3/contents/generations/tasks/{id}',
    );
    endpointMemory.flush();
    endpointMemory.reset();
    localStorage.setItem(
      ENDPOINTS_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        entries: [[`${BASE}\ncgt-20250917121233-f4sg6`, '/api/v3/contents/generations/tasks/{id}']],
      }),
    );
    expect(endpointMemory.get(BASE, 'cgt-20250917121233-f4sg6')).toBe(
      '/api/v3/contents/generations/tasks/{id}',
    );
  });

  it('reads nothing it does not understand', () => {
    for (const text of [
      'not json',
      '{"version":2,"entries":[["a\\nb","/v1/{id}"]]}',
      '{"version":1,"entries":"x"}',
      '{"version":1,"entries":[["no-newline","/v1/{id}"],["a\\nb","/no/placeholder"],["a\\nc",5]]}',
    ]) {
      expect(readStoredEndpoints(text).size, text).toBe(0);
    }
  });

  it('takes what another tab learnt without losing its own', () => {
    endpointMemory.remember(BASE, 'video_mine', '/v1/videos/{id}');
    endpointMemory.mergeFromStorage(
      JSON.stringify({
        version: 1,
        entries: [
          [`${BASE}\nvideo_mine`, '/v1/video/generations/{id}'],
          [`${BASE}\njob-theirs`, '/api/v1/videos/{id}'],
        ],
      }),
    );
    expect(endpointMemory.get(BASE, 'video_mine')).toBe('/v1/videos/{id}');
    expect(endpointMemory.get(BASE, 'job-theirs')).toBe('/api/v1/videos/{id}');
  });
});
