/** Debian's Chromium: playwright-core drives it, as the project downloads no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
