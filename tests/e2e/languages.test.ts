// English and Simplified Chinese: a Chinese browser is greeted in Chinese, the Chinese words load
// only for those who need them, the header switches and remembers, and no screen leaves an
// English word behind in Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { everyScreen, say } from './every-screen';

/** Words that are the same in both languages: names, formats, protocols. */
const SAME_IN_EVERY_LANGUAGE = new Set(
  [
    'Reelwatch',
    'English',
    'API',
    'URL',
    'ID',
    'IDs',
    'JSON',
    'CSV',
    // A key, named as printed on the keyboard.
    'Enter',
    'CORS',
    'HTTP',
    'HTTPS',
    'MP4',
    'Inpaint',
    'Sora',
    'Cameo',
  ].map((word) => word.toLowerCase()),
);

/** Every text the provider's answer for `id` holds (a prompt, a reason): data, not our words. */
async function providerTexts(page: Page, id: string): Promise<string[]> {
  const response = await page.request.get(`/v1/videos/${encodeURIComponent(id)}`, {
    headers: { Authorization: 'Bearer sk-e2e-test' },
  });
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(await response.json());
  return texts;
}

/**
 * The English words a reader meets on the page: its text and the names and hints of its
 * controls. Data is left out: what is set in monospace (ids, URLs, raw answers) and `data`, the
 * tour's ids and what the provider wrote.
 */
async function englishWords(page: Page, data: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const data = 'pre, code, .font-mono, script, style';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(data)) continue;
      if (parent.checkVisibility && !parent.checkVisibility()) continue;
      found.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (element.closest(data)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        found.push(element.getAttribute(name) ?? '');
      }
    }
    found.push(document.title);
    return found;
  });
  const words = new Set<string>();
  // A provider's text may have moved on since it was read ("position 5" is now "position 4").
  const digitless = (text: string) => text.replace(/\d+/g, '#');
  for (let text of texts.map(digitless)) {
    // Addresses and header names are not words of either language.
    text = text
      .replace(/(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\S*/g, ' ')
      .replaceAll('X-Forwarded-Host', ' ');
    for (const datum of data) if (datum.length > 2) text = text.replaceAll(digitless(datum), ' ');
    for (const word of text.match(/[A-Za-z][A-Za-z']{2,}/g) ?? []) {
      if (!SAME_IN_EVERY_LANGUAGE.has(word.toLowerCase())) words.add(word);
    }
  }
  return [...words];
}

describe('a browser set to Chinese', () => {
  const session = useBrowser({ locale: 'zh-CN' });

  it('is greeted in Chinese from the first frame, and the switch turns it English for good', async () => {
    const { page } = session;
    const catalogs: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/zh-CN-[\w-]+\.js$/.test(request.url())) catalogs.push(request.url());
    });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: say('zh-CN', 'Main') });
    await nav.getByRole('link', { name: say('zh-CN', 'Tasks') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(catalogs).toHaveLength(1);
    await expect.poll(() => page.title()).toMatch(/^任务/);

    const language = page.getByRole('combobox', { name: say('zh-CN', 'Language') });
    await language.selectOption('English');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Tasks' })
      .waitFor();
    const english = page.getByRole('combobox', { name: 'Language' });
    await expect
      .poll(() => english.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('keeps the page and the focus on the switch when the language changes', async () => {
    const { page } = session;
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: say('zh-CN', 'Main') });
    await nav.getByRole('link', { name: say('zh-CN', 'Settings') }).click();
    const heading = page.getByRole('heading', { level: 1, name: say('zh-CN', 'Settings') });
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);

    await page.getByRole('combobox', { name: say('zh-CN', 'Language') }).selectOption('English');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    const language = page.getByRole('combobox', { name: 'Language' });
    await expect
      .poll(() => language.evaluate((element) => element === document.activeElement))
      .toBe(true);
  });

  it('leaves no English word on any screen, and writes dates the Chinese way', async () => {
    const { page } = session;
    const leftovers: string[] = [];
    const data: string[] = [];
    await everyScreen(page, 'zh-CN', async (screen, { ids }) => {
      if (screen !== 'empty list' && screen !== 'not found') {
        for (const id of Object.values(ids)) data.push(id, ...(await providerTexts(page, id)));
        // The longest first, so a text that holds another is taken out whole.
        data.sort((a, b) => b.length - a.length);
      }
      const words = await englishWords(page, data);
      if (words.length > 0) leftovers.push(`${screen}: ${words.join(', ')}`);
      if (screen === 'finished task') {
        await page
          .getByText(/\d{4}年\d{1,2}月\d{1,2}日/)
          .first()
          .waitFor();
      }
    });
    expect(leftovers).toEqual([]);
  });
});

describe('a browser set to English', () => {
  const session = useBrowser({ locale: 'en-US' });

  it('is not sent the Chinese words', async () => {
    const { page } = session;
    const catalogs: string[] = [];
    page.on('request', (request) => {
      if (/zh-CN/.test(request.url())) catalogs.push(request.url());
    });
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Tasks' })
      .waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(catalogs).toEqual([]);
  });
});
