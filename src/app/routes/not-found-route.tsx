import { PageHeading } from '../../components/ui/page-heading';
import { linkTo, RichText } from '../../components/ui/rich-text';
import { t } from '../../lib/i18n';

export function NotFoundRoute() {
  return (
    <div className="card space-y-2">
      <PageHeading title={t('Page not found')} className="text-lg font-semibold">
        {t('Page not found')}
      </PageHeading>
      <p className="text-sm">
        <RichText
          message="There is nothing at this address. <link>Go to the task list</link>."
          parts={{ link: linkTo('/') }}
        />
      </p>
    </div>
  );
}
