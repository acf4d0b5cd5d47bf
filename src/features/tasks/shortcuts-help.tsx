// Every shortcut of the list, and the switch that turns the single-key ones off (WCAG 2.1.4).
// Loaded when `?` is first pressed.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n';

interface ShortcutsHelpProps {
  onClose: () => void;
  /** Whether the single-key shortcuts are on, and how to change it. */
  enabled: boolean;
  onEnabledChange: (on: boolean) => void;
}

export function ShortcutsHelp({ onClose, enabled, onEnabledChange }: ShortcutsHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [on, setOn] = useState(enabled);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const keys: [string, string][] = [
    ['j', t('Next task')],
    ['k', t('Previous task')],
    ['Enter', t('Open the task')],
    ['x', t('Select or unselect the task')],
    ['/', t('Search')],
    ['?', t('These shortcuts')],
  ];
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className="card m-auto max-w-sm space-y-3 text-sm backdrop:bg-slate-900/40"
      onClose={onClose}
    >
      <h2 id="shortcuts-title" className="text-base font-semibold">
        {t('Keyboard shortcuts')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {keys.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded bg-slate-100 px-1.5 font-mono">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className="size-4 accent-slate-800"
          checked={on}
          onChange={(event) => {
            onEnabledChange(event.target.checked);
            setOn(event.target.checked);
          }}
        />
        {t('Single-key shortcuts (all but Enter)')}
      </label>
      <form method="dialog">
        <button type="submit" className="btn-secondary">
          {t('Close')}
        </button>
      </form>
    </dialog>
  );
}
