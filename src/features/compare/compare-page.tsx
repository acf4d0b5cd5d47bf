import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { Link } from '../../components/ui/link';
import { PageHeading } from '../../components/ui/page-heading';
import { linkTo, RichText } from '../../components/ui/rich-text';
import { formatList, t, tp } from '../../lib/i18n';
import { CompareColumn } from './compare-column';
import { MAX_COMPARED, MIN_COMPARED, readCompareIds, type CompareIds } from './compare-ids';
import { ControlBar } from './control-bar';
import { SyncGroup } from './sync-group';
import { SyncGroupContext } from './use-sync-group';

/** Side by side from 640 px up (two a row, four on a wide screen), stacked below. */
const COLUMNS: Record<number, string> = {
  2: 'sm:grid-cols-2',
  3: 'sm:grid-cols-2 lg:grid-cols-3',
  4: 'sm:grid-cols-2 lg:grid-cols-4',
};

/**
 * `/compare?ids=<id>,<id>[,…]`: 2 to 4 tasks side by side, their videos played as one. An
 * address that names fewer, more, or something that is not a task id says so, and asks for
 * nothing.
 */
export function ComparePage() {
  const reading = readCompareIds(new URLSearchParams(useLocation().search).get('ids'));
  if (reading.kind !== 'ok') return <CannotCompare reading={reading} />;
  // Other tasks are another comparison: nothing of this one's players carries over.
  return <Compare key={reading.ids.join(',')} ids={reading.ids} />;
}

function Compare({ ids }: { ids: string[] }) {
  const [group] = useState(() => new SyncGroup(ids));
  useEffect(() => () => group.stop(), [group]);
  const title = tp(ids.length, { one: 'Compare {count} task', other: 'Compare {count} tasks' });
  return (
    <article className="space-y-4" aria-labelledby="compare-heading">
      <nav aria-label={t('Breadcrumb')}>
        <Link to="/" className="link inline-flex min-h-6 items-center text-sm">
          {t('← All tasks')}
        </Link>
      </nav>
      <PageHeading id="compare-heading" title={title} className="text-lg font-semibold">
        {title}
      </PageHeading>
      <SyncGroupContext value={group}>
        <ControlBar />
        <div className={`grid grid-cols-1 items-start gap-4 ${COLUMNS[ids.length] ?? ''}`}>
          {ids.map((id) => (
            <CompareColumn key={id} id={id} />
          ))}
        </div>
      </SyncGroupContext>
    </article>
  );
}

function CannotCompare({ reading }: { reading: Exclude<CompareIds, { kind: 'ok' }> }) {
  return (
    <div role="alert" className="card space-y-2">
      <PageHeading title={t('Cannot compare these tasks')} className="text-lg font-semibold">
        {t('Cannot compare these tasks')}
      </PageHeading>
      {reading.kind === 'junk' ? (
        <p className="text-sm">
          {tp(
            reading.junk.length,
            {
              one: 'This is not a task id: {entries}.',
              other: 'These are not task ids: {entries}.',
            },
            {
              entries: formatList(
                reading.junk.map((entry) => `“${entry}”`),
                'conjunction',
              ),
            },
          )}
        </p>
      ) : (
        <p className="text-sm">
          {t(
            'Compare shows {min} to {max} different tasks side by side; this address names {count}.',
            {
              min: MIN_COMPARED,
              max: MAX_COMPARED,
              count: reading.count,
            },
          )}
        </p>
      )}
      {reading.kind === 'junk' && reading.more > 0 ? (
        <p className="text-sm">
          {tp(reading.more, {
            one: '{count} more entry is not a task id either.',
            other: '{count} more entries are not task ids either.',
          })}
        </p>
      ) : null}
      <p className="text-sm">
        <RichText
          message="Select {min} to {max} tasks on the <link>task list</link> to compare them."
          parts={{ link: linkTo('/') }}
          values={{ min: MIN_COMPARED, max: MAX_COMPARED }}
        />
      </p>
    </div>
  );
}
