import { describe, expect, it } from 'vitest';
import { checkQueryTemplates } from '../../../src/domain/check-query-templates';
import {
  DEFAULT_QUERY_TEMPLATES,
  expandTemplate,
  templatesFor,
} from '../../../src/domain/query-endpoints';

const BASE = 'https://api.quickrouter.ai';

describe('checking Query endpoints', () => {
  it('keeps good templates, in order, without blank lines or repeats', () => {
    expect(
      checkQueryTemplates(
        '/v1/videos/{id}\n\n  /v1/video/query?id={id}  \n/seedance/api/v3/contents/generations/tasks/{id}\n/v1/videos/{id}',
        BASE,
      ),
    ).toEqual({
      ok: true,
      templates: [
        '/v1/videos/{id}',
        '/v1/video/query?id={id}',
        '/seedance/api/v3/contents/generations/tasks/{id}',
      ],
    });
  });

  it('turns a full URL on the base URL into its path, and refuses any other host', () => {
    expect(checkQueryTemplates(`${BASE}/api/v1/tasks/{id}`, BASE)).toEqual({
      ok: true,
      templates: ['/api/v1/tasks/{id}'],
    });
    const other = checkQueryTemplates('https://evil.example.com/v1/videos/{id}', BASE);
    expect(other.ok).toBe(false);
    expect(!other.ok && other.problems[0]).toMatch(/^Line 1 .* is on another address/);
  });

  it('says what is wrong with each bad line', () => {
    const result = checkQueryTemplates(
      [
        '/v1/videos/',
        '/v1/videos/ {id}',
        'v1/videos/{id}',
        '//evil.example.com/{id}',
        '/v1/{id}/{id}',
        '/v1/videos/{id}#x',
        '/v1/../admin/{id}',
        'javascript:alert(1)/{id}',
      ].join('\n'),
      BASE,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^Line 1 .* has no \{id\}/),
      expect.stringMatching(/^Line 2 .* has a space/),
      expect.stringMatching(/^Line 3 .* must start with a single \//),
      expect.stringMatching(/^Line 4 .* must start with a single \//),
      expect.stringMatching(/^Line 5 .* more than once/),
      expect.stringMatching(/^Line 6 .* cannot hold/),
      expect.stringMatching(/^Line 7 .* \. or \.\. segment/),
      expect.stringMatching(/^Line 8 .* another address/),
    ]);
  });

  it('needs at least one, and at most twelve', () => {
    expect(checkQueryTemplates('  \n ', BASE).ok).toBe(false);
    const many = Array.from({ length: 13 }, (_, index) => `/v${index}/videos/{id}`).join('\n');
    expect(checkQueryTemplates(many, BASE).ok).toBe(false);
  });
});

describe('asking a task at a template', () => {
  it('puts the id in the path or the query, its colon as it is', () => {
    expect(expandTemplate('/v1/video/query?id={id}', 'veo3.1-fast:177-x')).toBe(
      '/v1/video/query?id=veo3.1-fast:177-x',
    );
    expect(expandTemplate('/v1/videos/{id}', 'a b/c')).toBe('/v1/videos/a%20b%2Fc');
  });

  it('tries the id form’s own path first, then the rest in the user’s order', () => {
    const listed = [
      ...DEFAULT_QUERY_TEMPLATES,
      '/seedance/api/v3/contents/generations/tasks/{id}',
      '/kling/v1/videos/text2video/{id}',
      '/wan/api/v1/tasks/{id}',
      '/openrouter/api/v1/videos/{id}',
    ];
    const first = (id: string) => templatesFor(id, listed)[0];
    expect(first('veo3.1-fast:1770350082-trii1OXZc3')).toBe('/v1/video/query?id={id}');
    expect(first('grok:eee6faa8-9dee-455c-aa82-02ac623adf3a')).toBe('/v1/video/query?id={id}');
    expect(first('sora-2:task_01k6x15vhrff09dkkqjrzwhm60')).toBe('/v1/videos/{id}');
    expect(first('cgt-20250917121233-f4sg6')).toBe(
      '/seedance/api/v3/contents/generations/tasks/{id}',
    );
    expect(first('867283741759111202')).toBe('/kling/v1/videos/text2video/{id}');
    expect(first('0385dc79-5ff8-4d82-bcb6-4e3f9a1b2c3d')).toBe('/wan/api/v1/tasks/{id}');
    expect(first('job-abc123')).toBe('/openrouter/api/v1/videos/{id}');
    expect(first('task_0123456789abcdefghijABCDEFGHIJ01')).toBe('/v1/video/generations/{id}');
    // Every template is still tried, once.
    expect(templatesFor('cgt-20250917121233-f4sg6', listed).sort()).toEqual([...listed].sort());
    // Without a Volcengine-style path, a cgt- id simply goes through the list.
    expect(templatesFor('cgt-20250917121233-f4sg6', DEFAULT_QUERY_TEMPLATES)).toEqual(
      DEFAULT_QUERY_TEMPLATES,
    );
  });
});
