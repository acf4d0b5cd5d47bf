// The list against the real simulator over real HTTP (its clock moved by the test).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulator-server';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';

const sim = useSimulator('list');
const { clock, fresh } = sim;

async function addTasks(user: ReturnType<typeof renderApp>['user'], ids: string[]) {
  await user.click(screen.getByRole('link', { name: 'Tasks' }));
  await user.type(screen.getByLabelText('Task IDs'), ids.join('\n'));
  await user.click(screen.getByRole('button', { name: 'Add tasks' }));
}

/** A dozen requests at the default 2 per second would take most of a wait's budget. */
async function allowMoreRequestsPerSecond(user: ReturnType<typeof renderApp>['user']) {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Settings' }));
  const perSecond = await screen.findByLabelText('Requests per second');
  await user.clear(perSecond);
  await user.type(perSecond, '10');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved.');
}

function shownRows(): (string | null)[] {
  return screen
    .getAllByRole('listitem', { name: /^Task / })
    .map((item) => item.getAttribute('aria-label'));
}

/** The model a row names, as a screen reader reads it ("Model sora-2"), if it names one. */
function modelOnRow(row: HTMLElement): string | undefined {
  return within(row).queryByText('Model')?.parentElement?.textContent ?? undefined;
}

function modelChoices(): (string | null)[] {
  return within(screen.getByRole('combobox', { name: 'Model' }))
    .getAllByRole('option')
    .map((option) => option.textContent);
}

describe('the task list', () => {
  it('says why Refresh all cannot act: no key, then no task', async () => {
    const { user } = renderApp('/');
    const refreshAll = await screen.findByRole('button', { name: 'Refresh all' });
    expect(refreshAll).toBeDisabled();
    expect(refreshAll).toHaveAccessibleDescription(
      'There is no API key in this tab: enter one in Settings to ask the provider.',
    );
    await connectThroughSettings(user, { baseUrl: sim.origin });
    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    const withKey = await screen.findByRole('button', { name: 'Refresh all' });
    expect(withKey).toBeDisabled();
    expect(withKey).toHaveAccessibleDescription(
      'There are no tasks to refresh yet: add some above.',
    );
  });

  it('offers the demo on a first visit with no key, and waits for a key', async () => {
    const { user } = renderApp('/');
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Task IDs'), 'video_waiting');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    const row = screen.getByRole('listitem', { name: 'Task video_waiting' });
    expect(within(row).getByText('Waiting for an API key')).toBeInTheDocument();
    expect(within(row).getByText('Waiting', { exact: true })).toBeInTheDocument();
  });

  it('shows status, a progress bar, prompt and thumbnail from the provider', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const queued = fresh('sora-2:task_demo_fast');
    await addTasks(user, [queued]);
    const row = await screen.findByRole('listitem', { name: `Task ${queued}` });
    expect(await within(row).findByText('Queued')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar', { name: `Progress of ${queued}` })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    expect(within(row).getByText('make animate')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();

    clock.advanceSeconds(600);
    const finished = fresh('sora-2:task_demo_fast');
    await sim.start(finished);
    clock.advanceSeconds(600);
    await addTasks(user, [finished]);
    const doneRow = await screen.findByRole('listitem', { name: `Task ${finished}` });
    expect(await within(doneRow).findByText('Succeeded')).toBeInTheDocument();
    expect(within(doneRow).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    // A finished row's picture repeats its id link for a pointer, hidden from screen readers.
    expect(within(doneRow).getByAltText(`Thumbnail of ${finished}`)).toHaveAttribute(
      'src',
      expect.stringContaining('/sim/media/demo.jpg'),
    );
  });

  it('shows failures, errors and unknown ids on their own rows', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const failure = fresh('sora-2:task_demo_failure');
    await sim.start(failure);
    clock.advanceSeconds(600);
    await addTasks(user, [failure, 'sora-2:task_unknown_here', fresh('sora-2:task_fault_500')]);

    const failed = await screen.findByRole('listitem', { name: `Task ${failure}` });
    expect(await within(failed).findByText('Failed')).toBeInTheDocument();
    expect(
      within(failed).getByText('Timed out: Generation failed: upstream worker timed out.'),
    ).toBeInTheDocument();

    const missing = screen.getByRole('listitem', { name: 'Task sora-2:task_unknown_here' });
    expect(await within(missing).findByText('Not found')).toBeInTheDocument();
    // Rows that never loaded start their error with the failure class too, when it has one.
    expect(
      within(missing).getByText(/^Expired or not found: Not found at any endpoint/),
    ).toBeInTheDocument();

    const broken = screen.getByRole('listitem', { name: /task_fault_500/ });
    expect(
      await within(broken).findByText(/^The provider had a problem \(HTTP 500\)/),
    ).toBeInTheDocument();
  });

  it('removes a task with undo', async () => {
    const { user } = renderApp('/');
    await user.type(screen.getByLabelText('Task IDs'), 'video_one video_two video_three');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    await user.click(screen.getByRole('button', { name: 'Remove video_two' }));
    expect(screen.queryByRole('listitem', { name: 'Task video_two' })).not.toBeInTheDocument();
    expect(screen.getByText(/Removed/)).toHaveTextContent('Removed video_two.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('listitem', { name: /^Task / })
          .map((item) => item.getAttribute('aria-label')),
      ).toEqual(['Task video_one', 'Task video_two', 'Task video_three']),
    );
  });
});

describe('many tasks', () => {
  it('filters by status with counts, keeping the filter in the address', async () => {
    const { user, router } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const failed = fresh('sora-2:task_demo_failure');
    const done = fresh('sora-2:task_demo_fast');
    await sim.start(failed);
    await sim.start(done);
    clock.advanceSeconds(600);
    await addTasks(user, [failed, done, 'sora-2:task_missing_one']);
    const filters = screen.getByRole('group', { name: 'Filter by status' });
    // The three answers arrive in any order and counts are recomputed in batches: wait for all.
    await waitFor(() => {
      for (const name of [
        'All 3',
        'Queued 0',
        'Running 0',
        'Succeeded 1',
        'Failed 1',
        'Errors 1',
      ]) {
        expect(within(filters).getByRole('button', { name })).toBeInTheDocument();
      }
    });
    const causes = await screen.findByRole('region', { name: 'Failures by cause' });
    await waitFor(() =>
      expect(
        within(causes)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['1 timed out', '1 expired or not found']),
    );

    await user.click(within(filters).getByRole('button', { name: 'Failed 1' }));
    expect(router.location.search).toBe('?status=failed');
    expect(await screen.findByText('Showing 1 of 3 tasks')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('listitem', { name: /^Task / })
          .map((item) => item.getAttribute('aria-label')),
      ).toEqual([`Task ${failed}`]),
    );
    await user.click(within(filters).getByRole('button', { name: 'All 3' }));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem', { name: /^Task / })).toHaveLength(3),
    );
  });

  it('refreshes a task by hand, and shows a rate limit once for the whole provider', async () => {
    const { user } = renderApp('/');
    // The longest poll interval: the schedule would not ask again for ten minutes, so only the
    // button can bring the task's new state.
    await connectThroughSettings(user, { baseUrl: sim.origin, poll: '600' });
    const id = fresh('sora-2:task_demo_fast');
    await addTasks(user, [id]);
    const row = await screen.findByRole('listitem', { name: `Task ${id}` });
    expect(await within(row).findByText('Queued')).toBeInTheDocument();
    const pollsBefore = await sim.polls(id);
    clock.advanceSeconds(600);
    await user.click(within(row).getByRole('button', { name: `Refresh ${id}` }));
    expect(await within(row).findByText('Succeeded')).toBeInTheDocument();
    expect(within(row).queryByText('Queued')).not.toBeInTheDocument();
    expect(await sim.polls(id)).toBe(pollsBefore + 1);

    await addTasks(user, [fresh('sora-2:task_fault_429')]);
    expect(await screen.findByText(/is rate limiting this key \(429\)/)).toHaveTextContent(
      /paused for [12] s/,
    );
  });
});

describe('models', () => {
  it("names the model from the id's prefix before any answer", async () => {
    const { user } = renderApp('/');
    await user.type(
      screen.getByLabelText('Task IDs'),
      'veo3.1-fast:1770350082-abc video_no_prefix',
    );
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    const veo = screen.getByRole('listitem', { name: 'Task veo3.1-fast:1770350082-abc' });
    expect(modelOnRow(veo)).toBe('Model veo3.1-fast');
    const bare = screen.getByRole('listitem', { name: 'Task video_no_prefix' });
    expect(modelOnRow(bare)).toBeUndefined();
  });

  it('names the model from the answer, else from the id, else nothing', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const reseller = fresh('sora-2:task_demo_fast');
    // The OpenAI format has no model in its id: the row shows the answer's `model`.
    const openAi = fresh('video_demo_openai_format');
    await addTasks(user, [reseller, openAi, 'video_missing_model']);
    // The reseller's answer names no model at its top level: the id's prefix still does.
    const resellerRow = await screen.findByRole('listitem', { name: `Task ${reseller}` });
    expect(await within(resellerRow).findByText('Queued')).toBeInTheDocument();
    expect(modelOnRow(resellerRow)).toBe('Model sora-2');
    const openAiRow = screen.getByRole('listitem', { name: `Task ${openAi}` });
    await waitFor(() => expect(modelOnRow(openAiRow)).toBe('Model sora-2'));
    const missing = screen.getByRole('listitem', { name: 'Task video_missing_model' });
    expect(await within(missing).findByText('Not found')).toBeInTheDocument();
    expect(modelOnRow(missing)).toBeUndefined();
  });

  it('filters by model with counts, in the address and together with the status', async () => {
    const { user, router } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    await allowMoreRequestsPerSecond(user);
    const failed = fresh('sora-2:task_demo_failure');
    const done = fresh('sora-2:task_demo_fast');
    const openAi = fresh('video_demo_openai_format');
    for (const id of [failed, done, openAi]) await sim.start(id);
    clock.advanceSeconds(600);
    const veo = 'veo3.1-fast:1770350082-gone';
    // Each unknown id is asked at every query endpoint before it counts as not found.
    await addTasks(user, [failed, done, openAi, veo, 'grok:task_gone_1', 'video_gone_model']);

    // Six answers arrive in any order and counts are recomputed in batches: wait for all.
    const statuses = screen.getByRole('group', { name: 'Filter by status' });
    await waitFor(() => {
      expect(modelChoices()).toEqual([
        'All models (6)',
        'grok (1)',
        'sora-2 (3)',
        'veo3.1-fast (1)',
        'Model not known yet (1)',
      ]);
      for (const name of ['Succeeded 2', 'Failed 1', 'Errors 3']) {
        expect(within(statuses).getByRole('button', { name })).toBeInTheDocument();
      }
    });
    const model = screen.getByRole('combobox', { name: 'Model' });
    await user.selectOptions(model, 'sora-2 (3)');
    expect(router.location.search).toBe('?model=sora-2');
    expect(await screen.findByText('Showing 3 of 6 tasks')).toBeInTheDocument();
    expect(shownRows()).toEqual([`Task ${failed}`, `Task ${done}`, `Task ${openAi}`]);
    // The status counts are those of the chosen model: what each status would show.
    for (const name of ['All 3', 'Succeeded 2', 'Failed 1', 'Errors 0']) {
      expect(within(statuses).getByRole('button', { name })).toBeInTheDocument();
    }

    await user.click(within(statuses).getByRole('button', { name: 'Failed 1' }));
    const params = new URLSearchParams(router.location.search);
    expect([params.get('status'), params.get('model')]).toEqual(['failed', 'sora-2']);
    expect(await screen.findByText('Showing 1 of 6 tasks')).toBeInTheDocument();
    expect(shownRows()).toEqual([`Task ${failed}`]);
    // And the model counts are those of the chosen status; every model stays choosable.
    expect(modelChoices()).toEqual([
      'All models (1)',
      'grok (0)',
      'sora-2 (1)',
      'veo3.1-fast (0)',
      'Model not known yet (0)',
    ]);

    await user.click(within(statuses).getByRole('button', { name: 'Errors 0' }));
    await user.selectOptions(model, 'Model not known yet (1)');
    expect(new URLSearchParams(router.location.search).get('model')).toBe('not-known');
    expect(await screen.findByText('Showing 1 of 6 tasks')).toBeInTheDocument();
    expect(shownRows()).toEqual(['Task video_gone_model']);

    await user.selectOptions(model, 'All models (3)');
    expect(router.location.search).toBe('?status=errors');
    expect(await screen.findByText('Showing 3 of 6 tasks')).toBeInTheDocument();
  });

  it('shows a model in the address that no task has, and offers a way out', async () => {
    const { user, router } = renderApp('/?status=queued&model=veo9');
    await user.type(screen.getByLabelText('Task IDs'), 'sora-2:task_first_1 video_second');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveDisplayValue('veo9 (0)');
    expect(modelChoices()).toEqual([
      'All models (0)',
      'sora-2 (0)',
      'veo9 (0)',
      'Model not known yet (0)',
    ]);
    expect(screen.getByText('Showing 0 of 2 tasks')).toBeInTheDocument();
    expect(screen.getByText('No task matches this filter.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.location.search).toBe('');
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveDisplayValue('All models (2)');
    expect(shownRows()).toEqual(['Task sora-2:task_first_1', 'Task video_second']);
  });

  it('drops a status it does not have from the address, keeping the rest', async () => {
    const { router } = renderApp('/?status=bogus&model=veo9');
    await waitFor(() => expect(router.location.search).toBe('?model=veo9'));
    expect(screen.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
