import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../hooks/use-locale';
import { activateLocale, LOCALES, t, type Locale } from '../lib/i18n';
import { followLocaleOfOtherTabs, rememberLocale } from '../stores/locale-choice';

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
const NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The page renders anew in the new language (LocaleRoot): the switch keeps the focus. */
let refocus = false;

async function switchLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  refocus = true;
  await activateLocale(locale, navigator.languages);
}

/** `lang` on <html> follows the page's language, for screen readers, fonts and hyphenation. */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Chosen in another tab: every tab of the dashboard speaks the same language.
  useEffect(
    () =>
      followLocaleOfOtherTabs((next) => {
        activateLocale(next, navigator.languages).catch((error: unknown) => {
          console.error('The language chosen in another tab could not be loaded.', error);
        });
      }),
    [],
  );
}

export function LanguageSwitch() {
  const locale = useLocale();
  const ref = useRef<HTMLSelectElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    ref.current?.focus();
  }, []);
  return (
    <label className="flex items-center gap-1.5 text-xs text-slate-600">
      {t('Language')}
      <select
        ref={ref}
        value={locale}
        onChange={(event) => {
          const next = LOCALES.find((candidate) => candidate === event.target.value);
          if (!next) return;
          setFailed(false);
          switchLocale(next).catch(() => setFailed(true));
        }}
        className="select-field"
      >
        {LOCALES.map((candidate) => (
          <option key={candidate} value={candidate} lang={candidate}>
            {NAMES[candidate]}
          </option>
        ))}
      </select>
      {failed ? (
        <span role="alert" className="text-red-700">
          {t('That language could not be loaded: check the connection and try again.')}
        </span>
      ) : null}
    </label>
  );
}
