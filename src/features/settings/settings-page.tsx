import { PageHeading } from '../../components/ui/page-heading';
import { SettingsForm } from './settings-form';
import { useSettingsDraft } from './use-settings-draft';

export function SettingsPage() {
  const { draft, setDraft, restoredUnsaved, discard } = useSettingsDraft();
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeading title="Settings" className="text-xl font-semibold">
        Settings
      </PageHeading>
      {restoredUnsaved ? (
        <div
          role="status"
          className="card flex flex-wrap items-center gap-3 border-l-4 border-amber-500"
        >
          <p className="text-sm font-medium">
            Changes you made earlier and did not save are filled in below.
          </p>
          <button type="button" className="btn-secondary" onClick={discard}>
            Discard changes
          </button>
        </div>
      ) : null}
      <SettingsForm draft={draft} setDraft={setDraft} />
    </div>
  );
}
