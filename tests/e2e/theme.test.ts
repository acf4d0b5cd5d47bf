// Dark and light: the page follows the system until the header's Theme switch says otherwise, the
// choice survives a reload and is painted from the first frame, and fields stay legible in both.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectToSimulator, openFinishedTask, taskRow, uniqueSuffix, useBrowser } from './browser';

const session = useBrowser();

/**
 * In the page: how an element is painted. Colours are read back through a canvas, so any CSS
 * colour syntax (rgb, lab, oklch) comes out as sRGB; luminance and contrast are WCAG's.
 */
function measure(element: Element) {
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) throw new Error('No 2D canvas.');
  const channels = (colour: string) => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = colour;
    canvas.fillRect(0, 0, 1, 1);
    return [...canvas.getImageData(0, 0, 1, 1).data];
  };
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [lighter = 0, darker = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (lighter + 0.05) / (darker + 0.05);
  };
  /** The first background painted at or behind an element. */
  const backgroundOf = (start: Element | null): string => {
    for (let at = start; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if ((channels(colour)[3] ?? 0) > 0) return colour;
    }
    return 'white';
  };
  const style = getComputedStyle(element);
  const background = backgroundOf(element);
  // Fields draw their border as a 1px inset ring (a box-shadow).
  const ring = /((?:rgba?|lab|lch|oklab|oklch|color)\([^)]*\))\s+0px 0px 0px 1px inset/.exec(
    style.boxShadow,
  )?.[1];
  return {
    /** Relative luminance (0 black to 1 white) of what is painted behind the element. */
    background: luminance(background),
    /** Relative luminance of its text. */
    text: luminance(style.color),
    /** The page's `color-scheme`, which native controls and scrollbars follow. */
    scheme: getComputedStyle(document.documentElement).colorScheme,
    /** A field's border against its own background and the one around it (0: no border). */
    border: ring
      ? Math.min(contrast(ring, background), contrast(ring, backgroundOf(element.parentElement)))
      : 0,
    placeholder: contrast(getComputedStyle(element, '::placeholder').color, background),
  };
}

type Theme = 'dark' | 'light';

/** Which theme an element is painted in: dark text on light, or light on dark. */
async function themeOf(target: Locator): Promise<Theme | 'mixed'> {
  const { background, text, scheme } = await target.evaluate(measure);
  if (background < 0.05 && text > 0.6 && scheme === 'dark') return 'dark';
  if (background > 0.8 && text < 0.1 && scheme === 'light') return 'light';
  return 'mixed';
}

/** The page's body and the heading a person reads first. */
async function pageTheme(page: Page, heading: Locator): Promise<Theme | 'mixed'> {
  const [body, title] = await Promise.all([
    themeOf(page.locator('body')),
    themeOf(heading.first()),
  ]);
  return body === title ? body : 'mixed';
}

function themeSwitch(page: Page): Locator {
  return page.getByRole('banner').getByRole('combobox', { name: 'Theme' });
}

const listHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Tasks', exact: true });

describe('the theme', () => {
  it('is dark on every screen when the system is dark', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await connectToSimulator(page);
    expect(await pageTheme(page, page.getByRole('heading', { name: 'Settings' }))).toBe('dark');

    const id = `sora-2:task_demo_fast--${uniqueSuffix('dark')}`;
    await openFinishedTask(page, id);
    expect(await pageTheme(page, page.getByRole('heading', { name: 'Progress' }))).toBe('dark');
    expect(await themeSwitch(page).inputValue()).toBe('system');

    await page.goBack();
    await listHeading(page).waitFor();
    expect(await pageTheme(page, taskRow(page, id))).toBe('dark');
  });

  it('stays Light when chosen under a dark system, after a reload too', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await listHeading(page).waitFor();
    expect(await pageTheme(page, listHeading(page))).toBe('dark');

    await themeSwitch(page).selectOption({ label: 'Light' });
    expect(await pageTheme(page, listHeading(page))).toBe('light');

    await page.reload();
    await listHeading(page).waitFor();
    expect(await pageTheme(page, listHeading(page))).toBe('light');
    expect(await themeSwitch(page).inputValue()).toBe('light');
  });

  it('paints a stored Dark from the first frame under a light system', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await themeSwitch(page).selectOption({ label: 'Dark' });

    // The app's own script is held back: what the page shows meanwhile is its first frame,
    // drawn from index.html, the stylesheet (which blocks painting) and public/theme.js.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(
      () =>
        document.body !== null &&
        document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet != null,
    );
    const appStarted = () => page.evaluate(() => document.body.querySelector('header') !== null);
    expect(await appStarted()).toBe(false);
    expect(await themeOf(page.locator('body'))).toBe('dark');

    release();
    await listHeading(page).waitFor();
    expect(await pageTheme(page, listHeading(page))).toBe('dark');
  });

  it('follows the system live while System is chosen', async () => {
    const { page } = session;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await listHeading(page).waitFor();
    await themeSwitch(page).selectOption({ label: 'Dark' });
    expect(await pageTheme(page, listHeading(page))).toBe('dark');
    await themeSwitch(page).selectOption({ label: 'System' });
    expect(await pageTheme(page, listHeading(page))).toBe('light');

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pageTheme(page, listHeading(page))).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pageTheme(page, listHeading(page))).toBe('light');
  });

  it.each(['light', 'dark'] as const)(
    'keeps field borders at 3:1 and placeholders at 4.5:1 in %s',
    async (scheme) => {
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const taskIds = await page.getByLabel('Task IDs').evaluate(measure);
      expect(taskIds.border, 'Task IDs border').toBeGreaterThanOrEqual(3);
      expect(taskIds.placeholder, 'Task IDs placeholder').toBeGreaterThanOrEqual(4.5);
      const { border } = await themeSwitch(page).evaluate(measure);
      expect(border, 'Theme select border').toBeGreaterThanOrEqual(3);
    },
  );
});
