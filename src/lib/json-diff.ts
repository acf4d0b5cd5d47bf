import { t } from './i18n';
import { isObject } from './json-reader';

// What changed between two JSON values, as a list of paths: `detail.pending_info.progress_pct`
// changed from 0.42 to 0.57. Reads better than a line diff for bodies where one number moves.

export interface JsonChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return path === '' ? safe : /^[A-Za-z_$]/.test(safe) ? `${path}.${safe}` : `${path}[${safe}]`;
}

export function diffJson(before: unknown, after: unknown, path = ''): JsonChange[] {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: JsonChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      const at = join(path, index);
      if (index >= after.length) changes.push({ path: at, kind: 'removed', before: before[index] });
      else if (index >= before.length)
        changes.push({ path: at, kind: 'added', after: after[index] });
      else changes.push(...diffJson(before[index], after[index], at));
    }
    return changes;
  }
  if (isObject(before) && isObject(after)) {
    const changes: JsonChange[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const at = join(path, key);
      if (!(key in after)) changes.push({ path: at, kind: 'removed', before: before[key] });
      else if (!(key in before)) changes.push({ path: at, kind: 'added', after: after[key] });
      else changes.push(...diffJson(before[key], after[key], at));
    }
    return changes;
  }
  return [{ path: path === '' ? t('(whole body)') : path, kind: 'changed', before, after }];
}
