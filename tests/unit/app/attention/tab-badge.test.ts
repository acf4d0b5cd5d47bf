// The tab's own signs: the title's prefix and the icon's badge.
import { afterEach, describe, expect, it } from 'vitest';
import { badgedIcon, titleBadge } from '../../../../src/app/attention/tab-badge';
import { activateLocale } from '../../../../src/lib/i18n';

const PLAIN =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/></svg>\n';

afterEach(async () => {
  await activateLocale('en');
});

describe('the title’s prefix', () => {
  it('warns of an unseen failure first, then counts what is under way; nothing when there is neither', () => {
    expect(titleBadge(3, false)).toBe('(3) ');
    expect(titleBadge(0, true)).toBe('⚠ ');
    expect(titleBadge(12, true)).toBe('⚠ (12) ');
    expect(titleBadge(0, false)).toBe('');
  });

  it('writes the count as the page’s language does', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    expect(titleBadge(1500, false)).toBe('（1,500） ');
  });
});

describe('the icon’s badge', () => {
  const badgeOf = (svg: string) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const circle = doc.querySelector('circle');
    return { fill: circle?.getAttribute('fill'), text: doc.querySelector('text')?.textContent };
  };

  it('is added to the plain icon, which stays as it was', () => {
    const icon = badgedIcon(PLAIN, 2, false);
    expect(icon.startsWith(PLAIN.trim().replace('</svg>', ''))).toBe(true);
    expect(icon.endsWith('</svg>')).toBe(true);
  });

  it('counts what is under way, in amber; past nine it says 9+', () => {
    expect(badgeOf(badgedIcon(PLAIN, 3, false))).toEqual({ fill: '#f59e0b', text: '3' });
    expect(badgeOf(badgedIcon(PLAIN, 10, false))).toEqual({ fill: '#f59e0b', text: '9+' });
  });

  it('turns red for a failure not seen yet, with the count, or "!" when nothing runs', () => {
    expect(badgeOf(badgedIcon(PLAIN, 4, true))).toEqual({ fill: '#dc2626', text: '4' });
    expect(badgeOf(badgedIcon(PLAIN, 0, true))).toEqual({ fill: '#dc2626', text: '!' });
  });
});
