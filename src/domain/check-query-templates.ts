// What the user typed as Query endpoints, checked line by line before anything is saved. Only
// the settings page needs this (it loads on demand), so it lives apart from the templates the
// poller uses.
import { t } from '../lib/i18n';
import { DEFAULT_QUERY_TEMPLATES, MAX_QUERY_TEMPLATES } from './query-endpoints';

const ID = '{id}';
/** What a path and query may hold; no spaces, no fragment, no backslash. */
const TEMPLATE_CHARS = /^[A-Za-z0-9\-._~/?=&{}:%@+!$'()*,;]+$/;

export type TemplateCheck = { ok: true; templates: string[] } | { ok: false; problems: string[] };

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
    // Each problem names its line: "Line 2 (“/v1/x”) has no {id}…".
    const where = { number: index + 1, line };
    let template = line;
    if (/^[a-z][a-z0-9+.-]*:/i.test(line)) {
      if (normalisedBase !== undefined && line.startsWith(`${normalisedBase}/`)) {
        template = line.slice(normalisedBase.length);
      } else {
        problems.push(
          t(
            "Line {number} (“{line}”) is on another address. Query endpoints are paths on the base URL's server (your key goes only there): write the path alone, like /v1/videos/{id}, or change the Base URL.",
            where,
          ),
        );
        return;
      }
    }
    if (/\s/.test(template)) {
      problems.push(
        t(
          'Line {number} (“{line}”) has a space in it. Write one path per line, without spaces.',
          where,
        ),
      );
    } else if (!template.startsWith('/') || template.startsWith('//')) {
      problems.push(
        t('Line {number} (“{line}”) must start with a single /, like /v1/videos/{id}.', where),
      );
    } else if (!template.includes(ID)) {
      problems.push(
        t(
          'Line {number} (“{line}”) has no {id}. Put {id} where the task id goes, like /v1/videos/{id}.',
          where,
        ),
      );
    } else if (template.split(ID).length > 2) {
      problems.push(t('Line {number} (“{line}”) has {id} more than once. Use it once.', where));
    } else if (!TEMPLATE_CHARS.test(template) || template.includes('#')) {
      problems.push(
        t(
          'Line {number} (“{line}”) has characters a URL path cannot hold (such as # or \\).',
          where,
        ),
      );
    } else if (/(^|\/)\.\.?(\/|\?|$)/.test(template)) {
      problems.push(
        t('Line {number} (“{line}”) has a . or .. segment. Write the path out in full.', where),
      );
    } else if (!templates.includes(template)) {
      templates.push(template);
    }
  });
  if (problems.length === 0 && templates.length === 0) {
    problems.push(
      t('List at least one query endpoint, for example {example}.', {
        example: DEFAULT_QUERY_TEMPLATES[0] ?? '/v1/videos/{id}',
      }),
    );
  }
  if (templates.length > MAX_QUERY_TEMPLATES) {
    problems.push(
      t('List at most {max} query endpoints: every one can cost a request per task.', {
        max: MAX_QUERY_TEMPLATES,
      }),
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, templates };
}
