import { describe, expect, it } from 'vitest';
import { diffJson } from '../../../src/lib/json-diff';

describe('diffJson', () => {
  it('names each changed, added and removed leaf by its path', () => {
    const before = {
      status: 'pending',
      detail: { pending_info: { progress_pct: 0.42, n: 1 } },
      images: ['a'],
    };
    const after = {
      status: 'completed',
      detail: { url: 'https://x', pending_info: { progress_pct: 0.57 } },
      images: ['a', 'b'],
    };
    expect(diffJson(before, after)).toEqual([
      { path: 'status', kind: 'changed', before: 'pending', after: 'completed' },
      { path: 'detail.pending_info.progress_pct', kind: 'changed', before: 0.42, after: 0.57 },
      { path: 'detail.pending_info.n', kind: 'removed', before: 1 },
      { path: 'detail.url', kind: 'added', after: 'https://x' },
      { path: 'images[1]', kind: 'added', after: 'b' },
    ]);
  });

  it('finds nothing between equal bodies, and quotes keys that are not identifiers', () => {
    expect(diffJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
    expect(diffJson({ by: { '48': 'x' } }, { by: { '48': 'y' } })).toEqual([
      { path: 'by["48"]', kind: 'changed', before: 'x', after: 'y' },
    ]);
  });

  it('reports a change of type as one change', () => {
    expect(diffJson({ a: { b: 1 } }, { a: null })).toEqual([
      { path: 'a', kind: 'changed', before: { b: 1 }, after: null },
    ]);
    expect(diffJson('x', 3)).toEqual([
      { path: '(whole body)', kind: 'changed', before: 'x', after: 3 },
    ]);
  });
});
