import type { ProgressJump } from '../../../domain/task-history';

const percent = (value: number) => `${Math.round(value)} %`;

export function describeJump(jump: ProgressJump): string {
  return jump.kind === 'backwards'
    ? `went back from ${percent(jump.from)} to ${percent(jump.to)}`
    : `leapt from ${percent(jump.from)} to ${percent(jump.to)} in one update`;
}
