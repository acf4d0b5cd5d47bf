import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useLocale } from '../hooks/use-locale';
import { useDocumentLanguage } from './language-switch';

/**
 * A change of language renders the whole page anew, so no word is left in the old one. What the
 * user entered lives in stores and drafts, the tasks in the query cache, the place in the URL:
 * none of it is lost.
 */
function LocaleRoot({ children }: { children: ReactNode }) {
  const locale = useLocale();
  useDocumentLanguage();
  return <Fragment key={locale}>{children}</Fragment>;
}

export function Providers({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleRoot>{children}</LocaleRoot>
    </QueryClientProvider>
  );
}
