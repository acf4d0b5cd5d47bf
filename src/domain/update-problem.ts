import { isApiError } from './api-error';
import { t } from '../lib/i18n';

/**
 * What a task's page says when asking for the task failed: that the data shown is the last good
 * one (when there is some), and that polling has stopped (when the error will not pass).
 */
export function updateProblem(error: Error, hasData: boolean): string {
  const final = isApiError(error) && !error.retryable;
  if (hasData) {
    return final
      ? t(
          'The last update failed; showing the last good data. {error} Polling has stopped for this task.',
          { error: error.message },
        )
      : t('The last update failed; showing the last good data. {error}', {
          error: error.message,
        });
  }
  return final
    ? t('{error} Polling has stopped for this task.', { error: error.message })
    : error.message;
}
