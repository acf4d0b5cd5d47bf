// The task page in Simplified Chinese, against the real simulator over real HTTP: the words a
// person reads (headings, terms, the time left, the failure explained, plurals with their count,
// dates) come from the zh-CN catalog, while what the provider wrote is shown as it came.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../../src/lib/i18n';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('detail-zh');
const { clock, fresh } = sim;

beforeEach(() => {
  // As in task-history.test.tsx: the page's clock moves with the simulator's.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(Date.UTC(2026, 10, 26, 9, 0, 0));
});
afterEach(async () => {
  vi.useRealTimers();
  await act(() => activateLocale('en'));
});

/**
 * Connects (the settings page is another part's, checked in its own language), then turns the
 * page to Chinese, which renders the app anew, and opens the task.
 */
async function openInChinese(id: string) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin, poll: '60' });
  await act(() => activateLocale('zh-CN', ['zh-CN']));
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  return view;
}

/** What a term of the page's detail lists says. */
function valueOf(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

const timeLeft = () => valueOf('剩余时间');

async function waitAndRefresh(view: ReturnType<typeof renderApp>, seconds: number) {
  clock.advanceSeconds(seconds);
  vi.setSystemTime(Date.now() + seconds * 1000);
  await view.user.click(screen.getByRole('button', { name: '立即刷新' }));
}

describe('the task page in Chinese', () => {
  it('a running task: progress, the time left as a range, the history and the response diff', async () => {
    const id = fresh('sora-2:task_demo_slow');
    const view = await openInChinese(id);
    const progress = await screen.findByRole('region', { name: '进度' });
    expect(within(progress).getByRole('progressbar', { name: `${id} 的进度` })).toBeVisible();
    expect(within(progress).getByText('服务商状态', { selector: 'dt' })).toBeVisible();
    // A date the Chinese way (the seed's own, 2025年10月6日 …), on a 24-hour clock.
    expect(valueOf('创建时间')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/);
    expect(timeLeft()).toMatch(/^未知：.+。$/);

    await waitAndRefresh(view, 10); // queue position 5 → 4
    await waitAndRefresh(view, 10); // → 2
    await waitFor(() =>
      expect(timeLeft()).toMatch(/^\d+–\d+ 秒后离开队列（根据队列移动的速度估算）$/),
    );
    await waitAndRefresh(view, 20); // running
    await waitFor(() => expect(timeLeft()).toBe('未知：还需要几次更新才能测出速度。'));
    await waitAndRefresh(view, 10);
    await waitAndRefresh(view, 10);
    await waitFor(() => expect(timeLeft()).toMatch(/^剩余 \d–\d 分钟（根据进度推进的速度估算）$/));

    const history = screen.getByRole('region', { name: '历史记录' });
    expect(
      within(history).getByText(/^\d+ 条有变化的响应，保存在此浏览器中（每个任务最多 \d+ 条）。$/),
    ).toBeVisible();
    expect(within(history).getByRole('list', { name: '状态变化' })).toBeVisible();
    expect(
      within(history).getByRole('img', { name: /^队列位置变化：.*从第 5 位排到第 2 位。$/ }),
    ).toBeInTheDocument();
    expect(
      within(history).getByRole('img', { name: /^进度变化：\d+ 次更新内从 0% 到 \d+%。其间/ }),
    ).toBeInTheDocument();
    expect(within(history).getByRole('heading', { name: '比较两次响应' })).toBeVisible();
    expect(within(history).getByLabelText('从')).toBeVisible();
    const changes = within(history).getByRole('region', { name: '两次响应之间的变化' });
    expect(within(changes).getByRole('columnheader', { name: '字段' })).toBeInTheDocument();
    expect(within(changes).getByRole('columnheader', { name: '之前' })).toBeInTheDocument();

    await view.user.click(screen.getByRole('heading', { name: '原始响应' }));
    expect(screen.getByRole('button', { name: '复制 JSON' })).toBeVisible();
  });

  it('a failed task: the failure explained in Chinese, the provider’s own reason as it came', async () => {
    const id = fresh('sora-2:task_demo_failure');
    await sim.start(id);
    clock.advanceSeconds(600);
    vi.setSystemTime(Date.now() + 600_000);
    await openInChinese(id);
    const failure = await screen.findByRole('region', { name: '超时' });
    expect(within(failure).getByText('生成过程或对它的请求耗时超过了服务商的上限。')).toBeVisible();
    expect(failure).toHaveTextContent('建议：请重新提交；更短或更小的视频完成得更快。');
    expect(within(failure).getByText(/^服务商的原话/)).toBeVisible();
    // The provider wrote English: it stays English.
    expect(within(failure).getByRole('blockquote')).toHaveTextContent(/^[\x20-\x7e]+$/);
    expect(within(failure).getByRole('button', { name: '复制错误信息' })).toBeVisible();
  });

  it('a finished task: inpaint items, moderation and the inputs in Chinese', async () => {
    const id = fresh('sora-2:task_demo_fast');
    await sim.start(id);
    clock.advanceSeconds(8);
    vi.setSystemTime(Date.now() + 8_000);
    // Seen running first: the finished answer alone no longer carries the inpaint items.
    const view = await openInChinese(id);
    await screen.findByRole('region', { name: 'Inpaint 素材' });
    await waitAndRefresh(view, 600);
    const progress = screen.getByRole('region', { name: '进度' });
    await waitFor(() => expect(within(progress).queryByText('剩余时间')).toBeNull());
    expect(within(progress).getByText('状态变更时间', { selector: 'dt' })).toBeVisible();

    const inpaint = screen.getByRole('region', { name: 'Inpaint 素材' });
    const items = within(inpaint).getAllByRole('listitem', { name: /^Inpaint 素材 \d$/ });
    expect(items).toHaveLength(2);
    expect(
      within(inpaint).getByRole('group', { name: /^视频 \d+ 帧上的 Inpaint 素材$/ }),
    ).toBeInTheDocument();
    for (const item of items) {
      expect(within(item).getByText('裁剪范围', { selector: 'dt' })).toBeVisible();
      expect(within(item).getByRole('figure')).toHaveTextContent(/^裁剪：/);
      expect(
        within(item).getByRole('img', { name: /^输入图片 \d，由 Inpaint 素材 \d 使用$/ }),
      ).toBeInTheDocument();
    }

    const moderation = screen.getByRole('region', { name: '内容审核' });
    expect(within(moderation).getByText('已通过内容审核')).toBeVisible();
    expect(within(moderation).getByText('结果（原样）', { selector: 'dt' })).toBeVisible();
    // The provider's own result word, as sent.
    expect(within(moderation).getByText('passed')).toBeVisible();

    const inputs = screen.getByRole('region', { name: '输入' });
    expect(within(inputs).getByText('提示词', { selector: 'dt' })).toBeVisible();
    expect(within(inputs).getByRole('button', { name: '复制提示词' })).toBeVisible();
  });

  it('an output rejection: the flagged frames counted, each mark named in Chinese', async () => {
    const id = fresh('sora-2:task_demo_moderation');
    await sim.start(id);
    clock.advanceSeconds(600);
    vi.setSystemTime(Date.now() + 600_000);
    await openInChinese(id);
    expect(
      await screen.findByRole('heading', { level: 2, name: '生成的视频未通过内容审核' }),
    ).toBeVisible();
    const moderation = screen.getByRole('region', { name: '内容审核' });
    expect(within(moderation).getByText('生成的视频被拒绝')).toBeVisible();
    expect(within(moderation).getByText(/\d+ 帧被标记为不安全。/)).toBeVisible();
    expect(within(moderation).getByText('是：生成的视频被拒绝')).toBeVisible();
    expect(
      within(moderation).getAllByRole('button', { name: /^第 \d+ 帧：被标记为不安全/ }),
    ).not.toHaveLength(0);
    expect(within(moderation).getByRole('table', { name: '逐帧结果' })).toBeInTheDocument();
  });
});
