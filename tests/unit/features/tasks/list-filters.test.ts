import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../../src/hooks/use-task-categories';
import {
  filterTasks,
  MODEL_NOT_KNOWN,
  modelOptions,
  parseModelFilter,
} from '../../../../src/features/tasks/list-filters';

function summary(
  category: TaskSummary['category'],
  model: string | undefined = undefined,
): TaskSummary {
  return {
    category,
    model,
    failureClass: undefined,
    prompt: undefined,
    progress: undefined,
    createdAt: undefined,
    changedAt: undefined,
  };
}

const ids = ['a', 'b', 'c', 'd', 'e'];
const summaries = [
  summary('succeeded', 'veo3.1-fast'),
  summary('failed', 'veo3.1-fast'),
  summary('running', 'sora-2'),
  summary('not-found'),
  summary('loading', 'grok'),
];

describe('filterTasks', () => {
  it('shows every task, as the same array, when no filter is chosen', () => {
    const result = filterTasks(ids, summaries, 'all', '');
    expect(result.shown).toBe(ids);
    expect(result.shownSummaries).toBe(summaries);
    expect(result.statusCounts).toEqual({
      all: 5,
      queued: 0,
      running: 1,
      succeeded: 1,
      failed: 1,
      errors: 1,
    });
    expect(result.allModelsCount).toBe(5);
    expect([...result.modelCounts]).toEqual([
      ['veo3.1-fast', 2],
      ['sora-2', 1],
      [MODEL_NOT_KNOWN, 1],
      ['grok', 1],
    ]);
  });

  it('counts each filter among the tasks the other one lets through', () => {
    const result = filterTasks(ids, summaries, 'failed', 'veo3.1-fast');
    expect(result.shown).toEqual(['b']);
    // The failures by cause count only what is shown.
    expect(result.shownSummaries).toEqual([summaries[1]]);
    // Statuses among veo3.1-fast's tasks.
    expect(result.statusCounts).toMatchObject({ all: 2, succeeded: 1, failed: 1, running: 0 });
    // Models among the failed tasks; the others stay listed, with 0.
    expect(result.allModelsCount).toBe(1);
    expect(Object.fromEntries(result.modelCounts)).toEqual({
      'veo3.1-fast': 1,
      'sora-2': 0,
      [MODEL_NOT_KNOWN]: 0,
      grok: 0,
    });
  });

  it('filters the tasks whose model is not known yet', () => {
    expect(filterTasks(ids, summaries, 'all', MODEL_NOT_KNOWN).shown).toEqual(['d']);
    expect(filterTasks(ids, summaries, 'errors', MODEL_NOT_KNOWN).shown).toEqual(['d']);
  });

  it('shows nothing for a model no task has', () => {
    const result = filterTasks(ids, summaries, 'all', 'veo9');
    expect(result.shown).toEqual([]);
    expect(result.statusCounts.all).toBe(0);
    expect(result.allModelsCount).toBe(5);
  });

  it('counts a task without a summary yet as loading, model not known', () => {
    const result = filterTasks(['x'], [], 'all', '');
    expect(result.statusCounts.all).toBe(1);
    expect([...result.modelCounts]).toEqual([[MODEL_NOT_KNOWN, 1]]);
  });
});

describe('modelOptions', () => {
  it('sorts models by name, numbers in order, "not known yet" last', () => {
    const counts = new Map([
      [MODEL_NOT_KNOWN, 2],
      ['veo3.1-fast', 1],
      ['Kling-v2-10', 1],
      ['kling-v2-9', 3],
      ['grok', 0],
    ]);
    expect(modelOptions(counts, '').map((option) => option.value)).toEqual([
      'grok',
      'kling-v2-9',
      'Kling-v2-10',
      'veo3.1-fast',
      MODEL_NOT_KNOWN,
    ]);
  });

  it('keeps a chosen model no task has, with 0, so the filter stays visible', () => {
    expect(modelOptions(new Map([['sora-2', 3]]), 'veo9')).toEqual([
      { value: 'sora-2', count: 3 },
      { value: 'veo9', count: 0 },
    ]);
    expect(modelOptions(new Map([['sora-2', 3]]), MODEL_NOT_KNOWN)).toEqual([
      { value: 'sora-2', count: 3 },
      { value: MODEL_NOT_KNOWN, count: 0 },
    ]);
  });
});

describe('parseModelFilter', () => {
  it('reads no value, or a blank one, as every model', () => {
    expect(parseModelFilter(null)).toBe('');
    expect(parseModelFilter('  ')).toBe('');
    expect(parseModelFilter(' sora-2 ')).toBe('sora-2');
  });
});
