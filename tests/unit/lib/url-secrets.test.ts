// What in a URL could let someone else in, and taking it out.
import { describe, expect, it } from 'vitest';
import { hasSecrets, stripSecrets } from '../../../src/lib/url-secrets';

describe('secrets in a URL', () => {
  it('takes out a user name and password, and keys, tokens and signatures, naming them', () => {
    expect(
      stripSecrets(
        'https://me:pa55@api.example.com/v1?region=eu&key=sk-1&access_token=t&sig=s&Signature=S&X-Amz-Credential=c&X-Amz-Date=d&page=2',
      ),
    ).toEqual({
      url: 'https://api.example.com/v1?region=eu&page=2',
      credentials: true,
      params: ['key', 'access_token', 'sig', 'Signature', 'X-Amz-Credential', 'X-Amz-Date'],
    });
  });

  it('takes out a fragment, which no request carries and which can hold a token', () => {
    expect(stripSecrets('https://api.example.com/#access_token=abc')).toEqual({
      url: 'https://api.example.com/',
      credentials: false,
      params: ['#access_token'],
    });
  });

  it('leaves a clean URL, and a path with a query (a Query endpoint), as they were', () => {
    for (const clean of [
      'https://api.quickrouter.ai',
      'http://localhost:5173',
      '/v1/video/query?id={id}',
    ]) {
      expect(stripSecrets(clean)).toEqual({ url: clean, credentials: false, params: [] });
    }
    expect(stripSecrets('/v1/video/query?id={id}&api_key=sk-1').url).toBe(
      '/v1/video/query?id={id}',
    );
  });

  it('tells signed links from plain ones', () => {
    const signed = [
      'https://cdn.example.com/v.mp4?X-Amz-Signature=abc',
      'https://x.blob.core.windows.net/v.mp4?sv=2024&se=2026-01-01&sig=abc',
      'https://cdn.example.com/v.mp4?token=abc',
      'https://d1.cloudfront.net/v.mp4?Expires=1&Policy=p&Key-Pair-Id=k',
      'https://u:p@cdn.example.com/v.mp4',
    ];
    for (const url of signed) expect(hasSecrets(new URL(url)), url).toBe(true);
    expect(hasSecrets(new URL('https://cdn.example.com/v.mp4?quality=hd'))).toBe(false);
  });
});
