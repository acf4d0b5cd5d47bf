// Query endpoints in use: a task no endpoint knows says so, and listing its provider's path in
// Settings finds it, without a reload or a Refresh; tasks that answered are not asked again.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('endpoints');
const { clock, fresh } = sim;

async function pollsOf(id: string): Promise<number> {
  const stats: unknown = await (await fetch(`${sim.origin}/sim/stats`)).json();
  const tasks = typeof stats === 'object' && stats !== null ? Reflect.get(stats, 'tasks') : {};
  const task: unknown = typeof tasks === 'object' && tasks !== null ? Reflect.get(tasks, id) : {};
  const times: unknown =
    typeof task === 'object' && task !== null ? Reflect.get(task, 'pollTimes') : [];
  return Array.isArray(times) ? times.length : 0;
}

describe('Query endpoints', () => {
  it('finds a task at a vendor path once it is listed, and leaves finished tasks alone', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    const seedance = fresh('cgt-20260112093015-x7k2p');
    const sora = fresh('sora-2:task_demo_fast');
    await sim.start(sora);
    clock.advanceSeconds(600);
    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    await user.type(screen.getByLabelText('Task IDs'), `${seedance} ${sora}`);
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));

    const row = await screen.findByRole('listitem', { name: `Task ${seedance}` });
    expect(
      await within(row).findByText(/^Expired or not found: Not found at any endpoint/),
    ).toBeInTheDocument();
    const done = screen.getByRole('listitem', { name: `Task ${sora}` });
    expect(await within(done).findByText('Succeeded')).toBeInTheDocument();
    const soraPolls = await pollsOf(sora);

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const endpoints = await screen.findByLabelText('Query endpoints');
    await user.click(endpoints);
    await user.keyboard('{Control>}{End}{/Control}');
    await user.paste('\n/seedance/api/v3/contents/generations/tasks/{id}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    const found = await screen.findByRole('listitem', { name: `Task ${seedance}` });
    // Found, and on its own clock from now: queued.
    expect(await within(found).findByText('Queued')).toBeInTheDocument();
    expect(within(found).queryByText(/Not found at any endpoint/)).not.toBeInTheDocument();
    expect(await pollsOf(sora)).toBe(soraPolls);
  });
});
