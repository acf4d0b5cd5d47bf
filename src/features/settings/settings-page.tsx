import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../domain/api-error';
import { at } from '../../lib/json-reader';
import { fetchCatalogue } from '../../api/get-catalogue';
import { normaliseBaseUrl } from '../../api/http-client';
import { checkQueryTemplates } from '../../api/check-query-templates';
import { DEFAULT_QUERY_TEMPLATES } from '../../domain/query-endpoints';
import { requestLimiter } from '../../api/request-limiter';
import {
  DEFAULT_BASE_URL,
  MAX_IN_FLIGHT_LIMIT,
  MAX_POLL_SECONDS,
  MAX_REQUESTS_PER_SECOND,
  MIN_POLL_SECONDS,
  useBaseUrl,
  useConnectionActions,
  useForwardedHost,
  useMaxInFlight,
  usePollIntervalSeconds,
  useQueryTemplates,
  useRequestsPerSecond,
  useViaProxy,
} from '../../stores/connection-store';
import { useApiKey, useKeyActions, useKeyRemembered } from '../../stores/key-store';

type Field =
  | 'baseUrl'
  | 'queryTemplates'
  | 'apiKey'
  | 'forwardedHost'
  | 'pollInterval'
  | 'maxInFlight'
  | 'requestsPerSecond';
type Errors = Partial<Record<Field, string>>;

interface Draft {
  baseUrl: string;
  /** One template per line, as typed. */
  queryTemplates: string;
  apiKey: string;
  remember: boolean;
  forwardedHost: string;
  pollInterval: string;
  viaProxy: boolean;
  maxInFlight: string;
  requestsPerSecond: string;
}

const HOST_PATTERN = /^[a-z0-9.-]+(:\d{1,5})?$/i;

function validate(draft: Draft): Errors {
  const errors: Errors = {};
  let base: string | undefined;
  try {
    base = normaliseBaseUrl(draft.baseUrl);
  } catch (error) {
    errors.baseUrl = isApiError(error) ? error.message : 'This base URL cannot be used.';
  }
  const templates = checkQueryTemplates(draft.queryTemplates, base);
  if (!templates.ok) errors.queryTemplates = templates.problems.join('\n');
  if (/\s/.test(draft.apiKey.trim())) {
    errors.apiKey = 'An API key has no spaces inside. Paste only the key, without “Bearer”.';
  }
  const host = draft.forwardedHost.trim();
  if (host && !HOST_PATTERN.test(host)) {
    errors.forwardedHost =
      'Enter a host name only, like api.quickrouter.ai (no https://, no path).';
  }
  const poll = Number(draft.pollInterval);
  if (!Number.isFinite(poll) || poll < MIN_POLL_SECONDS || poll > MAX_POLL_SECONDS) {
    errors.pollInterval = `Enter a number of seconds from ${MIN_POLL_SECONDS} to ${MAX_POLL_SECONDS}.`;
  }
  const inFlight = Number(draft.maxInFlight);
  if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > MAX_IN_FLIGHT_LIMIT) {
    errors.maxInFlight = `Enter a whole number from 1 to ${MAX_IN_FLIGHT_LIMIT}.`;
  }
  const perSecond = Number(draft.requestsPerSecond);
  if (!Number.isInteger(perSecond) || perSecond < 1 || perSecond > MAX_REQUESTS_PER_SECOND) {
    errors.requestsPerSecond = `Enter a whole number from 1 to ${MAX_REQUESTS_PER_SECOND}.`;
  }
  return errors;
}

interface FieldRowProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

function FieldRow({ id, label, hint, error, children }: FieldRowProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm whitespace-pre-line text-rose-700">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckboxRowProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint: string;
  hintClassName?: string;
}

function CheckboxRow({ id, label, checked, onChange, hint, hintClassName }: CheckboxRowProps) {
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-hint`}
          className="h-4 w-4 accent-indigo-600"
        />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      <p id={`${id}-hint`} className={`text-xs ${hintClassName ?? 'text-slate-600'}`}>
        {hint}
      </p>
    </div>
  );
}

const DRAFT_KEY = 'sora-dashboard:settings-draft';

/**
 * The unsaved form, kept for this tab only (sessionStorage), without the API key: the key is
 * written only where the key store puts it. A key typed and not saved is not kept (leaving the
 * page with unsaved changes asks first); the field shows the saved key again.
 */
function readStoredDraft(fallbackTemplates: string, savedKey: string): Draft | undefined {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');
    // An older build kept the key in the draft: it goes now.
    if (at(parsed, 'apiKey') !== undefined) sessionStorage.removeItem(DRAFT_KEY);
    const text = (field: keyof Draft) => {
      const value = at(parsed, field);
      return typeof value === 'string' ? value : undefined;
    };
    const flag = (field: keyof Draft) => at(parsed, field) === true;
    const baseUrl = text('baseUrl');
    const queryTemplates = text('queryTemplates');
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
      queryTemplates: queryTemplates ?? fallbackTemplates,
      apiKey: savedKey,
      forwardedHost,
      pollInterval,
      maxInFlight,
      requestsPerSecond,
      remember: flag('remember'),
      viaProxy: flag('viaProxy'),
    };
  } catch {
    return undefined;
  }
}

function storeDraft(draft: Draft | undefined): void {
  try {
    if (draft) {
      const { apiKey: _notKept, ...kept } = draft;
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(kept));
    } else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage disabled: the draft lives as long as the page.
  }
}

interface NumberInputProps {
  id: string;
  min: number;
  max: number;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** A whole-number field; its error and hint are announced with it. */
function NumberInput({ id, min, max, value, error, onChange }: NumberInputProps) {
  return (
    <input
      id={id}
      className="field w-32"
      type="number"
      min={min}
      max={max}
      step={1}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error, true)}
    />
  );
}

function describedBy(id: string, error: string | undefined, hasHint: boolean): string | undefined {
  const ids = [error ? `${id}-error` : '', hasHint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function SettingsPage() {
  const uid = useId();
  const savedBaseUrl = useBaseUrl();
  const savedKey = useApiKey();
  const remembered = useKeyRemembered();
  const savedHost = useForwardedHost();
  const savedPoll = usePollIntervalSeconds();
  const savedViaProxy = useViaProxy();
  const savedMaxInFlight = useMaxInFlight();
  const savedPerSecond = useRequestsPerSecond();
  const savedTemplates = useQueryTemplates().join('\n');
  const { saveConnection } = useConnectionActions();
  const { saveKey, forgetKey } = useKeyActions();

  const saved: Draft = {
    baseUrl: savedBaseUrl,
    queryTemplates: savedTemplates,
    apiKey: savedKey,
    remember: remembered,
    forwardedHost: savedHost,
    pollInterval: String(savedPoll),
    viaProxy: savedViaProxy,
    maxInFlight: String(savedMaxInFlight),
    requestsPerSecond: String(savedPerSecond),
  };
  // What was typed and not saved comes back after leaving the page or reloading the tab.
  const [restored] = useState(() => readStoredDraft(savedTemplates, savedKey));
  const [draft, setDraft] = useState<Draft>(() => restored ?? saved);
  // A key saved or forgotten in another tab arrives here too: the field follows it, unless
  // someone has typed in it. Adjusted while rendering, as React documents for such cases.
  const [keyShown, setKeyShown] = useState({ apiKey: savedKey, remember: remembered });
  if (keyShown.apiKey !== savedKey || keyShown.remember !== remembered) {
    setKeyShown({ apiKey: savedKey, remember: remembered });
    if (draft.apiKey === keyShown.apiKey && draft.remember === keyShown.remember) {
      setDraft({ ...draft, apiKey: savedKey, remember: remembered });
    }
  }
  const [errors, setErrors] = useState<Errors>({});
  // What the stored draft keeps: everything but the key.
  const keptChanged =
    draft.baseUrl !== savedBaseUrl ||
    draft.queryTemplates !== savedTemplates ||
    draft.remember !== remembered ||
    draft.forwardedHost !== savedHost ||
    draft.pollInterval !== String(savedPoll) ||
    draft.viaProxy !== savedViaProxy ||
    draft.maxInFlight !== String(savedMaxInFlight) ||
    draft.requestsPerSecond !== String(savedPerSecond);
  const dirty = keptChanged || draft.apiKey !== savedKey;
  useEffect(() => storeDraft(keptChanged ? draft : undefined), [keptChanged, draft]);
  useEffect(() => {
    if (!dirty) return;
    // Reloading or closing the tab with unsaved settings asks first, as the browser allows.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const [message, setMessage] = useState<string>();
  const [showKey, setShowKey] = useState(false);

  const update = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setMessage(undefined);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length) {
      setMessage('Nothing was saved: fix the fields marked in red.');
      return;
    }
    const base = normaliseBaseUrl(draft.baseUrl);
    const templates = checkQueryTemplates(draft.queryTemplates, base);
    if (!templates.ok) return;
    saveConnection({
      baseUrl: base,
      queryTemplates: templates.templates,
      forwardedHost: draft.forwardedHost.trim(),
      pollIntervalSeconds: Number(draft.pollInterval),
      viaProxy: draft.viaProxy,
      maxInFlight: Number(draft.maxInFlight),
      requestsPerSecond: Number(draft.requestsPerSecond),
    });
    saveKey(draft.apiKey, draft.remember);
    requestLimiter.clearKeyRejections();
    setDraft((current) => ({
      ...current,
      baseUrl: base,
      queryTemplates: templates.templates.join('\n'),
      apiKey: current.apiKey.trim(),
      forwardedHost: current.forwardedHost.trim(),
      pollInterval: String(Number(current.pollInterval)),
      maxInFlight: String(Number(current.maxInFlight)),
      requestsPerSecond: String(Number(current.requestsPerSecond)),
    }));
    setMessage(draft.apiKey.trim() ? 'Saved.' : 'Saved. Add an API key to start polling.');
  };

  /** The simulator also relays vendor paths: its address and its endpoints change together. */
  const connectBuiltInSimulator = async () => {
    const origin = window.location.origin;
    const endpoints = await fetchCatalogue(origin).then(
      (catalogue) => catalogue.endpoints,
      () => [], // no simulator here: the address alone is set
    );
    setDraft((current) => ({
      ...current,
      baseUrl: origin,
      viaProxy: false,
      queryTemplates: endpoints.length ? endpoints.join('\n') : current.queryTemplates,
    }));
    setMessage(undefined);
  };

  const forget = () => {
    forgetKey();
    setDraft((current) => ({ ...current, apiKey: '', remember: false }));
    setMessage('The key was removed from every open tab and from this device.');
  };

  const ids = {
    baseUrl: `${uid}-base-url`,
    queryTemplates: `${uid}-query-templates`,
    apiKey: `${uid}-api-key`,
    remember: `${uid}-remember`,
    forwardedHost: `${uid}-forwarded-host`,
    pollInterval: `${uid}-poll-interval`,
    viaProxy: `${uid}-via-proxy`,
    maxInFlight: `${uid}-max-in-flight`,
    requestsPerSecond: `${uid}-requests-per-second`,
  };

  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-xl font-semibold">Settings</h1>
      {restored && dirty ? (
        <div
          role="status"
          className="card flex flex-wrap items-center gap-3 border-l-4 border-amber-500"
        >
          <p className="text-sm font-medium">
            Changes you made earlier and did not save are filled in below.
          </p>
          <button type="button" className="btn-secondary" onClick={() => setDraft(saved)}>
            Discard changes
          </button>
        </div>
      ) : null}
      <form onSubmit={save} className="card space-y-4" noValidate>
        <FieldRow
          id={ids.baseUrl}
          label="Base URL"
          error={errors.baseUrl}
          hint={
            <>The provider&apos;s API address, with or without /v1. Default {DEFAULT_BASE_URL}.</>
          }
        >
          <div className="flex gap-2">
            <input
              id={ids.baseUrl}
              className="field font-mono"
              value={draft.baseUrl}
              onChange={(event) => update('baseUrl', event.target.value)}
              aria-invalid={errors.baseUrl ? true : undefined}
              aria-describedby={describedBy(ids.baseUrl, errors.baseUrl, true)}
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
            />
            <button
              type="button"
              className="btn-secondary shrink-0"
              onClick={() => void connectBuiltInSimulator()}
            >
              Use built-in simulator
            </button>
          </div>
        </FieldRow>

        <FieldRow
          id={ids.queryTemplates}
          label="Query endpoints"
          error={errors.queryTemplates}
          hint={
            <>
              One path per line, with {'{id}'} where the task id goes. Each task is asked at the
              first path that knows it, and remembered there; ids like veo…:, grok:, cgt-… try their
              family&apos;s path first. Add your provider&apos;s own paths, e.g.{' '}
              <code>/api/v3/contents/generations/tasks/{'{id}'}</code> or{' '}
              <code>/kling/v1/videos/text2video/{'{id}'}</code>.
            </>
          }
        >
          <textarea
            id={ids.queryTemplates}
            className="field font-mono"
            rows={Math.max(3, draft.queryTemplates.split('\n').length)}
            value={draft.queryTemplates}
            onChange={(event) => update('queryTemplates', event.target.value)}
            aria-invalid={errors.queryTemplates ? true : undefined}
            aria-describedby={describedBy(ids.queryTemplates, errors.queryTemplates, true)}
            spellCheck={false}
            autoComplete="off"
          />
          <button
            type="button"
            className="btn-secondary"
            onClick={() => update('queryTemplates', DEFAULT_QUERY_TEMPLATES.join('\n'))}
          >
            Restore default endpoints
          </button>
        </FieldRow>

        <FieldRow
          id={ids.apiKey}
          label="API key"
          error={errors.apiKey}
          hint="Sent only to the base URL's own server, as Authorization: Bearer …"
        >
          <div className="flex gap-2">
            <input
              id={ids.apiKey}
              className="field font-mono"
              type={showKey ? 'text' : 'password'}
              value={draft.apiKey}
              onChange={(event) => update('apiKey', event.target.value)}
              aria-invalid={errors.apiKey ? true : undefined}
              aria-describedby={describedBy(ids.apiKey, errors.apiKey, true)}
              autoComplete="off"
              spellCheck={false}
            />
            <button
              type="button"
              className="btn-secondary shrink-0"
              aria-pressed={showKey}
              onClick={() => setShowKey((shown) => !shown)}
            >
              {showKey ? 'Hide key' : 'Show key'}
            </button>
          </div>
        </FieldRow>
        <CheckboxRow
          id={ids.remember}
          label="Remember on this device"
          checked={draft.remember}
          onChange={(checked) => update('remember', checked)}
          hintClassName={draft.remember ? 'text-amber-800' : 'text-slate-600'}
          hint={
            draft.remember
              ? 'The key will be stored in this browser until you press “Forget key”: anyone using this device profile can read it.'
              : 'Without this, the key is kept only while a tab of this dashboard is open; tabs opened meanwhile take it from an open one.'
          }
        />

        <FieldRow
          id={ids.forwardedHost}
          label="X-Forwarded-Host"
          error={errors.forwardedHost}
          hint="Optional. Some resellers ask for it, e.g. api.quickrouter.ai."
        >
          <input
            id={ids.forwardedHost}
            className="field font-mono"
            value={draft.forwardedHost}
            onChange={(event) => update('forwardedHost', event.target.value)}
            aria-invalid={errors.forwardedHost ? true : undefined}
            aria-describedby={describedBy(ids.forwardedHost, errors.forwardedHost, true)}
            spellCheck={false}
          />
        </FieldRow>

        <FieldRow
          id={ids.pollInterval}
          label="Poll interval"
          error={errors.pollInterval}
          hint={`Seconds between checks of each unfinished task (${MIN_POLL_SECONDS}–${MAX_POLL_SECONDS}). Every check spends your key's rate limit.`}
        >
          <NumberInput
            id={ids.pollInterval}
            min={MIN_POLL_SECONDS}
            max={MAX_POLL_SECONDS}
            value={draft.pollInterval}
            error={errors.pollInterval}
            onChange={(value) => update('pollInterval', value)}
          />
        </FieldRow>

        <div className="grid gap-4 sm:grid-cols-2">
          <FieldRow
            id={ids.maxInFlight}
            label="Max requests in flight"
            error={errors.maxInFlight}
            hint={`At most this many requests at once (1–${MAX_IN_FLIGHT_LIMIT}).`}
          >
            <NumberInput
              id={ids.maxInFlight}
              min={1}
              max={MAX_IN_FLIGHT_LIMIT}
              value={draft.maxInFlight}
              error={errors.maxInFlight}
              onChange={(value) => update('maxInFlight', value)}
            />
          </FieldRow>
          <FieldRow
            id={ids.requestsPerSecond}
            label="Requests per second"
            error={errors.requestsPerSecond}
            hint="Budget for one base URL. A 429 pauses it until the provider's wait is over."
          >
            <NumberInput
              id={ids.requestsPerSecond}
              min={1}
              max={MAX_REQUESTS_PER_SECOND}
              value={draft.requestsPerSecond}
              error={errors.requestsPerSecond}
              onChange={(value) => update('requestsPerSecond', value)}
            />
          </FieldRow>
        </div>

        <CheckboxRow
          id={ids.viaProxy}
          label="Send requests through this server"
          checked={draft.viaProxy}
          onChange={(checked) => update('viaProxy', checked)}
          hint="For providers that do not allow browsers to call them (CORS). This server forwards the request to the provider if its host is on the server's allow-list."
        />

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          <button type="submit" className="btn-primary">
            Save
          </button>
          <button type="button" className="btn-secondary" onClick={forget}>
            Forget key
          </button>
          <p role="status" className="text-sm text-slate-700">
            {message}
          </p>
        </div>
      </form>
    </div>
  );
}
