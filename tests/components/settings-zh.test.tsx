// The Settings page in Simplified Chinese: its labels, and a failed Save explained in Chinese.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../src/lib/i18n';
import { renderApp } from './render-app';

beforeEach(() => activateLocale('zh-CN', ['zh-CN']));
afterEach(() => activateLocale('en'));

describe('settings in Chinese', () => {
  it('names every field and button in Chinese', async () => {
    renderApp('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    // The title is set in an effect, which a busy machine may run a moment after the heading.
    await waitFor(() => expect(document.title).toMatch(/^设置/));
    expect(screen.getByLabelText('接口地址')).toHaveValue('https://api.quickrouter.ai');
    expect(screen.getByLabelText('查询端点')).toHaveAccessibleDescription(
      /每行一个路径，用 \{id\} 表示任务 ID 的位置/,
    );
    expect(screen.getByLabelText('API 密钥')).toHaveAccessibleDescription(
      '仅以 Authorization: Bearer … 的形式发送到接口地址所在的服务器。',
    );
    // The range as Chinese writes it (Intl: a hyphen, where English has an en dash).
    expect(screen.getByLabelText('轮询间隔')).toHaveAccessibleDescription(
      '每个未完成任务两次查询之间的秒数（2-600）。每次查询都会消耗密钥的限流额度。',
    );
    expect(screen.getByLabelText('最大并发请求数')).toBeInTheDocument();
    expect(screen.getByLabelText('每秒请求数')).toBeInTheDocument();
    // A header's name is not translated.
    expect(screen.getByLabelText('X-Forwarded-Host')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '在本设备上记住' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: '通过本服务器转发请求' })).not.toBeChecked();
    for (const name of ['使用内置模拟器', '恢复默认端点', '显示密钥', '保存', '忘记密钥']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('explains a failed Save in Chinese and puts the focus on the first wrong field', async () => {
    const { user } = renderApp('/settings');
    const base = await screen.findByLabelText('接口地址');
    await user.clear(base);
    await user.type(base, 'http://api.example.com');
    const interval = screen.getByLabelText('轮询间隔');
    await user.clear(interval);
    await user.type(interval, '0');
    await user.type(screen.getByLabelText('API 密钥'), 'Bearer sk-x');
    await user.click(screen.getByRole('button', { name: '保存' }));

    // The form's own live region (the page has another, for the kept videos).
    expect(screen.getByText('未保存任何内容：请修改标红的字段。')).toHaveAttribute(
      'role',
      'status',
    );
    // The base URL is wrong, so it takes the focus, and its error is announced with it.
    expect(base).toHaveFocus();
    expect(base).toHaveAttribute('aria-invalid', 'true');
    expect(base).toHaveAccessibleDescription(/https:\/\/.*服务商的 API 地址，带不带 \/v1 均可。/);
    expect(interval).toHaveAccessibleDescription(/^请输入 2 到 600 之间的秒数。/);
    expect(screen.getByLabelText('API 密钥')).toHaveAccessibleDescription(
      /^API 密钥中不含空格。请只粘贴密钥本身，不要带“Bearer”。/,
    );
    expect(localStorage.getItem('sora-dashboard:connection')).toBeNull();
  });
});
