// The language the user chose in the header, remembered on this device. Until they choose, the
// browser's languages decide (lib/i18n.ts `detectLocale`), so a Chinese browser starts in Chinese.
import { detectLocale, LOCALES, t, type Locale } from '../lib/i18n';
import { deviceStorage } from './web-storage';

const LOCALE_STORAGE_KEY = 'sora-dashboard:locale';

const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value);

/** The remembered choice, else the browser's first language we speak. */
export function chosenLocale(languages: readonly string[]): Locale {
  const stored = deviceStorage.read(LOCALE_STORAGE_KEY);
  return isLocale(stored) ? stored : detectLocale(languages);
}

export function rememberLocale(locale: Locale): void {
  deviceStorage.write(LOCALE_STORAGE_KEY, locale, () => t('the language'));
}

/** Another tab chose a language: `follow` gets it. Returns the unsubscribe. */
export function followLocaleOfOtherTabs(follow: (locale: Locale) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === LOCALE_STORAGE_KEY && isLocale(event.newValue)) follow(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
