import { afterEach, describe, expect, it } from 'vitest';
import {
  activateLocale,
  currentLocale,
  detectLocale,
  formatList,
  intlLocale,
  t,
  tp,
} from '../../../src/lib/i18n';
import { formatClockTime, formatDuration, formatTimeAgo } from '../../../src/lib/format';

afterEach(() => activateLocale('en'));

describe('detectLocale', () => {
  it('takes the first of the browser’s languages that the app speaks', () => {
    expect(detectLocale(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(detectLocale(['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLocale(['de-DE', 'zh-TW'])).toBe('zh-CN');
    expect(detectLocale(['ZH'])).toBe('zh-CN');
    expect(detectLocale(['fr', 'de'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});

describe('t and tp', () => {
  it('writes English as given, filling placeholders and formatting numbers', async () => {
    await activateLocale('en', ['en-US']);
    expect(t('Tasks')).toBe('Tasks');
    expect(t('Line {number} of {id}', { number: 12345, id: 'task_1' })).toBe(
      'Line 12,345 of task_1',
    );
    expect(t('{missing} stays', {})).toBe('{missing} stays');
    const tasks = { one: '{count} task', other: '{count} tasks' };
    expect(tp(1, tasks)).toBe('1 task');
    expect(tp(1000, tasks)).toBe('1,000 tasks');
  });

  it('speaks Chinese once its catalog is loaded, with the locale’s own formats', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    expect(currentLocale()).toBe('zh-CN');
    expect(intlLocale()).toBe('zh-CN');
    expect(t('Tasks')).toBe('任务');
    expect(t('just now')).toBe('刚刚');
    expect(formatList(['a', 'b', 'c'], 'conjunction')).toBe('a、b和c');
    expect(formatDuration(185)).toBe('3分钟 5秒');
    expect(formatTimeAgo(0, 12_000)).toBe('12秒前');
    // 24-hour where the locale uses it.
    expect(formatClockTime(Date.UTC(2026, 0, 1, 15, 4, 5))).toMatch(/\d\d:04:05/);
  });

  it('formats English in the browser’s own variant: 24-hour for en-GB', async () => {
    await activateLocale('en', ['en-GB', 'en']);
    expect(intlLocale()).toBe('en-GB');
    expect(formatClockTime(Date.UTC(2026, 0, 1, 15, 4, 5))).not.toMatch(/PM|AM/);
    await activateLocale('en', ['en-US']);
    expect(formatClockTime(Date.UTC(2026, 0, 1, 15, 4, 5))).toMatch(/PM|AM/);
    expect(formatDuration(45)).toBe('45 sec');
    expect(formatTimeAgo(0, 3_000)).toBe('just now');
  });
});
