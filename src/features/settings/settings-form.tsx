// The Settings form: the provider's address and endpoints, the key, and how fast to ask.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type Dispatch,
  type FormEvent,
  type SetStateAction,
} from 'react';
import { fetchCatalogue } from '../../api/get-catalogue';
import { requestLimiter } from '../../api/request-limiter';
import { DEFAULT_QUERY_TEMPLATES } from '../../domain/query-endpoints';
import {
  DEFAULT_BASE_URL,
  MAX_IN_FLIGHT_LIMIT,
  MAX_POLL_SECONDS,
  MAX_REQUESTS_PER_SECOND,
  MIN_POLL_SECONDS,
  useConnectionActions,
} from '../../stores/connection-store';
import { useKeyActions } from '../../stores/key-store';
import { RichText } from '../../components/ui/rich-text';
import { intlCached, t } from '../../lib/i18n';
import type { SettingsDraft } from './settings-draft';
import { CheckboxRow, describedBy, FieldRow, NumberInput } from './settings-fields';
import { validateSettings, type SettingsErrors, type SettingsText } from './settings-validation';

/** The checked fields in the order the form shows them. */
const FIELD_ORDER: readonly (keyof SettingsText)[] = [
  'baseUrl',
  'queryTemplates',
  'apiKey',
  'forwardedHost',
  'pollInterval',
  'maxInFlight',
  'requestsPerSecond',
];

interface SettingsFormProps {
  draft: SettingsDraft;
  setDraft: Dispatch<SetStateAction<SettingsDraft>>;
}

/** "2–600" in the locale's numbers and dash. */
function range(min: number, max: number): string {
  return intlCached('number', (locale) => new Intl.NumberFormat(locale)).formatRange(min, max);
}

const code = (text: string) => <code>{text}</code>;

/** The header's own name, the same in every language. */
const FORWARDED_HOST_HEADER = 'X-Forwarded-Host';

export function SettingsForm({ draft, setDraft }: SettingsFormProps) {
  const uid = useId();
  const { saveConnection } = useConnectionActions();
  const { saveKey, forgetKey } = useKeyActions();
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [message, setMessage] = useState<string>();
  const [showKey, setShowKey] = useState(false);

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

  // After a failed Save, the first wrong field takes the focus once its error is rendered, so it
  // is announced with it. (flushSync would do it in the handler, but importing react-dom's
  // own module costs the first screen 1.7 kB.)
  const focusFirstWrong = useRef(false);
  useEffect(() => {
    if (!focusFirstWrong.current) return;
    focusFirstWrong.current = false;
    const first = FIELD_ORDER.find((field) => errors[field] !== undefined);
    if (first) document.getElementById(ids[first])?.focus();
  });

  const update = <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setMessage(undefined);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateSettings(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setMessage(t('Nothing was saved: fix the fields marked in red.'));
      focusFirstWrong.current = true;
      return;
    }
    setErrors({});
    const { apiKey, queryTemplates, ...connection } = checked.settings;
    saveConnection({ ...connection, queryTemplates, viaProxy: draft.viaProxy });
    saveKey(apiKey, draft.remember);
    requestLimiter.clearKeyRejections();
    // The form shows what was saved, in the form it was saved in.
    setDraft((current) => ({
      ...current,
      baseUrl: connection.baseUrl,
      queryTemplates: queryTemplates.join('\n'),
      apiKey,
      forwardedHost: connection.forwardedHost,
      pollInterval: String(connection.pollIntervalSeconds),
      maxInFlight: String(connection.maxInFlight),
      requestsPerSecond: String(connection.requestsPerSecond),
    }));
    setMessage(apiKey ? t('Saved.') : t('Saved. Add an API key to start polling.'));
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
    setMessage(t('The key was removed from every open tab and from this device.'));
  };

  return (
    <form onSubmit={save} className="card space-y-4" noValidate>
      <FieldRow
        id={ids.baseUrl}
        label={t('Base URL')}
        error={errors.baseUrl}
        hint={t("The provider's API address, with or without /v1. Default {url}.", {
          url: DEFAULT_BASE_URL,
        })}
      >
        {/* A phone gives the field the whole width and puts the button under it. */}
        <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-stretch">
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
            {t('Use built-in simulator')}
          </button>
        </div>
      </FieldRow>

      <FieldRow
        id={ids.queryTemplates}
        label={t('Query endpoints')}
        error={errors.queryTemplates}
        hint={
          <RichText
            message="One path per line, with {id} where the task id goes. Each task is asked at the first path that knows it, and remembered there; ids like <code>veo…:</code>, <code>grok:</code>, <code>cgt-…</code> try their family's path first. Add your provider's own paths, e.g. <code>/api/v3/contents/generations/tasks/{id}</code> or <code>/kling/v1/videos/text2video/{id}</code>."
            parts={{ code }}
          />
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
          {t('Restore default endpoints')}
        </button>
      </FieldRow>

      <FieldRow
        id={ids.apiKey}
        label={t('API key')}
        error={errors.apiKey}
        hint={
          <RichText
            message="Sent only to the base URL's own server, as <code>Authorization: Bearer …</code>"
            parts={{ code }}
          />
        }
      >
        <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-stretch">
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
            {showKey ? t('Hide key') : t('Show key')}
          </button>
        </div>
      </FieldRow>
      <CheckboxRow
        id={ids.remember}
        label={t('Remember on this device')}
        checked={draft.remember}
        onChange={(checked) => update('remember', checked)}
        hintClassName={draft.remember ? 'text-amber-800' : 'text-slate-600'}
        hint={
          draft.remember
            ? t(
                'The key will be stored in this browser until you press “Forget key”: anyone using this device profile can read it.',
              )
            : t(
                'Without this, the key is kept only while a tab of this dashboard is open; tabs opened meanwhile take it from an open one.',
              )
        }
      />

      <FieldRow
        id={ids.forwardedHost}
        label={FORWARDED_HOST_HEADER}
        error={errors.forwardedHost}
        hint={t('Optional. Some resellers ask for it, e.g. api.quickrouter.ai.')}
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
        label={t('Poll interval')}
        error={errors.pollInterval}
        hint={t(
          "Seconds between checks of each unfinished task ({range}). Every check spends your key's rate limit.",
          { range: range(MIN_POLL_SECONDS, MAX_POLL_SECONDS) },
        )}
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
          label={t('Max requests in flight')}
          error={errors.maxInFlight}
          hint={t('At most this many requests at once ({range}).', {
            range: range(1, MAX_IN_FLIGHT_LIMIT),
          })}
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
          label={t('Requests per second')}
          error={errors.requestsPerSecond}
          hint={t("Budget for one base URL. A 429 pauses it until the provider's wait is over.")}
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
        label={t('Send requests through this server')}
        checked={draft.viaProxy}
        onChange={(checked) => update('viaProxy', checked)}
        hint={t(
          "For providers that do not allow browsers to call them (CORS). This server forwards the request to the provider if its host is on the server's allow-list.",
        )}
      />

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <button type="submit" className="btn-primary">
          {t('Save')}
        </button>
        <button type="button" className="btn-secondary" onClick={forget}>
          {t('Forget key')}
        </button>
        <p role="status" className="text-sm text-slate-700">
          {message}
        </p>
      </div>
    </form>
  );
}
