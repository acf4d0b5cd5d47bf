import { useEffect } from 'react';
import { t } from '../lib/i18n';
import {
  followThemeOfOtherTabs,
  readThemeChoice,
  useThemeActions,
  useThemeChoice,
} from '../stores/theme-store';

/**
 * The header's theme switch. Light or Dark puts its class on <html>, where the stylesheet reads
 * it; System leaves the choice to the stylesheet's `prefers-color-scheme`, which follows the
 * system live. public/theme.js sets the same class before the first paint.
 */
export function ThemeSwitch() {
  const theme = useThemeChoice();
  const { chooseTheme } = useThemeActions();
  useEffect(() => {
    const { classList } = document.documentElement;
    classList.toggle('light', theme === 'light');
    classList.toggle('dark', theme === 'dark');
  }, [theme]);
  useEffect(followThemeOfOtherTabs, []);
  return (
    <label className="flex items-center gap-1.5 text-xs text-slate-600">
      {t('Theme')}
      <select
        value={theme}
        onChange={(event) => chooseTheme(readThemeChoice(event.target.value))}
        className="select-field"
      >
        <option value="system">{t('System')}</option>
        <option value="light">{t('Light')}</option>
        <option value="dark">{t('Dark')}</option>
      </select>
    </label>
  );
}
