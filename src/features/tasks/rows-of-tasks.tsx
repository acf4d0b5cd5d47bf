import { Suspense } from 'react';
import { t } from '../../lib/i18n';
import { lazyWithPreload } from '../../lib/lazy-with-preload';
import { trackedTasksNow } from '../../stores/tasks-store';
import { TaskRow } from './task-row';

/** Up to this many rows render as a plain list; beyond it, only the rows near the viewport. */
const VIRTUALISE_ABOVE = 60;

// The virtualiser is only needed for long lists, so its code loads only then.
const VirtualRows = lazyWithPreload(async () => (await import('./virtual-rows')).VirtualRows);
// A long list kept from last time needs the virtualiser for its first frame: its code is asked
// for now, beside the stored answers, rather than after sixty plain rows were drawn and swapped.
if (trackedTasksNow().length > VIRTUALISE_ABOVE) void VirtualRows.preload();

export interface RowsProps {
  ids: readonly string[];
  hasKey: boolean;
  onRemove: (id: string) => void;
  onSelect: (id: string, on: boolean, range: boolean) => void;
}

function PlainRows({
  ids,
  hasKey,
  onRemove,
  onSelect,
  setSize = ids.length,
}: RowsProps & { setSize?: number }) {
  return (
    <ul aria-label={t('Tasks')}>
      {ids.map((id, index) => (
        <TaskRow
          key={id}
          id={id}
          hasKey={hasKey}
          onRemove={onRemove}
          onSelect={onSelect}
          index={index}
          setSize={setSize}
        />
      ))}
    </ul>
  );
}

export function RowsOfTasks(props: RowsProps) {
  if (props.ids.length <= VIRTUALISE_ABOVE) return <PlainRows {...props} />;
  return (
    // While the virtualiser loads (once), the first rows show as a plain list.
    <Suspense
      fallback={
        <PlainRows
          {...props}
          ids={props.ids.slice(0, VIRTUALISE_ABOVE)}
          setSize={props.ids.length}
        />
      }
    >
      <VirtualRows {...props} />
    </Suspense>
  );
}
