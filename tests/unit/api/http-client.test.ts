import { describe, expect, it } from 'vitest';
import {
  normaliseBaseUrl,
  readRetryAfter,
  taskUrl,
  type Connection,
} from '../../../src/api/http-client';
import { DEFAULT_QUERY_TEMPLATES } from '../../../src/domain/query-endpoints';

const connection: Connection = {
  baseUrl: 'https://api.quickrouter.ai',
  apiKey: 'sk-x',
  forwardedHost: '',
  viaProxy: false,
  appOrigin: 'http://localhost:5173',
  queryTemplates: DEFAULT_QUERY_TEMPLATES,
};

describe('base URLs', () => {
  it('accepts a base URL with or without /v1 and slashes', () => {
    for (const input of [
      'https://api.quickrouter.ai',
      'https://api.quickrouter.ai/',
      'https://api.quickrouter.ai/v1',
      'https://api.quickrouter.ai/v1/',
      ' api.quickrouter.ai ',
    ]) {
      expect(normaliseBaseUrl(input)).toBe('https://api.quickrouter.ai');
    }
    expect(normaliseBaseUrl('https://gw.example.com/openai/v1')).toBe(
      'https://gw.example.com/openai',
    );
    expect(normaliseBaseUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });

  it('refuses what would leak the key or cannot work, saying what to do', () => {
    expect(() => normaliseBaseUrl('')).toThrow(/Enter the API base URL/);
    expect(() => normaliseBaseUrl('http://api.example.com')).toThrow(/must start with https/);
    expect(() => normaliseBaseUrl('https://user:pw@api.example.com')).toThrow(/API key field/);
    expect(() => normaliseBaseUrl('https://api.example.com/?key=sk')).toThrow(/query/);
    expect(() => normaliseBaseUrl('ht tp://x')).toThrow(/is not a URL/);
  });

  it('builds task URLs directly or through the proxy', () => {
    expect(taskUrl(connection, 'sora-2:task_1')).toBe(
      'https://api.quickrouter.ai/v1/videos/sora-2:task_1',
    );
    expect(taskUrl({ ...connection, viaProxy: true }, 'video_1')).toBe(
      'http://localhost:5173/proxy/api.quickrouter.ai/v1/videos/video_1',
    );
  });
});

describe('Retry-After', () => {
  it('prefers retry-after-ms, reads seconds and dates, caps at 60 s', () => {
    expect(readRetryAfter(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(
      1500,
    );
    expect(readRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(readRetryAfter(new Headers({ 'retry-after': '3600' }))).toBe(60_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(
      readRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }), now),
    ).toBe(10_000);
    expect(readRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(readRetryAfter(new Headers())).toBeUndefined();
  });
});
