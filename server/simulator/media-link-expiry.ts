// When a signed media link stops working, read from its query as each provider's storage writes
// it, and what that storage answers once it has: Azure Blob (`st`/`se`), S3-style presigned
// (`X-Amz-Date` + `X-Amz-Expires`) and Alibaba OSS (`Expires`, epoch seconds). The signature
// itself is never checked.

export interface ExpiredLink {
  /** Epoch ms the link stopped working. */
  expiry: number;
  /** The storage's XML error body. */
  body: string;
}

function httpDate(epochMs: number): string {
  return new Date(epochMs).toUTCString();
}

const isoSeconds = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** What Azure Blob Storage answers for a SAS link used after its `se` (expiry). */
function azureBody(start: string | null, expiry: number, now: number): string {
  const startText = start && !Number.isNaN(Date.parse(start)) ? httpDate(Date.parse(start)) : '';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Error><Code>AuthenticationFailed</Code>',
    '<Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
    `Time:${new Date(now).toISOString()}</Message>`,
    `<AuthenticationErrorDetail>Signature not valid in the specified time frame: Start [${startText}] - Expiry [${httpDate(expiry)}] - Current [${httpDate(now)}]</AuthenticationErrorDetail>`,
    '</Error>',
  ].join('');
}

/** What S3-compatible storage and OSS answer for a presigned link past its time. */
function accessDeniedBody(expiry: number, now: number, extra = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Error><Code>AccessDenied</Code><Message>Request has expired</Message>',
    extra,
    `<Expires>${isoSeconds(expiry)}</Expires><ServerTime>${isoSeconds(now)}</ServerTime>`,
    '</Error>',
  ].join('');
}

/** `20250917T121233Z` as epoch ms. */
function parseAmzDate(value: string | null): number {
  const parts = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!parts) return Number.NaN;
  const [, year, month, day, hour, minute, second] = parts.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
}

/** Epoch ms from a query value that must be a whole number; NaN otherwise. */
function wholeNumber(value: string | null): number {
  return value !== null && /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The link's expiry and the answer to give if it has passed; undefined while it is valid. */
export function expiredLink(query: URLSearchParams, now: number): ExpiredLink | undefined {
  const azure = Date.parse(query.get('se') ?? '');
  if (!Number.isNaN(azure)) {
    return azure < now
      ? { expiry: azure, body: azureBody(query.get('st'), azure, now) }
      : undefined;
  }
  const amzSeconds = wholeNumber(query.get('X-Amz-Expires'));
  const amz = parseAmzDate(query.get('X-Amz-Date')) + amzSeconds * 1000;
  if (!Number.isNaN(amz)) {
    const extra = `<X-Amz-Expires>${amzSeconds}</X-Amz-Expires>`;
    return amz < now ? { expiry: amz, body: accessDeniedBody(amz, now, extra) } : undefined;
  }
  const oss = wholeNumber(query.get('Expires')) * 1000;
  if (!Number.isNaN(oss)) {
    return oss < now ? { expiry: oss, body: accessDeniedBody(oss, now) } : undefined;
  }
  return undefined;
}
