// What each notification says and where a click on it goes, in English and in Chinese.
import { afterEach, describe, expect, it } from 'vitest';
import { noticeMessage } from '../../../../src/app/attention/notice-message';
import { activateLocale } from '../../../../src/lib/i18n';

const noPrompt = () => undefined;

afterEach(async () => {
  await activateLocale('en');
});

describe('a notification', () => {
  it('for one task names how it ended, shows its prompt and id, and opens its page', () => {
    const id = 'veo3.1-fast:1770350082-trii1OXZc3';
    expect(
      noticeMessage({ kind: 'task', id, status: 'succeeded' }, () => 'A paper boat at dusk'),
    ).toEqual({
      title: 'Task succeeded',
      body: `A paper boat at dusk\n${id}`,
      tag: `task:${id}`,
      path: `/tasks/${encodeURIComponent(id)}`,
    });
    expect(noticeMessage({ kind: 'task', id: 'x', status: 'cancelled' }, noPrompt)).toMatchObject({
      title: 'Task cancelled',
      body: 'x',
    });
  });

  it('cuts a long prompt to fit the few lines a notification shows', () => {
    const { body } = noticeMessage({ kind: 'task', id: 'x', status: 'failed' }, () =>
      'word '.repeat(100),
    );
    const [prompt] = body.split('\n');
    expect(prompt).toHaveLength(120);
    expect(prompt?.endsWith('…')).toBe(true);
  });

  it('for a batch names it, counts what succeeded and failed, and opens the list of that batch', () => {
    expect(
      noticeMessage({ kind: 'batch', batch: 'cats & dogs', succeeded: 4, failed: 1 }, noPrompt),
    ).toEqual({
      title: 'Batch “cats & dogs” finished',
      body: '4 succeeded, 1 failed',
      tag: 'batch:cats & dogs',
      path: '/?batch=cats+%26+dogs',
    });
  });

  it('for tasks in no batch that ended together counts them, and opens the list', () => {
    expect(noticeMessage({ kind: 'tasks', count: 3, succeeded: 3, failed: 0 }, noPrompt)).toEqual({
      title: '3 tasks finished',
      body: '3 succeeded, 0 failed',
      tag: 'tasks',
      path: '/',
    });
  });

  it('speaks the page’s language', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    expect(
      noticeMessage({ kind: 'batch', batch: 'cats', succeeded: 1200, failed: 2 }, noPrompt),
    ).toMatchObject({ title: '批次“cats”已结束', body: '1,200 个已完成，2 个失败' });
    expect(
      noticeMessage({ kind: 'tasks', count: 2, succeeded: 1, failed: 1 }, noPrompt).title,
    ).toBe('2 个任务已结束');
  });
});
