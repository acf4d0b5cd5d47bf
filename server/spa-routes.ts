// The pages the dashboard has (src/app/router.tsx). Any other path still gets the app, which
// shows its own "page not found", but with HTTP 404, so crawlers, link checkers and scripts
// that only read the status are told the truth.
const PAGES = [
  /^\/$/,
  /^\/index\.html$/,
  /^\/settings\/?$/,
  /^\/tasks\/[^/]+\/?$/,
  /^\/compare\/?$/,
];

export function isSpaPage(path: string): boolean {
  return PAGES.some((page) => page.test(path));
}
