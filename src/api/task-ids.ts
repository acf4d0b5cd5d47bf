// Task ids as people paste them: separated by any mix of spaces, commas and newlines, in the
// reseller form `sora-2:task_…` or the OpenAI form `video_…`.

const RESELLER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*:task_[A-Za-z0-9_-]+$/;
const OPENAI_ID = /^video_[A-Za-z0-9_-]+$/;
const MAX_ID_LENGTH = 200;

export function isTaskId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && (RESELLER_ID.test(value) || OPENAI_ID.test(value));
}

export interface ParsedTaskIds {
  /** New, valid ids in the order they were pasted. */
  accepted: string[];
  /** Valid ids already tracked or pasted twice. */
  duplicates: string[];
  /** Entries that are not task ids. */
  invalid: string[];
}

/** Quotes and brackets come along when ids are copied out of JSON or a spreadsheet. */
function stripWrapping(token: string): string {
  return token.replace(/^["'`[(<]+|["'`\])>]+$/g, '');
}

export function parseTaskIds(text: string, alreadyTracked: ReadonlySet<string>): ParsedTaskIds {
  const result: ParsedTaskIds = { accepted: [], duplicates: [], invalid: [] };
  const seen = new Set<string>();
  for (const token of text.split(/[\s,，;；]+/)) {
    const id = stripWrapping(token);
    if (id === '') continue;
    if (!isTaskId(id)) {
      result.invalid.push(token);
    } else if (alreadyTracked.has(id) || seen.has(id)) {
      result.duplicates.push(id);
    } else {
      seen.add(id);
      result.accepted.push(id);
    }
  }
  return result;
}

/** The path segment for an id: the `:` stays as it is, everything else is percent-encoded. */
export function encodeTaskIdForPath(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}
