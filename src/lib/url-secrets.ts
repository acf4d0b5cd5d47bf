// What in a URL can let someone else in: a user name and password, and query parameters that
// carry keys, tokens or signatures (`key=`, `token=`, `sig=`, `signature=`, AWS's `X-Amz-*` and
// its kin at Google, Alibaba and Volcengine). Erring on the side of leaving a parameter out: what
// is left out is named, so nobody loses it without knowing.

const SECRET_WORDS = /key|token|sig|secret|passw|auth|credential|policy|session/i;
const SIGNING_SCHEMES = /^x-(amz|goog|oss|tos|cos)-/i;
/** `scheme://user:password@`: what comes before the host. */
const CREDENTIALS = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i;

function isSecretParam(name: string): boolean {
  return SECRET_WORDS.test(name) || SIGNING_SCHEMES.test(name);
}

/** Whether the URL grants access by itself: credentials, or a secret-looking parameter. */
export function hasSecrets(url: URL): boolean {
  return (
    url.username !== '' ||
    url.password !== '' ||
    [...url.searchParams.keys()].some((name) => isSecretParam(name))
  );
}

export interface StrippedUrl {
  /** The URL without what could let someone in. */
  url: string;
  /** A user name or password was taken out. */
  credentials: boolean;
  /** The names of the parameters taken out, and `#…` for a fragment, as they were written. */
  params: string[];
}

/**
 * A URL (or a path with a query, like a Query endpoint) without its credentials and secret
 * parameters; everything else as it was written. Text that is not a URL comes back as it is.
 */
export function stripSecrets(text: string): StrippedUrl {
  const params: string[] = [];
  // A fragment is no part of an address a request goes to, and can hold a token (`#access_token=`).
  const hashAt = text.indexOf('#');
  if (hashAt !== -1) params.push(`#${text.slice(hashAt + 1).split('=')[0] ?? ''}`);
  let rest = hashAt === -1 ? text : text.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    const query = rest
      .slice(queryAt + 1)
      .split('&')
      .filter((pair) => {
        const name = decodeName(pair.split('=')[0] ?? '');
        if (!isSecretParam(name)) return true;
        if (!params.includes(name)) params.push(name);
        return false;
      });
    rest = rest.slice(0, queryAt) + (query.length ? `?${query.join('&')}` : '');
  }
  return { url: rest.replace(CREDENTIALS, '$1'), credentials: CREDENTIALS.test(rest), params };
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}
