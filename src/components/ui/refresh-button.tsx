import type { ComponentProps } from 'react';
import { t } from '../../lib/i18n';

interface RefreshButtonProps extends Omit<ComponentProps<'button'>, 'type' | 'title'> {
  /** Without a key this tab cannot ask the provider: the button is off, and says why. */
  hasKey: boolean;
}

/**
 * A button that asks the provider now. In a tab without a key it is disabled, and its title
 * (read as its description by assistive technology, shown on hover) says why.
 */
export function RefreshButton({
  hasKey,
  disabled,
  className = 'btn-secondary',
  ...props
}: RefreshButtonProps) {
  return (
    <button
      type="button"
      className={className}
      {...props}
      disabled={!hasKey || disabled}
      title={
        hasKey
          ? undefined
          : t('There is no API key in this tab: enter one in Settings to ask the provider.')
      }
    />
  );
}
