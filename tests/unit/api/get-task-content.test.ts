// Where a file that needs the key may be fetched with it: only on the API's own origin (through
// the proxy when requests go that way), never anywhere else, whatever URL a provider sends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyedRequestUrl, keyedVideoTarget, pointedUrl } from '../../../src/api/get-task-content';
import { apiOrigin, type Connection } from '../../../src/api/http-client';
import { DEFAULT_QUERY_TEMPLATES } from '../../../src/domain/query-endpoints';

const direct: Connection = {
  baseUrl: 'https://openrouter.ai/api/v1',
  apiKey: 'sk-x',
  forwardedHost: '',
  viaProxy: false,
  appOrigin: 'http://localhost:5173',
  queryTemplates: DEFAULT_QUERY_TEMPLATES,
};
const proxied: Connection = { ...direct, viaProxy: true };
const FILE = 'https://openrouter.ai/api/v1/videos/job-abc123/content?index=0';

describe('keyedRequestUrl', () => {
  it('keeps a URL on the base URL’s origin, whatever its path', () => {
    expect(keyedRequestUrl(direct, FILE)).toBe(FILE);
    expect(keyedRequestUrl(direct, 'https://openrouter.ai/elsewhere/file.mp4')).toBe(
      'https://openrouter.ai/elsewhere/file.mp4',
    );
  });

  it('routes it through this server’s proxy when requests go that way', () => {
    expect(keyedRequestUrl(proxied, FILE)).toBe(
      'http://localhost:5173/proxy/openrouter.ai/api/v1/videos/job-abc123/content?index=0',
    );
  });

  it('refuses another host, another scheme or port, user info and garbage', () => {
    for (const url of [
      'https://cdn.openrouter.ai/file.mp4',
      'http://openrouter.ai/file.mp4',
      'https://openrouter.ai:8443/file.mp4',
      'https://user:pw@openrouter.ai/file.mp4',
      'not a url',
    ]) {
      expect(keyedRequestUrl(direct, url)).toBeUndefined();
      expect(keyedRequestUrl(proxied, url)).toBeUndefined();
    }
    expect(keyedRequestUrl({ ...direct, baseUrl: '' }, FILE)).toBeUndefined();
  });

  it('never gives a URL off the origin that receives the key', () => {
    const hosts = fc.constantFrom('openrouter.ai', 'evil.example', 'openrouter.ai.evil.example');
    fc.assert(
      fc.property(
        fc.constantFrom('https', 'http'),
        hosts,
        fc.webPath(),
        fc.boolean(),
        (scheme, host, path, viaProxy) => {
          const connection = viaProxy ? proxied : direct;
          const url = keyedRequestUrl(connection, `${scheme}://${host}${path}`);
          // No URL, or one on the API's own origin; and one only for the host the key may reach.
          const origin = url === undefined ? undefined : new URL(url).origin;
          expect([undefined, apiOrigin(connection)]).toContain(origin);
          expect(url === undefined || (host === 'openrouter.ai' && scheme === 'https')).toBe(true);
        },
      ),
    );
  });
});

describe('keyedVideoTarget', () => {
  it('OpenAI’s /content is on the API, by construction', () => {
    expect(keyedVideoTarget(direct, 'video_1', { kind: 'content-endpoint' })).toEqual({
      kind: 'api',
      url: 'https://openrouter.ai/api/v1/videos/video_1/content',
    });
  });

  it('a keyed URL on the API is fetched there; elsewhere, it is named with both origins', () => {
    expect(keyedVideoTarget(direct, 'job-abc123', { kind: 'keyed-url', url: FILE })).toEqual({
      kind: 'api',
      url: FILE,
    });
    expect(
      keyedVideoTarget(direct, 'job-abc123', {
        kind: 'keyed-url',
        url: 'https://files.example.com/v.mp4',
      }),
    ).toEqual({
      kind: 'elsewhere',
      url: 'https://files.example.com/v.mp4',
      origin: 'https://files.example.com',
      apiOrigin: 'https://openrouter.ai',
    });
  });

  it('a plain link or no video needs no key', () => {
    expect(
      keyedVideoTarget(direct, 'x', { kind: 'url', url: 'https://cdn.example.com/v.mp4' }),
    ).toBeUndefined();
    expect(keyedVideoTarget(direct, 'x', undefined)).toBeUndefined();
  });
});

describe('pointedUrl', () => {
  it('reads { url } and { video_url }, https (or loopback http) only', () => {
    expect(pointedUrl({ url: 'https://cdn.example.com/a.mp4' })).toBe(
      'https://cdn.example.com/a.mp4',
    );
    expect(pointedUrl({ video_url: 'https://cdn.example.com/b.mp4' })).toBe(
      'https://cdn.example.com/b.mp4',
    );
    expect(pointedUrl({ url: 'javascript:alert(1)', video_url: 'https://cdn.example.com/c' })).toBe(
      'https://cdn.example.com/c',
    );
    expect(pointedUrl({ url: 'http://cdn.example.com/a.mp4' })).toBeUndefined();
    expect(pointedUrl({ url: 42 })).toBeUndefined();
    expect(pointedUrl(null)).toBeUndefined();
    expect(pointedUrl('https://cdn.example.com/a.mp4')).toBeUndefined();
  });
});
