import type { ComponentProps } from 'react';
import { t } from '../../lib/i18n';

interface RefreshButtonProps extends Omit<ComponentProps<'button'>, 'type' | 'title' | 'disabled'> {
  /** Without a key this tab cannot ask the provider: the button is off, and says why. */
  hasKey: boolean;
  /** Why else there is nothing to ask for now; the button is off while one is given. */
  disabledReason?: string;
}

/**
 * A button that asks the provider now. When it cannot (no key in this tab, nothing to ask for)
 * it is disabled, and its title (read as its description by assistive technology, shown on
 * hover) says why.
 */
export function RefreshButton({
  hasKey,
  disabledReason,
  className = 'btn-secondary',
  ...props
}: RefreshButtonProps) {
  const reason = hasKey
    ? disabledReason
    : t('There is no API key in this tab: enter one in Settings to ask the provider.');
  return (
    <button
      type="button"
      className={className}
      {...props}
      disabled={reason !== undefined}
      title={reason}
    />
  );
}
