// Query endpoints: where on the provider a task is asked for, as path templates with `{id}`.
// Resellers answer the same task at different paths (OpenAI-style, "unified", new-api, vendor
// paths relayed under a prefix), so the user lists them and each task is asked at the first that
// knows it. Pure functions; the search itself is in get-task.ts.
import { encodeTaskIdForPath, UUID_ID } from './task-ids';

export const DEFAULT_QUERY_TEMPLATES: readonly string[] = [
  '/v1/videos/{id}',
  '/v1/video/query?id={id}',
  '/v1/video/generations/{id}',
];

/** Each template can cost one request per task once, so the list stays short. */
export const MAX_QUERY_TEMPLATES = 12;
const ID = '{id}';

/**
 * Whether a template can be asked at: a path, put after the base URL (so on its server, where
 * the key goes), with `{id}` in it and no spaces. What Settings accepts is checked more closely
 * (check-query-templates.ts); this is what stored or shared templates must at least be.
 */
export function isQueryTemplate(template: string): boolean {
  return template.startsWith('/') && template.includes(ID) && !/\s/.test(template);
}

/** The path and query for one task: the id percent-encoded, its `:` kept as it is. */
export function expandTemplate(template: string, id: string): string {
  return template.replace(ID, encodeTaskIdForPath(id));
}

/** Which template an id form is most likely answered at, and why, most specific first. */
const PREFERENCES: readonly { id: RegExp; template: RegExp }[] = [
  // quickrouter's unified answer carries Veo's inputs and enhanced prompt; Grok only lives there.
  { id: /^(veo|grok)[^:]*:/i, template: /\/video\/query\?id=\{id\}/ },
  { id: /^cgt-/i, template: /\/contents\/generations\/tasks\/\{id\}/ },
  { id: /^\d{12,}/, template: /\/(text2video|image2video|omni-video|video_generation)\b/ },
  { id: UUID_ID, template: /\/api\/v1\/tasks\/\{id\}/ },
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
];

/**
 * Kling, DashScope and MiniMax answers name no model, and their ids carry none: the vendor whose
 * own path answered is the best name there is (`kling`, `wan`…). OpenRouter routes to many
 * vendors' models, so its path names none.
 */
export function vendorOfTemplate(template: string): string | undefined {
  return VENDOR_PATHS.find((path) => path.template.test(template))?.vendor;
}
