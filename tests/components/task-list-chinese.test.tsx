// The task list in Simplified Chinese, the whole app against the real simulator over real HTTP.
// What is asserted is what a Chinese reader sees and hears: headings, buttons, counts, statuses,
// dates in the Chinese way, and whole sentences in Chinese word order.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../src/lib/i18n';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('zh');

afterEach(async () => {
  await activateLocale('en');
});

type User = ReturnType<typeof renderApp>['user'];

/**
 * The element whose whole text matches: a sentence made of text and elements (a link). The
 * patterns start at the sentence's start, so the boxes around it (more text first) never match.
 */
const wholeText = (pattern: RegExp) => (_content: string, element: Element | null) =>
  pattern.test(element?.textContent ?? '');

async function addTasks(user: User, ids: string[]) {
  await user.type(screen.getByRole('textbox', { name: '任务 ID' }), ids.join('\n'));
  await user.click(screen.getByRole('button', { name: '添加任务' }));
}

describe('the task list in Chinese', () => {
  it('offers the demo on a first visit, in Chinese', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    renderApp('/');
    const card = screen.getByRole('region', { name: '跟踪你的视频生成任务' });
    expect(within(card).getByRole('button', { name: '试用演示' })).toBeEnabled();
    expect(within(card).getByRole('link', { name: '填写 API 密钥' })).toHaveAttribute(
      'href',
      '/settings',
    );
    // One sentence with its link inside, in Chinese order.
    const sentence = within(card).getByText(
      wholeText(
        /^在设置中填写 API 密钥，并在下方粘贴任务 ID。还没有密钥？演示会在本服务器的内置模拟器上/,
      ),
    );
    expect(within(sentence).getByRole('link', { name: '设置' })).toHaveAttribute(
      'href',
      '/settings',
    );
    expect(screen.getByRole('heading', { level: 2, name: '任务' })).toBeInTheDocument();
    expect(screen.getByText('还没有任务。在上方粘贴任务 ID，或试用演示看看效果。')).toBeVisible();
    await waitFor(() => expect(document.title).toBe('任务（0） · Reelwatch'));
  });

  it('shows the tasks, their statuses, counts and dates, and explains a bad id', async () => {
    const { user } = renderApp('/');
    // Connected in English, then switched in the header as a reader would: every word on the
    // page must follow, including those computed before the switch.
    await connectThroughSettings(user, { baseUrl: sim.origin });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    await user.click(
      within(await screen.findByRole('navigation', { name: '主导航' })).getByRole('link', {
        name: '任务',
      }),
    );
    const done = sim.fresh('sora-2:task_demo_fast');
    const failed = sim.fresh('sora-2:task_demo_failure');
    await sim.start(done);
    await sim.start(failed);
    sim.clock.advanceSeconds(600);
    const queued = sim.fresh('sora-2:task_demo_fast');
    await addTasks(user, [done, failed, queued, 'sora-2:task_missing_zh']);

    const doneRow = await screen.findByRole('listitem', { name: `任务 ${done}` });
    expect(await within(doneRow).findByText('已完成')).toBeInTheDocument();
    expect(within(doneRow).getByRole('progressbar', { name: `${done} 的进度` })).toHaveAttribute(
      'aria-valuetext',
      '100%',
    );
    // The provider's time, more than a day ago: a date in the Chinese way, then the verb, and
    // what the time is, on hover.
    expect(
      within(doneRow).getByTitle('服务商最后一次改动此任务（状态、进度或排队位置）的时间。'),
    ).toHaveTextContent(/^2025年10月6日 \d{2}:\d{2}:\d{2}更新$/);
    expect(within(doneRow).getByRole('button', { name: `刷新 ${done}` })).toHaveTextContent('刷新');
    expect(within(doneRow).getByRole('button', { name: `移除 ${done}` })).toHaveTextContent('移除');

    const failedRow = screen.getByRole('listitem', { name: `任务 ${failed}` });
    expect(await within(failedRow).findByText('失败')).toBeInTheDocument();
    // The cause, a full-width colon, then the provider's own words, untranslated.
    expect(
      within(failedRow).getByText(/：Generation failed: upstream worker timed out\.$/),
    ).toBeInTheDocument();

    const queuedRow = screen.getByRole('listitem', { name: `任务 ${queued}` });
    expect(await within(queuedRow).findByText('排队中')).toBeInTheDocument();
    const missingRow = screen.getByRole('listitem', { name: '任务 sora-2:task_missing_zh' });
    expect(await within(missingRow).findByText('未找到')).toBeInTheDocument();

    const filters = screen.getByRole('group', { name: '按状态筛选' });
    // The answers arrive in any order and counts are recomputed in batches: wait for all.
    await waitFor(() => {
      for (const name of ['全部 4', '排队中 1', '生成中 0', '已完成 1', '失败 1', '出错 1']) {
        expect(within(filters).getByRole('button', { name })).toBeInTheDocument();
      }
    });
    // Each cause (the domain's words), then its count, in the Chinese order.
    const causes = screen.getByRole('region', { name: '失败原因统计' });
    expect(
      within(causes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/ 1 个$/), expect.stringMatching(/ 1 个$/)]);
    expect(screen.getByText('共 4 个任务，显示 4 个')).toHaveRole('status');
    await waitFor(() =>
      expect(document.title).toBe('任务（4）：1 个排队中、1 个失败、1 个出错 · Reelwatch'),
    );
    expect(screen.getByRole('combobox', { name: '模型' })).toHaveDisplayValue('全部模型（4）');

    await user.click(within(filters).getByRole('button', { name: '失败 1' }));
    expect(await screen.findByText('共 4 个任务，显示 1 个')).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: '全部 4' }));

    // An id already there and two that are not ids: one sentence each, ids listed the Chinese way.
    await addTasks(user, [done, 'not-an-id', 'hello']);
    expect(screen.getByText(`1 个 ID 已在列表中，已跳过：${done}。`)).toBeInTheDocument();
    expect(
      screen.getByText(/^2 项不是任务 ID，已留在输入框中：“not-an-id”、“hello”。任务 ID 形如 /),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '任务 ID' })).toHaveValue('not-an-id\nhello');
  });

  it('says in Chinese when the provider rate limits the key', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    await user.click(screen.getByRole('link', { name: '任务' }));
    await addTasks(user, [sim.fresh('sora-2:task_fault_429')]);
    const host = new URL(sim.origin).host;
    expect(await screen.findByText(/正在对此密钥限流（429）/)).toHaveTextContent(
      new RegExp(`^${host} 正在对此密钥限流（429）。发往它的所有请求暂停 [12] 秒。$`),
    );
  });

  it('says in Chinese that a tab without a key checks nothing', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    const { user } = renderApp('/');
    const id = sim.fresh('sora-2:task_demo_fast');
    await addTasks(user, [id]);
    expect(screen.getByText('已添加 1 个任务。')).toBeInTheDocument();

    const line = screen.getByText(/^此标签页没有 API 密钥：不会查询或刷新任何任务。/);
    expect(line).toHaveRole('status');
    expect(line).toHaveTextContent(
      '此标签页没有 API 密钥：不会查询或刷新任何任务。在设置中填写密钥。',
    );
    expect(within(line).getByRole('link', { name: '在设置中填写密钥' })).toHaveAttribute(
      'href',
      '/settings',
    );

    const row = screen.getByRole('listitem', { name: `任务 ${id}` });
    expect(within(row).getByText('等待 API 密钥')).toBeInTheDocument();
    expect(within(row).getByText('等待中')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '进度未知');
    const refresh = within(row).getByRole('button', { name: `刷新 ${id}` });
    expect(refresh).toBeDisabled();
    expect(refresh).toHaveAccessibleDescription(
      '此标签页没有 API 密钥：请先在设置中填写，才能向服务商查询。',
    );

    await user.click(within(row).getByRole('button', { name: `移除 ${id}` }));
    expect(screen.getByText(/^已移除/)).toHaveTextContent(`已移除 ${id}。`);
    expect(screen.getByRole('button', { name: '撤销' })).toHaveFocus();
  });
});

describe('a page that does not exist, in Chinese', () => {
  it('names itself and leads back to the list', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    renderApp('/nowhere');
    // The page loads on demand, like every page but the list.
    expect(
      await screen.findByRole('heading', { level: 1, name: '页面未找到' }),
    ).toBeInTheDocument();
    const sentence = screen.getByText(wholeText(/^此地址没有内容。返回任务列表。$/));
    expect(within(sentence).getByRole('link', { name: '返回任务列表' })).toHaveAttribute(
      'href',
      '/',
    );
    await waitFor(() => expect(document.title).toBe('页面未找到 · Reelwatch'));
  });
});
