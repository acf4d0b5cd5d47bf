// The unsaved Settings form, kept for this tab only (sessionStorage), without the API key: the
// key is written only where the key store puts it. A key typed and not saved is not kept
// (leaving the page with unsaved changes asks first); the field shows the saved key again.
import { at } from '../../lib/json-reader';
import { tabStorage } from '../../stores/web-storage';
import type { SettingsText } from './settings-validation';

export interface SettingsDraft extends SettingsText {
  remember: boolean;
  viaProxy: boolean;
}

const DRAFT_KEY = 'sora-dashboard:settings-draft';

/** The stored draft, with the saved key in it; undefined when there is none or it is damaged. */
export function readStoredDraft(
  fallbackTemplates: string,
  savedKey: string,
): SettingsDraft | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(tabStorage.read(DRAFT_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  // An older build kept the key in the draft: it goes now.
  if (at(parsed, 'apiKey') !== undefined) tabStorage.remove(DRAFT_KEY);
  const text = (field: keyof SettingsDraft) => {
    const value = at(parsed, field);
    return typeof value === 'string' ? value : undefined;
  };
  const flag = (field: keyof SettingsDraft) => at(parsed, field) === true;
  const baseUrl = text('baseUrl');
  const forwardedHost = text('forwardedHost');
  const pollInterval = text('pollInterval');
  const maxInFlight = text('maxInFlight');
  const requestsPerSecond = text('requestsPerSecond');
  if (
    baseUrl === undefined ||
    forwardedHost === undefined ||
    pollInterval === undefined ||
    maxInFlight === undefined ||
    requestsPerSecond === undefined
  ) {
    return undefined;
  }
  return {
    baseUrl,
    queryTemplates: text('queryTemplates') ?? fallbackTemplates,
    apiKey: savedKey,
    forwardedHost,
    pollInterval,
    maxInFlight,
    requestsPerSecond,
    remember: flag('remember'),
    viaProxy: flag('viaProxy'),
  };
}

/** Keeps the draft (all but the key), or forgets it when `draft` is undefined. */
export function storeDraft(draft: SettingsDraft | undefined): void {
  if (!draft) {
    tabStorage.remove(DRAFT_KEY);
    return;
  }
  const { apiKey: _notKept, ...kept } = draft;
  // Where storage is refused, the draft lives as long as the page.
  tabStorage.write(DRAFT_KEY, JSON.stringify(kept));
}
