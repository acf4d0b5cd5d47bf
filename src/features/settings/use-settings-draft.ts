// The Settings form's state: what is saved, what is typed, and what survives leaving the page.
import { useEffect, useState } from 'react';
import {
  useBaseUrl,
  useForwardedHost,
  useMaxInFlight,
  usePollIntervalSeconds,
  useQueryTemplates,
  useRequestsPerSecond,
  useViaProxy,
} from '../../stores/connection-store';
import { useApiKey, useKeyRemembered } from '../../stores/key-store';
import { readStoredDraft, storeDraft, type SettingsDraft } from './settings-draft';

/** The saved settings as the form shows them. */
function useSavedDraft(): SettingsDraft {
  const templates = useQueryTemplates();
  return {
    baseUrl: useBaseUrl(),
    queryTemplates: templates.join('\n'),
    apiKey: useApiKey(),
    remember: useKeyRemembered(),
    forwardedHost: useForwardedHost(),
    pollInterval: String(usePollIntervalSeconds()),
    viaProxy: useViaProxy(),
    maxInFlight: String(useMaxInFlight()),
    requestsPerSecond: String(useRequestsPerSecond()),
  };
}

/** What the stored draft keeps: everything but the key. */
const KEPT_FIELDS = [
  'baseUrl',
  'queryTemplates',
  'remember',
  'forwardedHost',
  'pollInterval',
  'viaProxy',
  'maxInFlight',
  'requestsPerSecond',
] as const satisfies readonly (keyof SettingsDraft)[];

export function useSettingsDraft() {
  const saved = useSavedDraft();
  // What was typed and not saved comes back after leaving the page or reloading the tab.
  const [restored] = useState(() => readStoredDraft(saved.queryTemplates, saved.apiKey));
  const [draft, setDraft] = useState<SettingsDraft>(() => restored ?? saved);
  // A key saved or forgotten in another tab arrives here too: the field follows it, unless
  // someone has typed in it. Adjusted while rendering, as React documents for such cases.
  const [keyShown, setKeyShown] = useState({ apiKey: saved.apiKey, remember: saved.remember });
  if (keyShown.apiKey !== saved.apiKey || keyShown.remember !== saved.remember) {
    setKeyShown({ apiKey: saved.apiKey, remember: saved.remember });
    if (draft.apiKey === keyShown.apiKey && draft.remember === keyShown.remember) {
      setDraft({ ...draft, apiKey: saved.apiKey, remember: saved.remember });
    }
  }
  const keptChanged = KEPT_FIELDS.some((field) => draft[field] !== saved[field]);
  const dirty = keptChanged || draft.apiKey !== saved.apiKey;
  useEffect(() => storeDraft(keptChanged ? draft : undefined), [keptChanged, draft]);
  useEffect(() => {
    if (!dirty) return;
    // Reloading or closing the tab with unsaved settings asks first, as the browser allows.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    draft,
    setDraft,
    /** Unsaved changes from an earlier visit are on show. */
    restoredUnsaved: restored !== undefined && dirty,
    discard: () => setDraft(saved),
  };
}
