import type { Context } from 'hono';

// The SPA loads only its own scripts and styles. Images, video and API calls may go to any
// HTTPS provider or a local simulator, because users paste their provider's base URL.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https: http://localhost:* http://127.0.0.1:*",
  "media-src 'self' blob: https: http://localhost:* http://127.0.0.1:*",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The headers of the SPA's own files: its pages, scripts, styles and icons. */
export function setSpaSecurityHeaders(c: Context): void {
  c.header('Content-Security-Policy', contentSecurityPolicy);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
}

// Everything else on this origin is data: the simulator's answers and media, what the proxy
// relays (an upstream's HTML error page among them) and the server's JSON errors. Opened as a
// page, none of it may run script or load anything, so the app is the only document on the
// origin that can, and what the app keeps for its own tabs stays with it. Media elements and
// fetch() are not documents: a <video> still plays these files, and CORS and Range are untouched.
const apiContentSecurityPolicy = "sandbox; default-src 'none'";
// A video opened in a tab of its own ("Open in a new tab") is a document whose player fetches the
// file again, which `default-src 'none'` would block: it may load media from here, still no script.
const apiMediaContentSecurityPolicy = `${apiContentSecurityPolicy}; media-src 'self'`;

/** The headers of every other answer; call once the response is there (it reads its type). */
export function setApiSecurityHeaders(c: Context): void {
  const isMedia = /^\s*(?:video|audio)\//i.test(c.res.headers.get('Content-Type') ?? '');
  c.header(
    'Content-Security-Policy',
    isMedia ? apiMediaContentSecurityPolicy : apiContentSecurityPolicy,
  );
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
}
