/**
 * The engine lives in the extension's background, once per browser. In a real Chromium: what a
 * page sends it (candidate sentences only, never a quoted reply), and that a stopped service worker
 * is no bug: the next typing wakes it and the underline still comes.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { recordedMessages, recordMessages, underlinedWords, underlines } from './content-helpers';
import { collectPageErrors, launchWithExtension, serveFixtures, type ExtensionBrowser } from './helpers';

const POLL = { timeout: 15_000, interval: 50 };

let browser: ExtensionBrowser;
let fixtures: StaticServer;

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

/** The extension's service worker now (a stopped one comes back as a new Worker). */
async function currentWorker(): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  return browser.context.serviceWorkers().find(ours) ?? browser.context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 });
}

interface Detect {
  message: { type: string; sentences?: string[] };
}

describe('the background engine', () => {
  test('gets only the sentences worth checking: never a quoted reply, never a plain sentence', async () => {
    await recordMessages(await currentWorker());
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${fixtures.url}gmail.html`);
    await page.click('[role=textbox]');
    await expect.poll(async () => underlinedWords(page), POLL).toContain('I suck');
    const sent = ((await recordedMessages(await currentWorker())) as unknown as Detect[])
      .filter((r) => r.message.type === 'mastery:detect')
      .flatMap((r) => r.message.sentences ?? []);
    expect(sent).toContain('I suck at this.');
    // The quoted reply is blanked before anything is picked; sentences without a trigger word stay in the page.
    expect(sent.join('\n')).not.toMatch(/idiot|screwed|Sam wrote|Hi Sam|patience/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a stopped service worker is woken by typing, and the underline comes', async () => {
    const page: Page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${fixtures.url}textarea.html`);
    await page.click('#empty');
    await page.keyboard.type('Quick update.', { delay: 5 });
    // The page side is up and has talked to the background.
    await expect.poll(async () => ((await recordedMessages(await currentWorker())) as unknown as Detect[]).length, POLL).toBeGreaterThan(0);

    // Stop it, as Chrome does with an idle worker.
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith(prefix)) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...status.values()].includes('running'), POLL).toBe(true);
    const [versionId] = [...status.entries()].find(([, s]) => s === 'running') ?? [];
    if (!versionId) throw new Error('no running service worker');
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await expect.poll(() => status.get(versionId), POLL).toBe('stopped');

    await page.keyboard.type(' I am such an idiot.', { delay: 5 });
    await expect.poll(async () => (await underlines(page, cdp)).length, POLL).toBeGreaterThan(0);
    expect(status.get(versionId)).toBe('running');
    expect(errors).toEqual([]);
    await cdp.detach();
    await page.close();
  });
});
