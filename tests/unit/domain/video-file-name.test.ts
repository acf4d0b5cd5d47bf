import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugOf, videoFileName } from '../../../src/domain/video-file-name';

describe('videoFileName', () => {
  it('joins the task id and the first words of the prompt', () => {
    expect(
      videoFileName({ id: 'sora-2:task_abc', prompt: 'A paper boat drifting, cinematic!' }),
    ).toBe('sora-2_task_abc-a-paper-boat-drifting-cinematic.mp4');
  });

  it('is the id alone without a prompt', () => {
    expect(videoFileName({ id: 'video_68d1', prompt: undefined })).toBe('video_68d1.mp4');
    expect(videoFileName({ id: 'video_68d1', prompt: '!!!' })).toBe('video_68d1.mp4');
  });

  it('keeps words in any script and drops accents', () => {
    expect(slugOf('Café crème — 一只猫在睡觉')).toBe('cafe-creme-一只猫在睡觉');
  });

  it('cuts long prompts at a word boundary', () => {
    expect(slugOf('A paper boat drifting down a rainy street at dusk, cinematic')).toBe(
      'a-paper-boat-drifting-down-a-rainy',
    );
  });

  it('never yields a character that file systems or paths treat specially', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (id, prompt) => {
        const name = videoFileName({ id, prompt });
        expect(name).not.toMatch(/[/\\:*?"<>|]/);
        expect([...name].every((char) => char.charCodeAt(0) >= 0x20)).toBe(true);
        expect(name.endsWith('.mp4')).toBe(true);
        expect(Array.from(slugOf(prompt)).length).toBeLessThanOrEqual(40);
      }),
    );
  });
});
