// The detail page against the real simulator over real HTTP.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSimulator } from './simulator-server';
import { connectThroughSettings } from './connect';
import { renderApp } from './render-app';

const sim = useSimulator('detail');
const { clock, fresh } = sim;

const startTask = sim.start;

async function openDetail(id: string) {
  const view = renderApp('/');
  await connectThroughSettings(view.user, { baseUrl: sim.origin });
  await act(() => view.router.navigate(`/tasks/${encodeURIComponent(id)}`));
  await screen.findByRole('heading', { level: 1, name: id });
  return view;
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('task detail', () => {
  it('says in plain words that the answer gives two statuses, with the fields a click away', async () => {
    const id = fresh('sora-2:task_demo_fast');
    await startTask(id);
    clock.advanceSeconds(8);
    const { user } = await openDetail(id);
    const progress = await screen.findByRole('region', { name: 'Progress' });
    // The seed's own disagreement: pending outside, processing inside.
    const note = await within(progress).findByText(
      /^The provider's answer gives more than one status; the one furthest along is shown\.$/,
    );
    expect(within(progress).queryByText(/status fields disagree/)).toBeNull();
    await user.click(note);
    expect(within(progress).getByText(/status: pending/)).toBeVisible();
    // Not finished: no "Completed" or "Expires" dash beside the status.
    expect(within(progress).queryByText('Completed')).toBeNull();
    expect(within(progress).queryByText('Expires')).toBeNull();
  });

  it('shows inputs and every inpaint item next to its image while running', async () => {
    const id = fresh('sora-2:task_demo_fast');
    await startTask(id);
    clock.advanceSeconds(8);
    await openDetail(id);
    expect(await screen.findByRole('progressbar', { name: `Progress of ${id}` })).toHaveAttribute(
      'aria-valuenow',
      expect.stringMatching(/^[1-9]\d?$/),
    );

    const inputs = section('Inputs');
    expect(within(inputs).getByText('make animate')).toBeInTheDocument();
    expect(within(inputs).getByText('portrait')).toBeInTheDocument();
    expect(within(inputs).getAllByRole('img', { name: /^Input \d$/ })).toHaveLength(2);

    const inpaint = section('Inpaint items');
    const items = within(inpaint).getAllByRole('listitem', { name: /^Inpaint item \d$/ });
    expect(items).toHaveLength(2);
    const withCrop = items.find((item) => within(item).queryByText(/"left"/));
    expect(withCrop).toBeDefined();
    for (const item of items) {
      expect(within(item).getByRole('img', { name: /used by inpaint item/ })).toBeInTheDocument();
      expect(within(item).getByText('image')).toBeInTheDocument();
      expect(within(item).getByText(/^media_/)).toBeInTheDocument();
    }

    const moderation = section('Moderation');
    expect(within(moderation).getByText('passed')).toBeInTheDocument();
    expect(section('Video')).toHaveTextContent('The video appears here when the task is done.');
  });

  it('plays a finished video with poster and a download link, and shows the raw JSON', async () => {
    const id = fresh('sora-2:task_demo_fast');
    await startTask(id);
    clock.advanceSeconds(600);
    const { user } = await openDetail(id);
    const video = await screen.findByLabelText(`Video of ${id}`);
    expect(video.tagName).toBe('VIDEO');
    expect(video).toHaveAttribute('src', expect.stringContaining('/sim/media/demo.mp4'));
    expect(video).toHaveAttribute('poster', expect.stringContaining('/sim/media/demo.jpg'));
    expect(screen.getByRole('link', { name: 'Download video' })).toHaveAttribute('download');

    await user.click(screen.getByText('Raw response'));
    expect(screen.getByText(/"status": "completed"/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeInTheDocument();
  });

  it('explains a moderation failure and quotes the provider as text', async () => {
    const id = fresh('sora-2:task_demo_moderation');
    await startTask(id);
    clock.advanceSeconds(600);
    await openDetail(id);
    expect(
      await screen.findByRole('heading', { name: 'The finished video was rejected by moderation' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'This content may violate our guardrails around nudity, sexuality, or erotic content.',
      ),
    ).toBeInTheDocument();
    const moderation = section('Moderation');
    expect(
      within(moderation).getByText('Yes: the finished video was rejected'),
    ).toBeInTheDocument();
    expect(within(moderation).getByRole('table', { name: 'Results by frame' })).toBeInTheDocument();
    expect(section('Video')).toHaveTextContent('No video: the task failed.');
    expect(screen.getByRole('button', { name: 'Copy error' })).toBeInTheDocument();
  });

  it('fetches an official-shape video with the key into a blob URL when asked', async () => {
    const id = fresh('video_demo_official');
    await startTask(id);
    clock.advanceSeconds(600);
    const created: string[] = [];
    const originalCreate = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob.type);
      return 'blob:http://localhost/fake-video';
    };
    URL.revokeObjectURL = () => undefined;
    try {
      const { user } = await openDetail(id);
      // The thumbnail comes first; the video's bytes only on request.
      await screen.findByRole('img', { name: `Thumbnail of ${id}` });
      expect(screen.queryByLabelText(`Video of ${id}`)).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Load video' }));
      const video = await screen.findByLabelText(`Video of ${id}`);
      expect(video).toHaveAttribute('src', 'blob:http://localhost/fake-video');
      expect(created).toEqual(['image/jpeg', 'video/mp4']);
    } finally {
      URL.createObjectURL = originalCreate;
    }
  });

  it('says when the task does not exist', async () => {
    await openDetail('sora-2:task_missing_detail');
    // Asked at each of the three default Query endpoints before it says so.
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/Not found at any endpoint/));
    expect(alert).toHaveTextContent(/Polling has stopped/);
  });

  it('refuses an address that is not a task id, without asking the provider', async () => {
    renderApp('/tasks/not%20an%20id');
    expect(await screen.findByRole('alert')).toHaveTextContent('“not an id” is not a task id.');
  });

  it('moves to the previous and next task by link and by the [ and ] keys', async () => {
    const { user } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    await user.click(screen.getByRole('link', { name: 'Tasks' }));
    await user.type(screen.getByLabelText('Task IDs'), 'video_first video_second video_third');
    await user.click(screen.getByRole('button', { name: 'Add tasks' }));
    await user.click(screen.getByRole('link', { name: 'video_second' }));
    const pager = await screen.findByRole('navigation', { name: 'Previous and next task' });
    expect(pager).toHaveTextContent('2 of 3');
    await user.keyboard(']');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'video_third' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Next task →' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Previous task' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'video_second' }),
    ).toBeInTheDocument();
    await user.keyboard('[['); // '[[' is user-event's way to type a literal '['
    expect(
      await screen.findByRole('heading', { level: 1, name: 'video_first' }),
    ).toBeInTheDocument();
  });
});

describe('a signed video link', () => {
  sim.usePageOnSimulatorClock();

  it('says when the link expires, then that it expired, with a copy of the prompt and a refresh', async () => {
    const id = fresh('sora-2:task_demo_fast');
    await startTask(id);
    clock.advanceSeconds(600);
    vi.setSystemTime(clock.now());
    await openDetail(id);
    // The simulator signs links for about 6 days from completion.
    expect(await screen.findByText(/^This video link expires/)).toHaveTextContent(
      /^This video link expires in 6 days\. Download it before then\.$/,
    );
    expect(screen.getByRole('button', { name: 'Copy prompt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeEnabled();

    // A week later the same page says the link has gone, and what to do.
    vi.setSystemTime(clock.now() + 7 * 86_400_000);
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(await screen.findByText(/^This video link expired/)).toHaveTextContent(
      /^This video link expired yesterday\. Refresh the task to ask the provider for a fresh one\.$/,
    );
  });
});
