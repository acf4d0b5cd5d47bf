// The moderation section: the response model's reading of the shapes in api-shapes.md, in words
// and on the frame strip; and once through the real page against the simulator.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseTask } from '../../src/domain/task-model';
import { ModerationSection } from '../../src/features/task-detail/inputs/moderation-section';
import seedJson from '../fixtures/seed-running.json';
import { connectThroughSettings } from './connect';
import { renderWithPlayer } from './frame-seek-harness';
import { renderApp } from './render-app';
import { useSimulator } from './simulator-server';

const SEED_ID = 'sora-2:task_01k6x15vhrff09dkkqjrzwhm60';
const pending = seedJson.detail.pending_info;

function seedTask(patch: Record<string, unknown> = {}) {
  return parseTask(
    { ...seedJson, detail: { ...seedJson.detail, pending_info: { ...pending, ...patch } } },
    SEED_ID,
  );
}

// What the simulator (and the reseller docs) send when the finished output is rejected.
const flagged = { code: 'sexual', is_unsafe: true, categories: ['sexual'] };
function rejected(patch: Record<string, unknown> = {}) {
  return seedTask({
    status: 'failed',
    failure_reason:
      'This content may violate our guardrails around nudity, sexuality, or erotic content.',
    needs_user_review: true,
    num_unsafe_generations: 1,
    moderation_result: {
      code: 'sexual',
      type: 'output_rejection',
      task_id: 'task_01k6x15vhrff09dkkqjrzwhm60',
      is_output_rejection: true,
      results_by_frame_index: { '96': flagged, '48': flagged },
    },
    ...patch,
  });
}

function renderSection(
  task: ReturnType<typeof seedTask>,
  videoDuration?: number,
  noVideo?: string,
) {
  return renderWithPlayer(
    <ModerationSection moderation={task.moderation} totalFrames={task.frames} />,
    { totalFrames: task.frames, videoDuration, noVideo },
  );
}

describe('moderation, in words and on the strip', () => {
  it('the seed body: passed, nothing judged per frame, nothing drawn', () => {
    renderSection(seedTask());
    expect(screen.getByText('Passed moderation')).toBeInTheDocument();
    expect(screen.getByText('No unsafe generations.')).toBeInTheDocument();
    expect(screen.getByText('passed')).toBeInTheDocument(); // the provider's word, as sent
    expect(screen.getByText('No per-frame results.')).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('an output rejection: the result, the counts and each flagged frame in plain words', () => {
    renderSection(rejected({ n_frames: 150 }));
    expect(screen.getByText('The finished video was rejected')).toBeInTheDocument();
    expect(
      screen.getByText('Needs human review. 1 unsafe generation. 2 frames flagged as unsafe.'),
    ).toBeInTheDocument();

    const strip = screen.getByRole('group', {
      name: "Moderation results on the video's 150 frames",
    });
    expect(
      within(strip)
        .getAllByRole('button')
        .map((mark) => mark.getAttribute('aria-label')),
    ).toEqual([
      'Frame 48: flagged as unsafe (sexual content). Show it in the video',
      'Frame 96: flagged as unsafe (sexual content). Show it in the video',
    ]);

    const table = screen.getByRole('table', { name: 'Results by frame' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['48', 'flagged as unsafe (sexual content)', JSON.stringify(flagged)],
      ['96', 'flagged as unsafe (sexual content)', JSON.stringify(flagged)],
    ]);
  });

  it('a mark seeks the registered video to its frame; one past the end says so and stops at the end', async () => {
    const { user } = renderSection(rejected({ n_frames: 96 }), 4);
    const video = screen.getByLabelText<HTMLVideoElement>("The task's video");

    await user.click(
      screen.getByRole('button', {
        name: 'Frame 48: flagged as unsafe (sexual content). Show it in the video',
      }),
    );
    expect(video.currentTime).toBeCloseTo(2, 2); // 96 frames in 4 s: 24 fps
    expect(screen.getByRole('status')).toHaveTextContent('Showing frame 48 in the video, paused.');

    await user.click(
      screen.getByRole('button', {
        name: "Frame 96: flagged as unsafe (sexual content) (past the video's last frame, 95). Show it in the video",
      }),
    );
    expect(video.currentTime).toBeGreaterThan(3.9);
    expect(video.currentTime).toBeLessThan(4);
  });

  it('where no video will ever come, the marks are disabled and the section says why', () => {
    renderSection(rejected({ n_frames: 150 }), undefined, 'No video: the task failed.');
    expect(screen.getByRole('button', { name: /^Frame 48:/ })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('No video: the task failed.');
  });

  it('where the video is not loaded yet, a mark says so when selected', async () => {
    const { user } = renderSection(rejected({ n_frames: 150 }));
    await user.click(screen.getByRole('button', { name: /^Frame 48:/ }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'The video is not loaded yet, so frame 48 cannot be shown.',
    );
  });

  it('without n_frames: no strip, a reason, and the table’s frames seek instead', async () => {
    const { user } = renderSection(rejected({ n_frames: undefined }), 4);
    expect(screen.queryByRole('group')).toBeNull();
    expect(
      screen.getByText(/has not said how many frames the video has \(n_frames\)/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show frame 48 in the video' }));
    // No frame count: the registry falls back to 30 fps.
    expect(screen.getByLabelText<HTMLVideoElement>("The task's video").currentTime).toBeCloseTo(
      48 / 30,
      2,
    );
  });

  it('verdicts it cannot read are said to be unclear and shown as sent, as text', () => {
    renderSection(
      rejected({
        n_frames: 150,
        moderation_result: {
          type: 'needs_review_v2',
          results_by_frame_index: {
            '12': 'ok',
            '30': '<img src=x onerror=alert(1)>',
            '31': { categories: { violence: true } },
            summary: { is_unsafe: true, code: 'graphic' },
          },
        },
        needs_user_review: false,
        num_unsafe_generations: 0,
      }),
    );
    expect(screen.getByText('Moderation result: “needs_review_v2”')).toBeInTheDocument();
    const strip = screen.getByRole('group', {
      name: "Moderation results on the video's 150 frames",
    });
    expect(
      within(strip)
        .getAllByRole('button')
        .map((mark) => mark.getAttribute('aria-label')),
    ).toEqual([
      'Frame 12: not flagged. Show it in the video',
      'Frame 30: verdict not recognised (shown as sent). Show it in the video',
      'Frame 31: verdict unclear (mentions violence content). Show it in the video',
    ]);
    const table = screen.getByRole('table', { name: 'Results by frame' });
    expect(within(table).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(within(table).getByText('summary')).toBeInTheDocument();
    expect(within(table).getByText('flagged as unsafe (code “graphic”)')).toBeInTheDocument();
  });
});

describe('moderation on the real page', () => {
  const sim = useSimulator('moderation');

  it("marks the moderation demo's flagged frames and says there is no video to show", async () => {
    const id = sim.fresh('sora-2:task_demo_moderation');
    await sim.start(id);
    sim.clock.advanceSeconds(600);
    const { user, router } = renderApp('/');
    await connectThroughSettings(user, { baseUrl: sim.origin });
    // A failed reseller body keeps pending_info, so the page alone knows n_frames.
    await act(() => router.navigate(`/tasks/${encodeURIComponent(id)}`));
    await screen.findByRole('heading', { level: 1, name: id });

    const moderation = await screen.findByRole('region', { name: 'Moderation' });
    expect(
      await within(moderation).findByText('The finished video was rejected'),
    ).toBeInTheDocument();
    const strip = within(moderation).getByRole('group', {
      name: /^Moderation results on the video's \d+ frames$/,
    });
    // The task failed: there will never be a video, so the marks cannot act, and say why.
    expect(
      within(strip).getByRole('button', {
        name: /^Frame 24: flagged as unsafe \(sexual content\)/,
      }),
    ).toBeDisabled();
    expect(within(moderation).getByRole('status')).toHaveTextContent('No video: the task failed.');
  });
});
