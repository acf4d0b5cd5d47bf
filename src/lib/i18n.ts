// Every word a user reads passes through here. English is written in place, as the message
// itself (`t('Remove')`), so the English first screen carries no catalog at all; another language
// is a catalog keyed by that English text (src/lib/locales/), loaded on demand when chosen.
// tests/unit/lib/catalog-completeness.test.ts checks that each catalog has every message the
// source passes to `t`, `tp` and <RichText>, and no stale one; eslint.config.js refuses words
// written straight into JSX. Numbers go through `Intl` in the active locale: a number passed as a
// value ({count}) is formatted, a string is left as it is (ids, names).
//
// Why not a library: Lingui 6 needs Node 22 and a compile step; i18next is several times the
// size of this whole file; rosetta and its kind have no plurals and no types. This is a lookup,
// a placeholder fill and `Intl.PluralRules`.

export type Locale = 'en' | 'zh-CN';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** A catalog: the English message → the same message in another language. */
export type Catalog = Readonly<Record<string, string>>;

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * English has two plural forms. Another language's catalog translates the `other` form, and
 * Chinese needs only that one.
 */
export interface PluralMessage {
  one: string;
  other: string;
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalog }>> = {
  'zh-CN': () => import('./locales/zh-CN'),
};

let active: Locale = 'en';
/** The locale that formats dates and numbers: the browser's own variant of the language. */
let formatLocale = 'en';
let catalog: Catalog = {};
const listeners = new Set<() => void>();

export const currentLocale = (): Locale => active;
export const intlLocale = (): string => formatLocale;

/** The first of the browser's languages that we speak, Chinese of any script as zh-CN. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** The browser's own tag for `locale` where it names one ("en-GB"), for its clock and numbers. */
function formatTagFor(locale: Locale, languages: readonly string[]): string {
  if (locale !== 'en') return locale;
  return languages.find((language) => /^en(-|$)/i.test(language)) ?? 'en';
}

/** Loads the catalog of `locale` (English has none), then makes it the active one. */
export async function activateLocale(
  locale: Locale,
  languages: readonly string[] = [],
): Promise<void> {
  const next = locale === 'en' ? {} : (await loaders[locale]()).default;
  active = locale;
  formatLocale = formatTagFor(locale, languages);
  catalog = next;
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const cache = new Map<string, unknown>();

/** One `Intl` formatter per locale and options, made once (they are slow to make). */
export function intlCached<T>(name: string, make: (locale: string) => T): T {
  const key = `${formatLocale}|${name}`;
  if (!cache.has(key)) cache.set(key, make(formatLocale));
  return cache.get(key) as T;
}

export function formatNumber(value: number): string {
  return intlCached('number', (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** The message in the active language, placeholders as written: for <RichText>. */
export function translate(message: string): string {
  return catalog[message] ?? message;
}

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function fill(message: string, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** `message` in the active language, with its placeholders filled. */
export function t(message: string, values?: MessageValues): string {
  return fill(translate(message), values);
}

/** The form of `forms` that `count` takes in the active language; `{count}` is the number. */
export function tp(count: number, forms: PluralMessage, values?: MessageValues): string {
  const translated = catalog[forms.other];
  const rules = intlCached('plural', (locale) => new Intl.PluralRules(locale));
  const english = rules.select(count) === 'one' ? forms.one : forms.other;
  return fill(translated ?? english, { count, ...values });
}

/**
 * "a, b and c" in the active language; the narrow style leaves out the "and" ("a, b, c", in
 * Chinese "a、b、c"), for ids and counts.
 */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction',
  style: 'long' | 'narrow' = 'long',
): string {
  return intlCached(
    `list-${type}-${style}`,
    (locale) => new Intl.ListFormat(locale, { type, style }),
  ).format(items);
}
