// Query endpoints: where on the provider a task is asked for, as path templates with `{id}`.
// Resellers answer the same task at different paths (OpenAI-style, "unified", new-api, vendor
// paths relayed under a prefix), so the user lists them and each task is asked at the first that
// knows it. Pure functions; the search itself is in get-task.ts.
import { encodeTaskIdForPath } from './task-ids';

export const DEFAULT_QUERY_TEMPLATES: readonly string[] = [
  '/v1/videos/{id}',
  '/v1/video/query?id={id}',
  '/v1/video/generations/{id}',
];

/** Each template can cost one request per task once, so the list stays short. */
export const MAX_QUERY_TEMPLATES = 12;
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

/** The path and query for one task: the id percent-encoded, its `:` kept as it is. */
export function expandTemplate(template: string, id: string): string {
  return template.replace(ID, encodeTaskIdForPath(id));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Which template an id form is most likely answered at, and why, most specific first. */
const PREFERENCES: readonly { id: RegExp; template: RegExp }[] = [
  // quickrouter's unified answer carries Veo's inputs and enhanced prompt; Grok only lives there.
  { id: /^(veo|grok)[^:]*:/i, template: /\/video\/query\?id=\{id\}/ },
  { id: /^cgt-/i, template: /\/contents\/generations\/tasks\/\{id\}/ },
  { id: /^\d{12,}/, template: /\/(text2video|image2video|omni-video|video_generation)\b/ },
  { id: UUID, template: /\/api\/v1\/tasks\/\{id\}/ },
  { id: /^job-/i, template: /\/api\/v1\/videos\/\{id\}/ },
  { id: /^task_/, template: /\/video(s)?\/generations\/\{id\}/ },
];

/** The user's templates in the order to try them for this id: its family's paths first. */
export function templatesFor(id: string, templates: readonly string[]): string[] {
  const preferred = PREFERENCES.filter((preference) => preference.id.test(id)).flatMap(
    (preference) => templates.filter((template) => preference.template.test(template)),
  );
  return [...new Set([...preferred, ...templates])];
}

/** Vendor paths, and the vendor each belongs to. */
const VENDOR_PATHS: readonly { template: RegExp; vendor: string }[] = [
  { template: /\/contents\/generations\/tasks\/\{id\}/, vendor: 'seedance' },
  { template: /\/(text2video|image2video|omni-video)\/\{id\}/, vendor: 'kling' },
  { template: /\/api\/v1\/tasks\/\{id\}/, vendor: 'wan' },
  { template: /\/query\/video_generation\b/, vendor: 'minimax-hailuo' },
  { template: /\/api\/v1\/videos\/\{id\}/, vendor: 'openrouter' },
];

/**
 * Kling, DashScope, MiniMax and OpenRouter answers name no model, and their ids carry none: the
 * vendor whose own path answered is the best name there is (`kling`, `wan`…).
 */
export function vendorOfTemplate(template: string): string | undefined {
  return VENDOR_PATHS.find((path) => path.template.test(template))?.vendor;
}
