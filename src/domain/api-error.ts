// Every failure of the HTTP seam becomes an ApiError with a message a person can act on.
// The message never contains the API key.

export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'client'
  | 'network'
  | 'timeout'
  | 'bad-body'
  | 'config';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  /** How long the server asked us to wait, when it said so in a header we can read. */
  readonly retryAfterMs: number | undefined;

  /**
   * `message` may be a function: the words are then made each time they are read, so an error
   * kept in the cache speaks the page's language after the user switches it.
   */
  constructor(
    kind: ApiErrorKind,
    message: string | (() => string),
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(typeof message === 'string' ? message : '', { cause: options.cause });
    if (typeof message === 'function') {
      Object.defineProperty(this, 'message', { get: message, configurable: true });
    }
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Transient faults are worth retrying; a bad key, a missing task or a bad request are not. */
  get retryable(): boolean {
    return ['rate-limited', 'server', 'network', 'timeout', 'bad-body'].includes(this.kind);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
