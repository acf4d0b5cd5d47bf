import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugOf, uniqueFileNames, videoFileName } from '../../../src/domain/video-file-name';

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

describe('uniqueFileNames', () => {
  it('numbers a later duplicate before its extension, ignoring case', () => {
    expect(
      uniqueFileNames(['a.mp4', 'b.mp4', 'A.mp4', 'a.mp4', 'a-2.mp4', 'noext', 'noext']),
    ).toEqual(['a.mp4', 'b.mp4', 'A-2.mp4', 'a-3.mp4', 'a-2-2.mp4', 'noext', 'noext-2']);
  });

  it('gives the tasks whose ids differ only where a file name cannot show it names of their own', () => {
    const names = ['sora-2:task_x', 'sora-2_task_x', 'sora-2/task_x'].map((id) =>
      videoFileName({ id, prompt: 'A cat' }),
    );
    expect(uniqueFileNames(names)).toEqual([
      'sora-2_task_x-a-cat.mp4',
      'sora-2_task_x-a-cat-2.mp4',
      'sora-2_task_x-a-cat-3.mp4',
    ]);
  });

  it('never gives two names that a case-insensitive file system would take for one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a.mp4', 'A.mp4', 'a-2.mp4', 'b', 'B-2', 'b-2')),
        (names) => {
          const unique = uniqueFileNames(names).map((name) => name.toLowerCase());
          expect(new Set(unique).size).toBe(names.length);
        },
      ),
    );
  });
});
