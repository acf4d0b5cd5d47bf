import type { ProgressJump } from '../../../domain/task-history';
import { t } from '../../../lib/i18n';

export function describeJump(jump: ProgressJump): string {
  const values = { from: Math.round(jump.from), to: Math.round(jump.to) };
  return jump.kind === 'backwards'
    ? t('went back from {from} % to {to} %', values)
    : t('leapt from {from} % to {to} % in one update', values);
}
