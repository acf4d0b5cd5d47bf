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
