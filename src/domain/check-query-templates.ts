// What the user typed as Query endpoints, checked line by line before anything is saved. Only
// the settings page needs this (it loads on demand), so it lives apart from the templates the
// poller uses.
import { DEFAULT_QUERY_TEMPLATES, MAX_QUERY_TEMPLATES } from './query-endpoints';

const ID = '{id}';
/** What a path and query may hold; no spaces, no fragment, no backslash. */
const TEMPLATE_CHARS = /^[A-Za-z0-9\-._~/?=&{}:%@+!$'()*,;]+$/;

export type TemplateCheck = { ok: true; templates: string[] } | { ok: false; problems: string[] };

function describeLine(line: string, number: number): string {
  return `Line ${number} (“${line}”)`;
}

/**
 * Checks what the user typed, one template per line. Absolute URLs on the base URL's own
 * address are turned into paths; anything that would send the key elsewhere is refused.
 */
export function checkQueryTemplates(
  text: string,
  normalisedBase: string | undefined,
): TemplateCheck {
  const problems: string[] = [];
  const templates: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const where = describeLine(line, index + 1);
    let template = line;
    if (/^[a-z][a-z0-9+.-]*:/i.test(line)) {
      if (normalisedBase !== undefined && line.startsWith(`${normalisedBase}/`)) {
        template = line.slice(normalisedBase.length);
      } else {
        problems.push(
          `${where} is on another address. Query endpoints are paths on the base URL's server (your key goes only there): write the path alone, like /v1/videos/{id}, or change the Base URL.`,
        );
        return;
      }
    }
    if (/\s/.test(template)) {
      problems.push(`${where} has a space in it. Write one path per line, without spaces.`);
    } else if (!template.startsWith('/') || template.startsWith('//')) {
      problems.push(`${where} must start with a single /, like /v1/videos/{id}.`);
    } else if (!template.includes(ID)) {
      problems.push(`${where} has no {id}. Put {id} where the task id goes, like /v1/videos/{id}.`);
    } else if (template.split(ID).length > 2) {
      problems.push(`${where} has {id} more than once. Use it once.`);
    } else if (!TEMPLATE_CHARS.test(template) || template.includes('#')) {
      problems.push(`${where} has characters a URL path cannot hold (such as # or \\).`);
    } else if (/(^|\/)\.\.?(\/|\?|$)/.test(template)) {
      problems.push(`${where} has a . or .. segment. Write the path out in full.`);
    } else if (!templates.includes(template)) {
      templates.push(template);
    }
  });
  if (problems.length === 0 && templates.length === 0) {
    problems.push(
      `List at least one query endpoint, for example ${DEFAULT_QUERY_TEMPLATES[0] ?? '/v1/videos/{id}'}.`,
    );
  }
  if (templates.length > MAX_QUERY_TEMPLATES) {
    problems.push(
      `List at most ${MAX_QUERY_TEMPLATES} query endpoints: every one can cost a request per task.`,
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, templates };
}
