// What the ZIP panel says about skipped tasks, videos it could not fetch, and the whole run.
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../../src/lib/i18n';
import {
  planWords,
  problemWords,
  savedWords,
  skipWords,
} from '../../../../src/features/tasks/video-zip/zip-words';

afterEach(() => activateLocale('en'));

describe('problemWords', () => {
  it('names the HTTP status when the host’s answer was readable', () => {
    expect(problemWords({ kind: 'status', status: 404 })).toBe('the host answered HTTP 404');
    expect(problemWords({ kind: 'status', status: 403 })).toBe(
      'the host answered HTTP 403 (the link may have expired)',
    );
  });

  it('says what a browser cannot tell apart when the answer was not readable', () => {
    expect(problemWords({ kind: 'refused' })).toBe(
      'the host refused a browser download: CORS or an expired link',
    );
  });

  it('keeps the API’s own words for a file that needs the key', () => {
    expect(problemWords({ kind: 'api', message: 'Rate limited (429).' })).toBe(
      'Rate limited (429).',
    );
    expect(problemWords({ kind: 'too-large' })).toBe('The file is larger than 512 MB.');
  });
});

describe('skipWords', () => {
  it('says why each kind of task is left out', () => {
    expect(skipWords({ kind: 'status', category: 'running' })).toBe('not finished yet');
    expect(skipWords({ kind: 'status', category: 'failed' })).toBe('the task failed');
    expect(skipWords({ kind: 'status', category: 'not-found' })).toBe(
      'the provider does not know this task',
    );
    expect(skipWords({ kind: 'key-elsewhere', origin: 'https://files.example' })).toBe(
      'its file needs your API key but is on https://files.example, and the key goes only to the API',
    );
  });
});

describe('the run in words', () => {
  it('counts in the plural a count needs, with sizes through Intl', () => {
    expect(planWords(1, 3)).toBe('1 video of 3 selected goes into one ZIP file.');
    expect(planWords(3, 1200)).toBe('3 videos of 1,200 selected go into one ZIP file.');
    expect(savedWords(1, 131_435, 'v.zip')).toBe('Saved 1 video (129 kB) in v.zip.');
    expect(savedWords(3, 3.25 * 1024 ** 3, 'v.zip')).toBe('Saved 3 videos (3.3 GB) in v.zip.');
  });

  it('speaks Chinese with the numbers of the locale', async () => {
    await activateLocale('zh-CN', ['zh-CN']);
    expect(planWords(3, 1200)).toBe('已选 1,200 个任务，其中 3 个视频将打包进一个 ZIP 文件。');
    expect(problemWords({ kind: 'refused' })).toBe(
      '文件服务器拒绝了浏览器下载：CORS 限制或链接已过期',
    );
  });
});
