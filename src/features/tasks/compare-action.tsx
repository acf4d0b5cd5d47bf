// The bulk bar's Compare: a link to the selected tasks side by side (the compare page).
import { Link } from '../../components/ui/link';
import { t } from '../../lib/i18n';

/** Side by side takes two to four finished videos. */
const COMPARE_MIN = 2;
const COMPARE_MAX = 4;

/** A link to the selected tasks side by side, or a disabled button that says why not. */
export function CompareAction({ ids, succeeded }: { ids: readonly string[]; succeeded: number }) {
  const problem =
    ids.length < COMPARE_MIN || ids.length > COMPARE_MAX
      ? t('Select two to four finished tasks to compare them side by side.')
      : succeeded < ids.length
        ? t('Only tasks that succeeded have videos to compare.')
        : undefined;
  return problem === undefined ? (
    <Link
      className="btn-secondary"
      to={`/compare?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}`}
    >
      {t('Compare')}
    </Link>
  ) : (
    <button type="button" className="btn-secondary" disabled title={problem}>
      {t('Compare')}
    </button>
  );
}
