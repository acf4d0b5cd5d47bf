// The detail page's words for the prompt, a missing video and a download, as pure functions.
import { describe, expect, it } from 'vitest';
import { promptTexts } from '../../../../src/domain/prompt-words';
import { createdWords } from '../../../../src/features/task-detail/status-section';
import {
  downloadMessage,
  isDownloadProblem,
} from '../../../../src/features/task-detail/video/use-video-download';
import { videoAbsence } from '../../../../src/domain/video-absence';

describe('promptTexts', () => {
  it('shows the prompt and the provider’s rewrite when both came', () => {
    expect(promptTexts({ prompt: 'a fox', enhancedPrompt: 'A red fox at dawn' })).toEqual({
      prompt: 'a fox',
      rewrite: 'A red fox at dawn',
    });
  });

  it('does not pass a rewrite off as the typed prompt when only the rewrite came', () => {
    expect(promptTexts({ prompt: 'A neon city', enhancedPrompt: 'A neon city' })).toEqual({
      prompt: undefined,
      rewrite: 'A neon city',
    });
  });

  it('is the prompt alone without a rewrite', () => {
    expect(promptTexts({ prompt: 'a fox', enhancedPrompt: undefined })).toEqual({
      prompt: 'a fox',
      rewrite: undefined,
    });
  });
});

describe('videoAbsence', () => {
  it('says why there is no video, for every status', () => {
    const words = (status: Parameters<typeof videoAbsence>[0]['status'], blocked: string[] = []) =>
      videoAbsence({ status, blockedUrls: blocked });
    expect(words('failed')).toBe('No video: the task failed.');
    expect(words('cancelled')).toBe('No video: the task was cancelled.');
    expect(words('expired')).toMatch(/^No video: the provider let this task expire/);
    expect(words('succeeded')).toBe('The task finished but the provider sent no video address.');
    expect(words('succeeded', ['http://cdn.example.com/v.mp4'])).toMatch(/not https/);
    for (const status of ['queued', 'running', 'unknown'] as const) {
      expect(words(status)).toBe('The video appears here when the task is done.');
    }
  });
});

describe('downloadMessage', () => {
  const name = 'job-1.mp4';
  it('says what the download did, and which outcomes are problems', () => {
    expect(downloadMessage({ kind: 'idle' }, name)).toBe('');
    expect(downloadMessage({ kind: 'busy', received: 3 * 1024 * 1024 }, name)).toBe(
      'Downloading… 3 MB',
    );
    const saved = { kind: 'done', outcome: { kind: 'saved' } } as const;
    expect(downloadMessage(saved, name)).toBe('Saved as job-1.mp4.');
    expect(isDownloadProblem(saved)).toBe(false);
    const failed = { kind: 'done', outcome: { kind: 'failed', why: 'Rate limited.' } } as const;
    expect(downloadMessage(failed, name)).toBe('Could not download the video: Rate limited.');
    expect(isDownloadProblem(failed)).toBe(true);
    const opened = {
      kind: 'done',
      outcome: { kind: 'opened', url: 'https://cdn.example.com/v.mp4', why: 'No CORS.' },
    } as const;
    expect(downloadMessage(opened, name)).toMatch(/^No CORS\. The video was opened in a new tab/);
  });
});

describe('createdWords', () => {
  const at = Date.UTC(2026, 0, 1, 12, 0, 0);

  it('shows the provider’s creation time as it is when it is not after the first sighting', () => {
    expect(createdWords(at, at + 5_000)).not.toMatch(/clock/);
    expect(createdWords(at, undefined)).not.toMatch(/clock/);
    expect(createdWords(undefined, at)).toBe('—');
  });

  it('says the provider’s clock runs ahead when it created the task after it was first seen', () => {
    expect(createdWords(at + 90_000, at)).toMatch(
      /\(by the provider’s clock, which runs 1 min 30 sec ahead of this device’s\)$/,
    );
  });
});
