import { useSyncExternalStore } from 'react';
import { currentLocale, subscribeLocale } from '../lib/i18n';

/** The active language; the component renders again when it changes. */
export const useLocale = () => useSyncExternalStore(subscribeLocale, currentLocale);
