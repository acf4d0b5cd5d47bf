// A finished row's preview against the real simulator over real HTTP (its clock moved by the test).
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const sim = useSimulator('preview');
const { clock, fresh } = sim;

async function showTasks(ids: string[], startedLongAgo: string[] = []) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  for (const id of startedLongAgo) await sim.start(id);
  clock.advanceSeconds(600);
  await view.user.click(screen.getByRole('link', { name: 'Tasks' }));
  await view.user.type(screen.getByLabelText('Task IDs'), ids.join('\n'));
  await view.user.click(screen.getByRole('button', { name: 'Add tasks' }));
  return view;
}

describe('the preview of a finished task', () => {
  it('plays the video, muted, only while pointed at or focused', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const { user } = await showTasks([id], [id]);
    const row = await screen.findByRole('listitem', { name: `Task ${id}` });
    // The picture repeats the id link for a pointer only: it is hidden from assistive technology
    // and out of the tab order, so the row has one link for the keyboard and screen readers.
    const preview = await within(row).findByLabelText(`Preview of ${id}`);
    expect(preview).toHaveAttribute('href', `/tasks/${encodeURIComponent(id)}`);
    expect(preview).toHaveAttribute('aria-hidden', 'true');
    expect(preview).toHaveAttribute('tabindex', '-1');
    expect(within(row).getAllByRole('link')).toEqual([within(row).getByRole('link', { name: id })]);
    const thumbnail = within(preview).getByAltText(`Thumbnail of ${id}`);
    expect(thumbnail).toHaveAttribute('loading', 'lazy');
    expect(thumbnail).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(within(row).queryByLabelText(`Video preview of ${id}`)).not.toBeInTheDocument();

    await user.hover(preview);
    const video = within(preview).getByLabelText(`Video preview of ${id}`);
    expect(video.getAttribute('src')).toMatch(/\/sim\/media\/demo\.mp4\?/);
    expect(video).toHaveProperty('muted', true);
    expect(video).toHaveProperty('loop', true);
    expect(video).toHaveProperty('autoplay', true);
    expect(within(preview).queryByRole('img', { hidden: true })).not.toBeInTheDocument();

    await user.unhover(preview);
    expect(within(row).queryByLabelText(`Video preview of ${id}`)).not.toBeInTheDocument();
    expect(within(preview).getByAltText(`Thumbnail of ${id}`)).toBeInTheDocument();

    // The keyboard gets the same preview as the pointer, on the row's one link.
    const link = within(row).getByRole('link', { name: id });
    act(() => link.focus());
    expect(within(preview).getByLabelText(`Video preview of ${id}`)).toBeInTheDocument();
    act(() => link.blur());
    expect(within(row).queryByLabelText(`Video preview of ${id}`)).not.toBeInTheDocument();
  });

  it('falls back to the GIF, then the thumbnail, when the video will not play', async () => {
    const id = fresh('sora-2:task_demo_fast');
    const { user } = await showTasks([id], [id]);
    const row = await screen.findByRole('listitem', { name: `Task ${id}` });
    const preview = await within(row).findByLabelText(`Preview of ${id}`);
    await user.hover(preview);
    fireEvent.error(within(preview).getByLabelText(`Video preview of ${id}`));
    const gif = within(preview).getByAltText(`Animated preview of ${id}`);
    expect(gif.getAttribute('src')).toMatch(/\/sim\/media\/demo\.gif\?/);
    fireEvent.error(gif);
    expect(within(preview).getByAltText(`Thumbnail of ${id}`)).toBeInTheDocument();
    expect(within(row).queryByLabelText(`Video preview of ${id}`)).not.toBeInTheDocument();
  });

  it('is not offered for unfinished tasks, nor for video that needs the key', async () => {
    const running = fresh('sora-2:task_demo_slow');
    const official = fresh('video_demo_official');
    await showTasks([running, official], [official]);
    const officialRow = await screen.findByRole('listitem', { name: `Task ${official}` });
    expect(await within(officialRow).findByText('Succeeded')).toBeInTheDocument();
    const runningRow = screen.getByRole('listitem', { name: `Task ${running}` });
    expect(await within(runningRow).findByText('Queued')).toBeInTheDocument();
    for (const [id, row] of [
      [official, officialRow],
      [running, runningRow],
    ] as const) {
      expect(within(row).queryByLabelText(`Preview of ${id}`)).not.toBeInTheDocument();
    }
  });
});
