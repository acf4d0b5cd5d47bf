import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../../src/hooks/use-task-categories';
import { filterTasks } from '../../../../src/features/tasks/list-filters';
import {
  batchProgress,
  listViewParams,
  readListView,
  sortShown,
  viewFilter,
  type ListView,
} from '../../../../src/features/tasks/list-view';

function summary(fields: Partial<TaskSummary> = {}): TaskSummary {
  return {
    category: 'running',
    model: undefined,
    failureClass: undefined,
    prompt: undefined,
    progress: undefined,
    createdAt: undefined,
    changedAt: undefined,
    ...fields,
  };
}

const DEFAULT: ListView = readListView(new URLSearchParams());
const day = (iso: string) => new Date(`${iso}T12:00:00`).getTime();

const tasks = [
  { id: 'video_cat_1', addedAt: day('2026-11-01'), batch: 'cats' },
  { id: 'video_dog_2', addedAt: day('2026-11-15'), batch: 'dogs' },
  { id: 'veo3.1:xyz', addedAt: day('2026-11-30') },
];
const summaries = [
  summary({ category: 'succeeded', prompt: 'A Cat at dusk', model: 'sora-2', progress: 100 }),
  summary({ category: 'failed', prompt: 'a dog running', model: 'sora-2' }),
  summary({ category: 'running', prompt: 'Ｃａｔ on the moon', model: 'veo3.1', progress: 40 }),
];
const ids = tasks.map((task) => task.id);

function shown(view: Partial<ListView>): readonly string[] {
  const full = { ...DEFAULT, ...view };
  return filterTasks(ids, summaries, 'all', '', viewFilter(full, tasks, summaries)).shown;
}

describe('the list view in the address', () => {
  it('reads every part, and defaults what it cannot read', () => {
    expect(
      readListView(
        new URLSearchParams(
          'q=cat&sort=progress&from=2026-11-01&to=2026-11-30&finished=hide&batch=cats',
        ),
      ),
    ).toEqual({
      q: 'cat',
      sort: 'progress',
      from: '2026-11-01',
      to: '2026-11-30',
      hideFinished: true,
      batch: 'cats',
    });
    expect(readListView(new URLSearchParams('sort=bogus&from=yesterday&to=2026-13-45'))).toEqual(
      DEFAULT,
    );
  });

  it('writes only what differs from the default', () => {
    expect(listViewParams({ sort: 'added', hideFinished: false, q: 'x' })).toEqual({
      sort: '',
      finished: '',
      q: 'x',
    });
  });
});

describe('narrowing the list', () => {
  it('finds by id, prompt or model, every word, whatever the case or width', () => {
    expect(shown({ q: 'cat' })).toEqual(['video_cat_1', 'veo3.1:xyz']);
    expect(shown({ q: 'CAT dusk' })).toEqual(['video_cat_1']);
    expect(shown({ q: 'veo3.1' })).toEqual(['veo3.1:xyz']);
    expect(shown({ q: 'dog_2' })).toEqual(['video_dog_2']);
    expect(shown({ q: 'nothing' })).toEqual([]);
  });

  it('keeps the tasks added within the dates, both days included', () => {
    expect(shown({ from: '2026-11-15' })).toEqual(['video_dog_2', 'veo3.1:xyz']);
    expect(shown({ to: '2026-11-15' })).toEqual(['video_cat_1', 'video_dog_2']);
    expect(shown({ from: '2026-11-15', to: '2026-11-15' })).toEqual(['video_dog_2']);
  });

  it('hides finished tasks, and filters by batch', () => {
    expect(shown({ hideFinished: true })).toEqual(['veo3.1:xyz']);
    expect(shown({ batch: 'dogs' })).toEqual(['video_dog_2']);
  });

  it('counts only what the view keeps', () => {
    const full = { ...DEFAULT, q: 'cat' };
    const result = filterTasks(ids, summaries, 'all', '', viewFilter(full, tasks, summaries));
    expect(result.statusCounts).toMatchObject({ all: 2, succeeded: 1, running: 1, failed: 0 });
  });

  it('says each batch’s progress', () => {
    expect(batchProgress(tasks, summaries)).toEqual([
      { name: 'cats', total: 1, finished: 1, failed: 0 },
      { name: 'dogs', total: 1, finished: 1, failed: 1 },
    ]);
  });
});

describe('sorting', () => {
  const byId = new Map(ids.map((id, index) => [id, summaries[index]]));
  const sort = (key: ListView['sort'], list = ids) =>
    sortShown(list, (id) => byId.get(id), key, day('2026-12-01'));

  it('keeps the order added by default, as the same array', () => {
    expect(sort('added')).toBe(ids);
  });

  it('puts the most progress first, and what needs a look first by status', () => {
    expect(sort('progress')).toEqual(['video_cat_1', 'veo3.1:xyz', 'video_dog_2']);
    expect(sort('status')).toEqual(['veo3.1:xyz', 'video_dog_2', 'video_cat_1']);
  });

  it('puts the soonest done first, unknown after, finished last', () => {
    const more = new Map(byId);
    more.set('a', summary({ progress: 90, createdAt: day('2026-11-30') }));
    more.set('b', summary({ progress: 10, createdAt: day('2026-11-30') }));
    more.set('c', summary({}));
    expect(
      sortShown(['video_cat_1', 'c', 'b', 'a'], (id) => more.get(id), 'left', day('2026-12-01')),
    ).toEqual(['a', 'b', 'c', 'video_cat_1']);
  });

  it('puts the latest change first, the unknown last', () => {
    const more = new Map([
      ['a', summary({ changedAt: 5 })],
      ['b', summary({})],
      ['c', summary({ changedAt: 9 })],
    ]);
    expect(sortShown(['a', 'b', 'c'], (id) => more.get(id), 'changed', 0)).toEqual(['c', 'a', 'b']);
  });
});
