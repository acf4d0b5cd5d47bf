// The inpaint section on its own, fed by the response model from the shapes in api-shapes.md,
// inside the page's player registry (with a stand-in <video> where a test needs one).
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseTask } from '../../src/domain/task-model';
import { InpaintSection } from '../../src/features/task-detail/inputs/inpaint-section';
import seedJson from '../fixtures/seed-running.json';
import { renderWithPlayer } from './frame-seek-harness';

const SEED_ID = 'sora-2:task_01k6x15vhrff09dkkqjrzwhm60';
const pending = seedJson.detail.pending_info;
const seedItem = pending.inpaint_items[0];

/** The seed body with its pending_info patched, parsed as the page would. */
function seedTask(patch: Record<string, unknown> = {}) {
  return parseTask(
    { ...seedJson, detail: { ...seedJson.detail, pending_info: { ...pending, ...patch } } },
    SEED_ID,
  );
}

function withCrop(cropBounds: unknown) {
  return seedTask({ inpaint_items: [{ ...seedItem, crop_bounds: cropBounds }] });
}

function renderSection(
  task: ReturnType<typeof seedTask>,
  options: { videoDuration?: number; totalFrames?: number; noVideo?: string } = {},
) {
  const totalFrames = options.totalFrames ?? task.frames;
  return renderWithPlayer(<InpaintSection items={task.inpaintItems} totalFrames={totalFrames} />, {
    totalFrames,
    videoDuration: options.videoDuration,
    noVideo: options.noVideo,
  });
}

function item(number: number): HTMLElement {
  return screen.getByRole('listitem', { name: `Inpaint item ${number}` });
}

describe('inpaint items, drawn', () => {
  it('the seed body: both items at frame 0 on a strip of 450 frames, whole images', async () => {
    const { user } = renderSection(seedTask());
    expect(
      screen.getByRole('group', { name: "Inpaint items on the video's 450 frames" }),
    ).toHaveAccessibleDescription(/Bars: the source frames each item covers/);
    for (const number of [1, 2]) {
      const figure = within(item(number)).getByRole('figure');
      expect(figure).toHaveTextContent('Crop: none, the whole image');
      expect(
        within(figure).getByRole('img', {
          name: `Input ${number}, used by inpaint item ${number}`,
        }),
      ).toBeInTheDocument();
      expect(within(item(number)).getByText('None (whole image)')).toBeInTheDocument();
    }

    // Nothing registered a video (not loaded yet): the click says so.
    await user.click(within(item(2)).getByRole('button', { name: 'Show frame 0 in the video' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'The video is not loaded yet, so frame 0 cannot be shown.',
    );
  });

  it('offers no seek where no video will come, and says why once', () => {
    renderSection(seedTask(), { noVideo: 'No video: the task was cancelled.' });
    for (const number of [1, 2]) {
      const show = within(item(number)).getByRole('button', { name: 'Show frame 0 in the video' });
      expect(show).toBeDisabled();
      expect(show).toHaveAccessibleDescription('No video: the task was cancelled.');
    }
    expect(screen.getByRole('status')).toHaveTextContent('No video: the task was cancelled.');
  });

  it('crop bounds as fractions: a box described in percent', () => {
    renderSection(withCrop({ left: 0.1, top: 0.2, right: 0.8, bottom: 0.9 }));
    expect(
      screen.getByRole('figure', { name: /^Crop: 10\s%–80\s% across, 20\s%–90\s% down$/ }),
    ).toBeInTheDocument();
    // The bounds as sent stay readable beside the drawing.
    expect(
      within(item(1)).getByText('{"left":0.1,"top":0.2,"right":0.8,"bottom":0.9}'),
    ).toBeInTheDocument();
  });

  it('crop bounds in pixels: drawn against the image once its natural size is known', () => {
    renderSection(withCrop({ left: 35.2, top: 128, right: 281.6, bottom: 576 }));
    const figure = within(item(1)).getByRole('figure');
    expect(figure).toHaveTextContent(
      "Crop: pixels 35.2–281.6 across, 128–576 down (not drawn until the image's size is known)",
    );

    const image = within(figure).getByRole('img', { name: 'Input 1, used by inpaint item 1' });
    Object.defineProperty(image, 'naturalWidth', { value: 352 });
    Object.defineProperty(image, 'naturalHeight', { value: 640 });
    fireEvent.load(image);
    expect(figure).toHaveTextContent(
      'Crop: 10 %–80 % across, 20 %–90 % down (pixels 35.2–281.6 × 128–576 of 352 × 640)',
    );
  });

  it('null bounds mean the whole image; garbage is shown as sent, as text', () => {
    renderSection(
      seedTask({
        inpaint_items: [
          { ...seedItem, crop_bounds: null },
          { ...seedItem, crop_bounds: { left: '<b>x</b>', weird: true } },
        ],
      }),
    );
    expect(within(item(1)).getByRole('figure')).toHaveTextContent('Crop: none, the whole image');
    const garbage = within(item(2)).getByRole('figure');
    expect(garbage).toHaveTextContent('Crop: not understood, shown as sent');
    expect(within(garbage).getByText('{"left":"<b>x</b>","weird":true}')).toBeInTheDocument();
  });

  it('says why there is no strip when n_frames is missing, and still offers the seek', () => {
    renderSection(seedTask({ n_frames: undefined }));
    expect(screen.queryByRole('group', { name: /Inpaint items on the video/ })).toBeNull();
    expect(
      screen.getByText(/has not said how many frames the video has \(n_frames\)/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Show frame 0 in the video' })).toHaveLength(2);
  });

  it('an item pins to the end of the strip when its frames run past it, and says so', () => {
    renderSection(
      seedTask({
        n_frames: 96,
        inpaint_items: [
          seedItem,
          { ...seedItem, frame_index: 72, source_start_frame: 72, source_end_frame: 96 },
        ],
      }),
    );
    expect(
      screen.getByRole('group', { name: "Inpaint items on the video's 96 frames" }),
    ).toHaveAccessibleDescription(/Item 2 reaches frame 96, past the video's last frame \(95\)\./);
  });

  it('the seek button moves the registered video to the item’s frame, by mouse or keyboard', async () => {
    const task = seedTask({
      n_frames: 96,
      inpaint_items: [
        seedItem,
        { ...seedItem, frame_index: 72, source_start_frame: 72, source_end_frame: 95 },
      ],
    });
    const { user } = renderSection(task, { videoDuration: 4 });
    const video = screen.getByLabelText<HTMLVideoElement>("The task's video");
    expect(video.currentTime).toBe(0);

    await user.click(within(item(2)).getByRole('button', { name: 'Show frame 72 in the video' }));
    // 96 frames in 4 s is 24 fps: frame 72 starts at 3 s.
    expect(video.currentTime).toBeCloseTo(3, 2);
    expect(screen.getByRole('status')).toHaveTextContent('Showing frame 72 in the video, paused.');

    const first = within(item(1)).getByRole('button', { name: 'Show frame 0 in the video' });
    await user.click(document.body);
    await user.tab(); // the strip is a drawing: the first stop is item 1's button
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(video.currentTime).toBeCloseTo(0, 2);
  });
});
