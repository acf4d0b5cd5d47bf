import { useId } from 'react';
import type { KeyedTarget } from '../../api/get-task-content';
import { t } from '../../lib/i18n';
import { RichText } from './rich-text';

const host = (text: string) => <span className="break-all font-mono">{text}</span>;

/**
 * A file that needs the key but is not on the API's origin. The key goes nowhere else, so the
 * page does not fetch it; the person can still open it and see what that host answers.
 */
export function KeyedVideoElsewhere({
  target,
}: {
  target: Extract<KeyedTarget, { kind: 'elsewhere' }>;
}) {
  const titleId = useId();
  return (
    <div
      role="note"
      aria-labelledby={titleId}
      className="space-y-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3"
    >
      <p id={titleId} className="text-sm font-semibold text-amber-950">
        {t('The video is on another host')}
      </p>
      <p className="text-sm text-amber-950">
        {target.apiOrigin ? (
          <RichText
            message="The provider serves this file only with your API key, and it is on <host>{origin}</host>, not on your API's address (<host>{apiOrigin}</host>). Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab to see what that host answers."
            parts={{ host }}
            values={{ origin: target.origin, apiOrigin: target.apiOrigin }}
          />
        ) : (
          <RichText
            message="The provider serves this file only with your API key, and it is on <host>{origin}</host>. Your key is only ever sent to the API, so the page does not fetch it. Open it in a new tab to see what that host answers."
            parts={{ host }}
            values={{ origin: target.origin }}
          />
        )}
      </p>
      <a href={target.url} target="_blank" rel="noreferrer noopener" className="btn-secondary">
        {t('Open in a new tab')}
      </a>
    </div>
  );
}
