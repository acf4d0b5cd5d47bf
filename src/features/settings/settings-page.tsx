import { PageHeading } from '../../components/ui/page-heading';
import { t } from '../../lib/i18n';
import { KeptVideosSection } from './kept-videos-section';
import { NotificationSettings } from './notification-settings';
import { SettingsForm } from './settings-form';
import { useSettingsDraft } from './use-settings-draft';

export function SettingsPage() {
  const { draft, setDraft, restoredUnsaved, discard } = useSettingsDraft();
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeading title={t('Settings')} className="text-xl font-semibold">
        {t('Settings')}
      </PageHeading>
      {restoredUnsaved ? (
        <div
          role="status"
          className="card flex flex-wrap items-center gap-3 border-l-4 border-amber-500"
        >
          <p className="text-sm font-medium">
            {t('Changes you made earlier and did not save are filled in below.')}
          </p>
          <button type="button" className="btn-secondary" onClick={discard}>
            {t('Discard changes')}
          </button>
        </div>
      ) : null}
      <SettingsForm draft={draft} setDraft={setDraft} />
      <NotificationSettings />
      <KeptVideosSection />
    </div>
  );
}
