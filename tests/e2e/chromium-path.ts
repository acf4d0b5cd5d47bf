/**
 * Debian's Chromium: playwright-core drives it, as the project downloads no browser.
 * `CHROMIUM_PATH` points the tests (and `npm run screenshots`) at another binary.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
