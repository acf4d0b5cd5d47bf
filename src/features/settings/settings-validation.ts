// What Settings accepts. The form's text goes in as typed; out come either the settings to save,
// normalised (the base URL in its one form, trimmed text, numbers), or a message per field that
// says what to type instead.
import { checkQueryTemplates } from '../../domain/check-query-templates';
import { normaliseBaseUrl } from '../../api/http-client';
import { isApiError } from '../../domain/api-error';
import { t } from '../../lib/i18n';
import {
  MAX_IN_FLIGHT_LIMIT,
  MAX_POLL_SECONDS,
  MAX_REQUESTS_PER_SECOND,
  MIN_POLL_SECONDS,
} from '../../stores/connection-store';

/** The form's text fields, as typed. */
export interface SettingsText {
  baseUrl: string;
  /** One template per line. */
  queryTemplates: string;
  apiKey: string;
  forwardedHost: string;
  pollInterval: string;
  maxInFlight: string;
  requestsPerSecond: string;
}

export type SettingsErrors = Partial<Record<keyof SettingsText, string>>;

interface ValidSettings {
  baseUrl: string;
  queryTemplates: string[];
  apiKey: string;
  forwardedHost: string;
  pollIntervalSeconds: number;
  maxInFlight: number;
  requestsPerSecond: number;
}

export type SettingsCheck =
  { ok: true; settings: ValidSettings } | { ok: false; errors: SettingsErrors };

const HOST_PATTERN = /^[a-z0-9.-]+(:\d{1,5})?$/i;

function wholeNumber(text: string, max: number): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= max ? value : undefined;
}

/** Checks every field at once, so a person sees every problem after one Save. */
export function validateSettings(text: SettingsText): SettingsCheck {
  const errors: SettingsErrors = {};
  let baseUrl: string | undefined;
  try {
    baseUrl = normaliseBaseUrl(text.baseUrl);
  } catch (error) {
    errors.baseUrl = isApiError(error) ? error.message : t('This base URL cannot be used.');
  }
  const templates = checkQueryTemplates(text.queryTemplates, baseUrl);
  if (!templates.ok) errors.queryTemplates = templates.problems.join('\n');
  const apiKey = text.apiKey.trim();
  if (/\s/.test(apiKey)) {
    errors.apiKey = t('An API key has no spaces inside. Paste only the key, without “Bearer”.');
  }
  const forwardedHost = text.forwardedHost.trim();
  if (forwardedHost && !HOST_PATTERN.test(forwardedHost)) {
    errors.forwardedHost = t(
      'Enter a host name only, like api.quickrouter.ai (no https://, no path).',
    );
  }
  const poll = Number(text.pollInterval);
  if (!Number.isFinite(poll) || poll < MIN_POLL_SECONDS || poll > MAX_POLL_SECONDS) {
    errors.pollInterval = t('Enter a number of seconds from {min} to {max}.', {
      min: MIN_POLL_SECONDS,
      max: MAX_POLL_SECONDS,
    });
  }
  const maxInFlight = wholeNumber(text.maxInFlight, MAX_IN_FLIGHT_LIMIT);
  if (maxInFlight === undefined) {
    errors.maxInFlight = t('Enter a whole number from 1 to {max}.', { max: MAX_IN_FLIGHT_LIMIT });
  }
  const requestsPerSecond = wholeNumber(text.requestsPerSecond, MAX_REQUESTS_PER_SECOND);
  if (requestsPerSecond === undefined) {
    errors.requestsPerSecond = t('Enter a whole number from 1 to {max}.', {
      max: MAX_REQUESTS_PER_SECOND,
    });
  }
  if (
    baseUrl === undefined ||
    !templates.ok ||
    maxInFlight === undefined ||
    requestsPerSecond === undefined ||
    Object.keys(errors).length
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    settings: {
      baseUrl,
      queryTemplates: templates.templates,
      apiKey,
      forwardedHost,
      pollIntervalSeconds: poll,
      maxInFlight,
      requestsPerSecond,
    },
  };
}
