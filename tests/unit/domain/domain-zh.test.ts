// Text the domain and the HTTP seam make, and other parts show, in Chinese: made when asked
// for, in the language of the page then, never once at import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseBaseUrl, providerRefusal, type Connection } from '../../../src/api/http-client';
import { checkQueryTemplates } from '../../../src/domain/check-query-templates';
import { FAILURE_LABELS } from '../../../src/domain/failure-classes';
import { explainFailure } from '../../../src/domain/failure-explanations';
import { DEFAULT_QUERY_TEMPLATES } from '../../../src/domain/query-endpoints';
import { describeEta, estimateTimeLeft } from '../../../src/domain/task-eta';
import { formatSpan, typicalDuration } from '../../../src/domain/typical-duration';
import { activateLocale } from '../../../src/lib/i18n';
import { parseTask } from '../../../src/domain/task-model';
import { failureText } from '../../../src/domain/readers/read-failure';

const connection: Connection = {
  baseUrl: 'https://api.quickrouter.ai',
  apiKey: 'sk-secret',
  forwardedHost: '',
  viaProxy: false,
  appOrigin: 'http://localhost:5173',
  queryTemplates: DEFAULT_QUERY_TEMPLATES,
};

beforeEach(() => activateLocale('zh-CN', ['zh-CN']));
afterEach(() => activateLocale('en'));

describe('the domain’s words in Chinese', () => {
  it('reads the failure labels when they are read, in the page’s language', async () => {
    expect(FAILURE_LABELS.quota).toBe('额度或计费');
    await activateLocale('en');
    expect(FAILURE_LABELS.quota).toBe('quota or billing');
  });

  it('explains a failure class', () => {
    expect(explainFailure('timed-out')).toEqual({
      title: '超时',
      explanation: '生成过程或对它的请求耗时超过了服务商的上限。',
      advice: '请重新提交；更短或更小的视频完成得更快。',
    });
  });

  it('says the time left as a range, with the units in Chinese and the numbers through Intl', () => {
    expect(describeEta({ known: true, until: 'done', lowMs: 130_000, highMs: 230_000 })).toBe(
      '剩余 2–4 分钟',
    );
    expect(describeEta({ known: true, until: 'leaves-queue', lowMs: 12_000, highMs: 28_000 })).toBe(
      '10–30 秒后离开队列',
    );
    expect(formatSpan(45_000, 170_000)).toBe('45 秒–3 分钟');
    expect(formatSpan(130_000, 230_000)).toBe('2–4 分钟');
    expect(formatSpan(180_000, 180_000)).toBe('约 3 分钟');
    expect(estimateTimeLeft([], 0)).toEqual({ known: false, reason: '尚未收到服务商的任何响应' });
  });

  it('counts the finished tasks still needed, whatever their number', () => {
    const one = [{ id: 'a', ms: 60_000, basis: 'provider' as const, finishedAt: 1 }];
    const typical = typicalDuration('veo3.1-fast', one);
    expect(typical.known ? '' : typical.reason).toBe(
      '此浏览器中只有 1 个已完成的 veo3.1-fast 任务；需要 3 个',
    );
  });

  it('checks Query endpoints line by line, the line quoted as typed', () => {
    expect(checkQueryTemplates('v1/videos/{id}', 'https://api.quickrouter.ai')).toEqual({
      ok: false,
      problems: ['第 1 行（“v1/videos/{id}”）必须以单个 / 开头，例如 /v1/videos/{id}。'],
    });
  });

  it('says what is wrong with a base URL, and quotes a refusal without the key', () => {
    expect(() => normaliseBaseUrl('http://api.example.com')).toThrow(
      '接口地址必须以 https:// 开头（仅 localhost 允许使用 http）。',
    );
    expect(providerRefusal(connection, '1004', 'bad key sk-secret').message).toBe(
      '服务商返回了错误（代码 1004）：“bad key ••••”。请按提示修正后点击刷新。',
    );
  });

  it('says an error kept from before a change of language in the new language', async () => {
    const kept = (() => {
      try {
        normaliseBaseUrl('https:///v1');
      } catch (error) {
        return error;
      }
    })();
    expect(kept).toBeInstanceOf(Error);
    expect(String(kept)).toContain('缺少主机名');
    await activateLocale('en');
    expect(kept instanceof Error && kept.message).toBe(
      "“https:///v1” is not a URL: the host name is missing. Use the API's address, for example https://api.quickrouter.ai.",
    );
  });

  it('says our reason for a failure the provider gave none for in the page’s language', async () => {
    const task = parseTask({ id: 'video_x', status: 'failed' }, 'video_x');
    expect(task.failure?.ownReason).toBe('none');
    // Kept (and stored) in English, shown in the page's language.
    expect(task.failure?.message).toBe(
      'The provider marked this task as failed without giving a reason.',
    );
    expect(task.failure && failureText(task.failure)).toBe(
      '服务商将此任务标记为失败，但没有给出原因。',
    );
    await activateLocale('en');
    expect(task.failure && failureText(task.failure)).toBe(
      'The provider marked this task as failed without giving a reason.',
    );
  });
});
