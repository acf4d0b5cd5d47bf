import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useState } from 'react';
import { usePageOffset } from '../../hooks/use-page-offset';
import { t } from '../../lib/i18n';
import type { RowsProps } from './rows-of-tasks';
import { TaskRow } from './task-row';

const ESTIMATED_ROW_HEIGHT = 112;
const estimateSize = () => ESTIMATED_ROW_HEIGHT;

/** Only the rows near the viewport exist in the page, so a thousand tasks stay smooth. */
export function VirtualRows({ ids, hasKey, onRemove, onSelect }: RowsProps) {
  const [listElement, setListElement] = useState<HTMLUListElement | null>(null);
  const scrollMargin = usePageOffset(listElement);
  // Kept while the ids are: the virtualiser measures every row again (ten thousand objects)
  // whenever this function changes, and the list renders on every scroll and every answer.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  const virtualizer = useWindowVirtualizer({
    count: ids.length,
    estimateSize,
    overscan: 6,
    scrollMargin,
    getItemKey,
  });
  return (
    <ul
      ref={setListElement}
      aria-label={t('Tasks')}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const id = ids[item.index];
        if (id === undefined) return null;
        return (
          <TaskRow
            key={item.key}
            id={id}
            hasKey={hasKey}
            onRemove={onRemove}
            onSelect={onSelect}
            index={item.index}
            setSize={ids.length}
            offset={item.start - virtualizer.options.scrollMargin}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
    </ul>
  );
}
