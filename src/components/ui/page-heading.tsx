// Each page's one h1. It names the page in the tab's title (the one place that sets
// document.title), and takes the focus when the page was navigated to, so keyboard and
// screen-reader users start from the new page instead of from <body>. A page opened by its
// address keeps the browser's own start; a change of filters (the same page) moves nothing.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { currentLocale, type Locale } from '../../lib/i18n';

/** The product's name, the same in every language. */
export const APP_NAME = 'Reelwatch';

let pageTitle = '';
let badge = '';
const showTitle = () => {
  document.title = badge + (pageTitle ? `${pageTitle} · ${APP_NAME}` : APP_NAME);
};

/** Sets the tab's title: the page first, then the app. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    pageTitle = title;
    showTitle();
  }, [title]);
}

/** What the tab says before the page's title while nobody looks (app/attention/). */
export function setTitleBadge(text: string): void {
  badge = text;
  showTitle();
}

interface PageHeadingProps {
  children: ReactNode;
  /** The page's name in the tab title; left out where the page sets a fuller one itself. */
  title?: string;
  id?: string;
  className?: string;
}

function SetDocumentTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

/**
 * Where and in which language a heading was last shown. A change of language renders the page
 * anew at the same place, which is no navigation: the focus stays on the language switch.
 */
let lastShown: { key: string; locale: Locale } | undefined;

function isNewLanguageHere(key: string): boolean {
  const locale = currentLocale();
  const same = lastShown?.key === key && lastShown.locale !== locale;
  lastShown = { key, locale };
  return same;
}

export function PageHeading({ children, title, id, className = '' }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();
  const focusedFor = useRef<string>(undefined);
  useEffect(() => {
    const newLanguage = isNewLanguageHere(key);
    if (focusedFor.current === pathname) return;
    const firstShown = focusedFor.current === undefined;
    focusedFor.current = pathname;
    // "default" is the key of the entry the document was loaded at.
    if (!newLanguage && (!firstShown || key !== 'default')) ref.current?.focus();
  }, [pathname, key]);
  return (
    <>
      {title === undefined ? null : <SetDocumentTitle title={title} />}
      <h1 ref={ref} id={id} tabIndex={-1} className={`focus:outline-none ${className}`}>
        {children}
      </h1>
    </>
  );
}
