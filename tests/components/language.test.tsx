// The header's language switch: the page changes language in place, says so to assistive
// technology through <html lang>, keeps the focus and what the user typed, and remembers.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chosenLocale } from '../../src/stores/locale-choice';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

useSimulator('language');

describe('the language switch', () => {
  it('turns the page Chinese in place, keeps the focus and the draft, and remembers', async () => {
    const { user } = renderApp('/');
    await user.type(await screen.findByLabelText('Task IDs'), 'sora-2:task_typed');
    const english = screen.getByRole('navigation', { name: 'Main' });
    expect(within(english).getByRole('link', { name: 'Tasks' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');

    const nav = await screen.findByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '任务' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '设置' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');
    const language = screen.getByRole('combobox', { name: '语言' });
    await waitFor(() => expect(language).toHaveFocus());
    expect(language).toHaveValue('zh-CN');
    // Rendered anew, the page still holds what was typed.
    expect(screen.getByRole('textbox', { name: /Task IDs|任务 ID/ })).toHaveValue(
      'sora-2:task_typed',
    );
    // Remembered over the browser's own languages.
    expect(chosenLocale(['en-US'])).toBe('zh-CN');

    await user.selectOptions(language, 'English');
    expect(
      await within(screen.getByRole('navigation', { name: 'Main' })).findByRole('link', {
        name: 'Tasks',
      }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(chosenLocale(['zh-CN'])).toBe('en');
  });

  it('follows the language and the theme chosen in another tab', async () => {
    renderApp('/');
    await screen.findByRole('navigation', { name: 'Main' });
    const fromOtherTab = (key: string, value: string) => {
      localStorage.setItem(key, value);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
    };

    fromOtherTab('sora-dashboard:locale', 'zh-CN');
    expect(await screen.findByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-CN');

    fromOtherTab('sora-dashboard:theme', JSON.stringify({ state: { theme: 'dark' }, version: 1 }));
    await waitFor(() => expect(document.documentElement).toHaveClass('dark'));
    expect(screen.getByRole('combobox', { name: '主题' })).toHaveValue('dark');
  });

  it('follows the browser until the user chooses', () => {
    expect(chosenLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(chosenLocale(['en-GB'])).toBe('en');
  });
});
