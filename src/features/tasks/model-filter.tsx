import { useId } from 'react';
import { t } from '../../lib/i18n';
import { MODEL_NOT_KNOWN, modelOptions } from './list-filters';

interface ModelFilterProps {
  modelCounts: ReadonlyMap<string, number>;
  allModelsCount: number;
  /** '' for every model. */
  selected: string;
  onSelect: (model: string) => void;
}

/**
 * A native select: one to a few dozen models fit, it works by keyboard and type-ahead, and a
 * phone shows its own picker instead of a row of buttons that would wrap over several lines.
 */
export function ModelFilter({ modelCounts, allModelsCount, selected, onSelect }: ModelFilterProps) {
  const id = useId();
  return (
    <div className="flex max-w-full min-w-0 items-center gap-1.5 text-sm">
      <label htmlFor={id} className="text-slate-700">
        {t('Model')}
      </label>
      <select
        id={id}
        value={selected}
        onChange={(event) => onSelect(event.target.value)}
        className="max-w-48 min-w-0 truncate select-field"
      >
        <option value="">{t('All models ({count})', { count: allModelsCount })}</option>
        {modelOptions(modelCounts, selected).map(({ value, count }) => (
          <option key={value} value={value}>
            {value === MODEL_NOT_KNOWN
              ? t('Model not known yet ({count})', { count })
              : t('{model} ({count})', { model: value, count })}
          </option>
        ))}
      </select>
    </div>
  );
}
