// Import: a file of tasks (what Export saved, or ids one per line). On the first screen only this
// control; reading the file and the report load when a file is chosen (import-report.tsx).
import { useState, type ReactElement } from 'react';
import { t } from '../../../lib/i18n';

/**
 * Export, Import and shared links load as one chunk, the Export panel's (export-panel.tsx): the
 * first page then carries one chunk address for the three, not one each with their shared parts.
 */
export const loadTaskTransfer = () => import('../export-panel');

export function ImportTasks() {
  const [report, setReport] = useState<ReactElement>();
  return (
    <>
      <label className="btn-secondary">
        {t('Import')}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          className="sr-only"
          onChange={(event) =>
            void loadTaskTransfer().then((chunk) => chunk.importChosen(event.target, setReport))
          }
        />
      </label>
      {report}
    </>
  );
}
