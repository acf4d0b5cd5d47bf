// Download videos: finished demo tasks selected in the list, their videos saved as one ZIP, the
// ZIP opened here and its entries compared with the simulator's own file. Chromium offers the
// File System Access API, whose picker a headless browser cannot answer: an init script stands
// in for it with a file in the origin-private file system, which the test reads back. A second
// test takes the path of browsers without that API (a Blob, saved as a download).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mediaDir } from '../../server/simulator/media-files';
import { freshInstanceId } from '../../server/simulator/task-id';
import { addTasks, connectToSimulator, taskRow, useBrowser, waitForStatus } from './browser';

const session = useBrowser();

let run = Math.floor(Math.random() * 900_000) + 100_000;
const fresh = (entryId: string) => freshInstanceId(entryId, String(run++ % 1_000_000));

/** The file name the single Download gives: the id, then the prompt's first words. */
const fileNameOf = (id: string, slug: string) =>
  `${id.replace(/[^A-Za-z0-9_-]+/g, '_')}${slug ? `-${slug}` : ''}.mp4`;

/** Adds the tasks, waits until each row shows `status`, and ticks their "Select" boxes. */
async function selectFinished(page: Page, tasks: { id: string; status: 'Succeeded' | 'Failed' }[]) {
  await page.goto('/');
  await addTasks(page, tasks.map((task) => task.id).join('\n'));
  for (const { id, status } of tasks) await waitForStatus(taskRow(page, id), status, 60_000);
  for (const { id } of tasks) {
    await page.getByRole('checkbox', { name: `Select ${id}`, exact: true }).check();
  }
  await page
    .getByRole('region', { name: 'Selected tasks' })
    .getByRole('button', { name: 'Download videos' })
    .click();
  return page.getByRole('region', { name: 'Download videos' });
}

async function expectRealMp4s(zip: Uint8Array, names: string[]): Promise<void> {
  const demo = new Uint8Array(await readFile(join(mediaDir, 'demo.mp4')));
  const entries = unzipSync(zip);
  expect(Object.keys(entries).sort()).toEqual([...names].sort());
  for (const name of names) {
    const bytes = entries[name];
    expect(new TextDecoder().decode(bytes?.subarray(4, 8)), name).toBe('ftyp');
    expect(bytes, name).toEqual(demo);
  }
}

describe('Download videos', () => {
  it('streams the selected finished videos into one ZIP file that the person picks', async () => {
    const { page } = session;
    // Chromium's picker, answered with a file in the origin-private file system.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', {
        configurable: true,
        value: async (options: { suggestedName?: string }) => {
          sessionStorage.setItem('picked-as', options.suggestedName ?? '');
          const root = await navigator.storage.getDirectory();
          return root.getFileHandle('picked.zip', { create: true });
        },
      });
    });
    const mediaRequests: { url: string; authorization: string | undefined }[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/sim/media/') || request.url().includes('/content')) {
        mediaRequests.push({ url: request.url(), authorization: request.headers().authorization });
      }
    });
    const sora = fresh('sora-2:task_demo_fast');
    const official = fresh('video_demo_official');
    const veo = fresh('veo3.1-fast:1770350082-trii1OXZc3');
    const gone = fresh('sora-2:task_demo_link_gone');
    const failed = fresh('sora-2:task_demo_failure');
    await connectToSimulator(page);
    const panel = await selectFinished(page, [
      { id: sora, status: 'Succeeded' },
      { id: official, status: 'Succeeded' },
      { id: veo, status: 'Succeeded' },
      { id: gone, status: 'Succeeded' },
      { id: failed, status: 'Failed' },
    ]);

    await panel.getByText('4 videos of 5 selected go into one ZIP file.').waitFor();
    await panel
      .getByRole('list', { name: 'Skipped tasks' })
      .getByText(`${failed}: the task failed`)
      .waitFor();
    const askedAgain: string[] = [];
    page.on('request', (request) => {
      const path = decodeURIComponent(new URL(request.url()).pathname);
      if (path.startsWith('/v1/videos/') && path.includes(gone)) askedAgain.push(path);
    });
    await panel.getByRole('button', { name: 'Download ZIP' }).click();

    const summary = panel.getByRole('status').filter({ hasText: /^Saved 3 videos \(/ });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^Saved 3 videos \(\d+ kB\) in picked\.zip\.$/);
    const notFetched = panel
      .getByRole('list', { name: 'Videos not fetched' })
      .getByRole('listitem');
    expect(await notFetched.allTextContents()).toEqual([
      `${gone}: the host answered HTTP 403 (the link may have expired)`,
    ]);
    expect(await page.evaluate(() => sessionStorage.getItem('picked-as'))).toMatch(
      /^reelwatch-videos-\d{4}-\d{2}-\d{2}\.zip$/,
    );

    const zip = await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const file = await (await root.getFileHandle('picked.zip')).getFile();
      const bytes = new Uint8Array(await file.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    });
    await expectRealMp4s(new Uint8Array(Buffer.from(zip, 'base64')), [
      fileNameOf(sora, 'make-animate'),
      fileNameOf(official, 'waves-rolling-onto-a-black-sand-beach'),
      fileNameOf(veo, 'make-the-two-photos-into-one-continuous'),
    ]);
    // The key went only to the API's own /content, never to a media link.
    for (const request of mediaRequests) {
      expect(request.authorization, request.url).toBe(
        request.url.includes('/content') ? 'Bearer sk-e2e-test' : undefined,
      );
    }
    // One request per file: the task with the dead link was asked for again (it is finished,
    // so nothing else asks for it), and the same dead link was not fetched twice.
    expect(
      mediaRequests.filter((request) => request.url.includes('/sim/media/demo.mp4')),
    ).toHaveLength(3);
    expect(askedAgain).toEqual([`/v1/videos/${gone}`]);
  });

  it('saves the ZIP as a download where the browser cannot stream to a file', async () => {
    const { page } = session;
    await page.addInitScript(() => {
      // A browser without the File System Access API.
      Reflect.deleteProperty(Window.prototype, 'showSaveFilePicker');
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    });
    const sora = fresh('sora-2:task_demo_fast');
    const official = fresh('video_demo_official');
    const veo = fresh('veo3.1-fast:1770350082-trii1OXZc3');
    await connectToSimulator(page);
    const panel = await selectFinished(page, [
      { id: sora, status: 'Succeeded' },
      { id: official, status: 'Succeeded' },
      { id: veo, status: 'Succeeded' },
    ]);
    await panel.getByText(/The ZIP is put together in this page’s memory/).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download ZIP' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^reelwatch-videos-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(download.url()).toMatch(/^blob:/);
    await panel
      .getByRole('status')
      .filter({ hasText: /^Saved 3 videos/ })
      .waitFor();
    expect(await panel.getByRole('list', { name: 'Videos not fetched' }).count()).toBe(0);
    const path = await download.path();
    await expectRealMp4s(new Uint8Array(await readFile(path)), [
      fileNameOf(sora, 'make-animate'),
      fileNameOf(official, 'waves-rolling-onto-a-black-sand-beach'),
      fileNameOf(veo, 'make-the-two-photos-into-one-continuous'),
    ]);
  });
});
