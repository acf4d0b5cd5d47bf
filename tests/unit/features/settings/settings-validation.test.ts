// What Settings accepts, and what it says about what it does not.
import { describe, expect, it } from 'vitest';
import {
  validateSettings,
  type SettingsText,
} from '../../../../src/features/settings/settings-validation';

const GOOD: SettingsText = {
  baseUrl: '  api.example.com/v1/  ',
  queryTemplates: '/v1/videos/{id}\n\n  /v2/videos/{id}  ',
  apiKey: '  sk-live-123  ',
  forwardedHost: ' api.quickrouter.ai ',
  pollInterval: '2.5',
  maxInFlight: '4',
  requestsPerSecond: '10',
};

describe('settings as typed', () => {
  it('come out normalised when every field is right', () => {
    expect(validateSettings(GOOD)).toEqual({
      ok: true,
      settings: {
        baseUrl: 'https://api.example.com',
        queryTemplates: ['/v1/videos/{id}', '/v2/videos/{id}'],
        apiKey: 'sk-live-123',
        forwardedHost: 'api.quickrouter.ai',
        pollIntervalSeconds: 2.5,
        maxInFlight: 4,
        requestsPerSecond: 10,
      },
    });
  });

  it('accept no key (saving without one is allowed) and no forwarded host', () => {
    const checked = validateSettings({ ...GOOD, apiKey: ' ', forwardedHost: '' });
    expect(checked.ok && checked.settings).toMatchObject({ apiKey: '', forwardedHost: '' });
  });

  it('name every wrong field at once, each with what to type instead', () => {
    const checked = validateSettings({
      baseUrl: 'ftp://files.example.com',
      queryTemplates: '/v1/videos/',
      apiKey: 'Bearer sk-live-123',
      forwardedHost: 'https://api.quickrouter.ai/v1',
      pollInterval: '1',
      maxInFlight: '2.5',
      requestsPerSecond: '0',
    });
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? {} : checked.errors;
    expect(Object.keys(errors)).toEqual([
      'baseUrl',
      'queryTemplates',
      'apiKey',
      'forwardedHost',
      'pollInterval',
      'maxInFlight',
      'requestsPerSecond',
    ]);
    expect(errors.baseUrl).toMatch(/must start with https:\/\//);
    expect(errors.queryTemplates).toMatch(/\{id\}/);
    expect(errors.apiKey).toBe(
      'An API key has no spaces inside. Paste only the key, without “Bearer”.',
    );
    expect(errors.forwardedHost).toMatch(/host name only/);
    expect(errors.pollInterval).toBe('Enter a number of seconds from 2 to 600.');
    expect(errors.maxInFlight).toBe('Enter a whole number from 1 to 8.');
    expect(errors.requestsPerSecond).toBe('Enter a whole number from 1 to 50.');
  });

  it.each([
    ['pollInterval', ''],
    ['pollInterval', 'abc'],
    ['pollInterval', '601'],
    ['maxInFlight', ''],
    ['maxInFlight', '9'],
    ['requestsPerSecond', '51'],
    ['requestsPerSecond', '1e1.5'],
    ['baseUrl', ''],
    ['baseUrl', 'https://user:pass@api.example.com'],
    ['forwardedHost', 'api.example.com/path'],
  ] as const)('refuse %s = %j and save nothing', (field, value) => {
    const checked = validateSettings({ ...GOOD, [field]: value });
    expect(checked.ok ? [] : Object.keys(checked.errors)).toEqual([field]);
  });

  it.each([
    ['not a url', '“not a url” is not a URL: an address has no spaces.'],
    ['https:///v1', '“https:///v1” is not a URL: the host name is missing.'],
    ['/v1/videos', '“/v1/videos” is not a URL: the host name is missing.'],
    ['https://', '“https://” is not a URL.'],
  ])('refuse the base URL %j, saying why', (baseUrl, why) => {
    const checked = validateSettings({ ...GOOD, baseUrl });
    expect(checked.ok ? undefined : checked.errors.baseUrl).toBe(
      `${why} Use the API's address, for example https://api.quickrouter.ai.`,
    );
  });

  it('allow plain http for a loopback address only', () => {
    expect(validateSettings({ ...GOOD, baseUrl: 'http://127.0.0.1:8787' }).ok).toBe(true);
    expect(validateSettings({ ...GOOD, baseUrl: 'http://api.example.com' }).ok).toBe(false);
  });
});
