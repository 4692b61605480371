/**
 * Smoke test in a real Chromium: the built extension loads, its popup renders without errors,
 * and its content script reaches every frame of an ordinary web page without breaking it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collectPageErrors,
  contentScriptFrames,
  launchWithExtension,
  outputPath,
  pingContentScripts,
  serveFixtures,
  type ExtensionBrowser,
} from './helpers';
import type { StaticServer } from '../../src/dev/static-server';

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

describe('Mastery in Chromium', () => {
  test('the service worker runs from the extension', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(browser.extensionUrl('service-worker-loader.js'));
  });

  test('the popup shows its heading and logs no errors', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 320, height: 400 });
    await page.goto(browser.extensionUrl('src/ui/popup/index.html'));

    const heading = page.getByRole('heading', { level: 1, name: 'Mastery' });
    await heading.waitFor({ state: 'visible' });
    await expect(page.getByText('Kinder stories for the things you write.').isVisible()).resolves.toBe(true);
    // The body is as tall as the popup's content, like the real popup window.
    await page.locator('body').screenshot({ path: outputPath('popup.png') });

    expect(errors).toEqual([]);
    await page.close();
  });

  test('the options page renders and logs no errors', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(browser.extensionUrl('src/ui/options/index.html'));
    await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the content script runs in every frame of a compose page without errors', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${fixtures.url}compose.html`, { waitUntil: 'load' });

    // Top frame, the srcdoc iframe and the about:blank iframe (document.open() gave that one its
    // parent's URL, as it does in webmail editors).
    const top = `${fixtures.url}compose.html`;
    await expect.poll(() => contentScriptFrames(page, browser.extensionId), { timeout: 10_000 }).toEqual([top, 'about:srcdoc', top]);
    // The script got as far as listening for messages: exactly this one tab answers.
    await expect
      .poll(() => pingContentScripts(browser.serviceWorker), { timeout: 10_000 })
      .toEqual([{ type: 'mastery:pong', topFrame: true }]);

    // The page itself is untouched: its text is still there as written.
    await expect(page.locator('#reply').inputValue()).resolves.toContain('I screwed this up. I suck.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
