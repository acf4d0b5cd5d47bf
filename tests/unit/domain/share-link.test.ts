// A list shared in a link's fragment: ids, batches, base URL and Query endpoints; never a key or
// a base URL's secrets; and a damaged link read as damaged, never half-trusted.
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, prepareShare } from '../../../src/domain/share-link';
import { packText } from '../../../src/lib/compact-text';

const TEMPLATES = ['/v1/videos/{id}', '/v1/video/query?id={id}'];

describe('a share link', () => {
  it('carries the ids, their batches, the base URL and the endpoints, and reads back the same', async () => {
    const { list, leftOut } = prepareShare(
      [
        { id: 'veo3.1-fast:1770350082-trii1OXZc3', batch: '猫 at dusk, "take 2"' },
        { id: 'cgt-20250917121233-f4sg6' },
      ],
      'https://api.quickrouter.ai',
      TEMPLATES,
    );
    expect(leftOut).toEqual({ credentials: false, baseUrlParts: [], templateParams: [] });
    const fragment = await encodeShare(list);
    expect(fragment).toMatch(/^#share=[zj][A-Za-z0-9_-]+$/);
    expect(await decodeShare(fragment)).toEqual({ ok: true, list, skipped: [] });
  });

  it('is compressed where that is shorter: a thousand ids fit in a modest link', async () => {
    const tasks = Array.from({ length: 1000 }, (_, index) => ({
      id: `sora-2:task_${String(index).padStart(26, '0')}`,
      batch: `batch ${index % 5}`,
    }));
    const { list } = prepareShare(tasks, 'https://api.quickrouter.ai', TEMPLATES);
    const fragment = await encodeShare(list);
    expect(fragment.startsWith('#share=z')).toBe(true);
    expect(fragment.length).toBeLessThan(JSON.stringify(list).length / 3);
    expect(await decodeShare(fragment)).toMatchObject({ ok: true, list });
  });

  it('leaves out the base URL’s credentials and secret parameters, and the endpoints’, and says so', async () => {
    const { list, leftOut } = prepareShare(
      [{ id: 'video_1' }],
      'https://me:secret@api.example.com/v1?region=eu&key=sk-live-1&token=t&X-Amz-Signature=s',
      ['/v1/videos/{id}?api_key=sk-live-2', '/v1/videos/{id}'],
    );
    expect(list).toEqual({
      tasks: [{ id: 'video_1' }],
      baseUrl: 'https://api.example.com/v1?region=eu',
      queryTemplates: ['/v1/videos/{id}'],
    });
    expect(leftOut).toEqual({
      credentials: true,
      baseUrlParts: ['key', 'token', 'X-Amz-Signature'],
      templateParams: ['api_key'],
    });
    const fragment = await encodeShare(list);
    const decoded = JSON.stringify(await decodeShare(fragment));
    for (const secret of ['secret', 'sk-live', 'me:']) expect(decoded).not.toContain(secret);
  });

  it('reads a damaged or foreign fragment as damaged', async () => {
    const good = await encodeShare({
      tasks: [{ id: 'video_1' }],
      baseUrl: 'https://a.b',
      queryTemplates: [],
    });
    for (const fragment of [
      '#share=',
      '#share=zAAAA',
      '#share=j!!!',
      `${good.slice(0, -6)}`,
      '#other=abc',
      `#share=${await packText('{"v":2,"t":[],"u":"","e":[]}')}`,
      `#share=${await packText('{"v":1,"t":[[1.5e400]],"u":"","e":[]}')}`,
      `#share=${await packText('{"v":1,"t":"video_1","u":"","e":[]}')}`,
      `#share=${await packText('not json')}`,
    ]) {
      expect(await decodeShare(fragment), fragment).toEqual({ ok: false });
    }
  });

  it('leaves out entries that are not task ids, and names them', async () => {
    const fragment = `#share=${await packText(
      JSON.stringify({
        v: 1,
        t: [['video_1', 'b'], ['<script>'], ['video_1']],
        u: 'https://a.b',
        e: [],
      }),
    )}`;
    expect(await decodeShare(fragment)).toEqual({
      ok: true,
      list: { tasks: [{ id: 'video_1', batch: 'b' }], baseUrl: 'https://a.b', queryTemplates: [] },
      skipped: ['<script>'],
    });
  });
});
