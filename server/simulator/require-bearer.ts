import type { MiddlewareHandler } from 'hono';
import { apiErrorBody } from '../http-errors';

/** Like the resellers: any non-empty Bearer token is accepted, anything else is a 401. */
export const requireBearer: MiddlewareHandler = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S.*)$/i.exec(header.trim());
  if (!match) {
    return c.json(
      apiErrorBody(
        'You didn\'t provide a valid API key. Send it as "Authorization: Bearer <key>".',
        'invalid_request_error',
        'invalid_api_key',
      ),
      401,
    );
  }
  await next();
};
