/**
 * The README's pictures, taken from the real extension on every run so they never go stale:
 * the underline in a compose window, the open card, one step of the popup and the settings page.
 *
 * Fixed content, a fixed viewport, the light theme, device scale 1, no animation, no caret; each
 * cropped to what a person would look at, and kept small (they are committed, in
 * test/e2e/screenshots/, unlike test/e2e/output/).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { boxOf, flatten, onText, readCard, underlines } from './content-helpers';
import { collectPageErrors, launchWithExtension, ROOT, serveFixtures, type ExtensionBrowser } from './helpers';

const SCREENSHOTS_DIR = join(ROOT, 'test/e2e/screenshots');
/** Each picture stays under this many bytes. */
const MAX_BYTES = 120 * 1024;
const POLL = { timeout: 15_000, interval: 50 };

let browser: ExtensionBrowser;
let fixtures: StaticServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  fixtures = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest box holding all of `boxes`, grown by `margin` and kept inside the viewport. */
function around(page: Page, boxes: Box[], margin: number): Box {
  const viewport = page.viewportSize() ?? { width: 1000, height: 800 };
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
}

async function save(page: Page, name: string, clip: Box): Promise<void> {
  const path = join(SCREENSHOTS_DIR, name);
  await page.screenshot({ path, clip, animations: 'disabled', caret: 'hide', scale: 'css' });
  expect(statSync(path).size).toBeLessThan(MAX_BYTES);
}

async function webPage(name: string, size: { width: number; height: number }): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const errors = collectPageErrors(page);
  await page.goto(`${fixtures.url}${name}`, { waitUntil: 'load' });
  return { page, cdp: await browser.context.newCDPSession(page), errors };
}

describe('README screenshots', () => {
  test('the underline in a compose window, and the card that opens from it', async () => {
    // Tall enough for the whole card below the phrase.
    const { page, cdp, errors } = await webPage('showcase.html', { width: 1000, height: 1000 });
    await page.click('#editor p:last-child');
    await expect.poll(async () => (await underlines(page, cdp)).map((h) => h.text), POLL).toEqual(["I'm such an idiot"]);
    // The pointer rests off the text, so nothing is hovered.
    await page.mouse.move(980, 980);
    const compose = await page.locator('.compose').boundingBox();
    if (!compose) throw new Error('no compose window');
    await save(page, 'underline.png', around(page, [compose], 16));

    const [mark] = await underlines(page, cdp);
    if (!mark) throw new Error('no underline');
    await page.mouse.click(onText(mark).x, onText(mark).y);
    await expect.poll(async () => ((await readCard(cdp))?.buttons.size ?? 0) > 0, POLL).toBe(true);
    await page.mouse.move(980, 980);
    const dialog = (await flatten(cdp, 'html > div')).find((n) => n.closed && n.attrs.role === 'dialog');
    const card = dialog ? await boxOf(cdp, dialog.backendNodeId) : null;
    if (!card) throw new Error('no card on screen');
    await save(page, 'card.png', around(page, [compose, card], 16));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the popup, opened over the compose window with a sentence selected', async () => {
    const web = await webPage('showcase.html', { width: 1000, height: 760 });
    await web.page.click('#editor p:last-child');
    await expect.poll(async () => (await underlines(web.page, web.cdp)).length, POLL).toBe(1);
    // Select the sentence, as someone about to ask Mastery about it would.
    await web.page.evaluate(() => {
      const text = document.querySelector('#editor p:nth-child(2)')?.firstChild;
      if (!text?.textContent) throw new Error('no paragraph');
      const start = text.textContent.indexOf('I got');
      const end = text.textContent.indexOf('idiot.') + 'idiot.'.length;
      getSelection()?.setBaseAndExtent(text, start, text, end);
    });
    const tabId = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    });
    if (tabId === null) throw new Error('the compose page has no tab');

    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    // Clicking the toolbar button grants activeTab, which shows the popup the tab's address. A test
    // cannot click the toolbar, so the popup is told the address, a webmail's, that it would see.
    await page.addInitScript(
      ({ id, url }) => {
        const { chrome } = globalThis as unknown as {
          chrome?: { tabs?: { get(id: number): Promise<object>; query(q: object): Promise<object[]> } };
        };
        const tabs = chrome?.tabs;
        if (!tabs) return;
        const get = tabs.get.bind(tabs);
        tabs.get = async (asked: number) => ({ ...(await get(asked)), url: asked === id ? url : undefined });
        tabs.query = async () => [{ ...(await get(id)), url }];
      },
      { id: tabId, url: 'https://mail.example.com/compose' },
    );
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    // The toolbar popup is 384 px wide and at most 600 px tall.
    await page.setViewportSize({ width: 384, height: 600 });
    await page.goto(browser.extensionUrl('src/ui/popup/index.html'));
    const thought = page.getByLabel('What story are you telling yourself?');
    await expect.poll(() => thought.inputValue(), POLL).toContain("I'm such an idiot.");
    await expect.poll(() => page.getByTestId('tab-count').textContent(), POLL).toBe('1 phrase on this page could use a kinder word.');
    // A selection arrives already noticed.
    await expect.poll(() => page.locator('mark').allTextContents(), POLL).toEqual(["I'm such an idiot"]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(383, 599);
    await save(page, 'popup.png', { x: 0, y: 0, width: 384, height: 600 });
    expect(errors).toEqual([]);
    expect(web.errors).toEqual([]);
    await page.close();
    await web.page.close();
  });

  test('the settings page: the kinds of story Mastery notices', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(browser.extensionUrl('src/ui/options/index.html'));
    await page.getByRole('heading', { level: 2, name: 'What Mastery notices' }).waitFor();
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const card = await page.locator('#notices').boundingBox();
    const switches = await page.locator('#notices .switch-list').first().boundingBox();
    if (!title || !card || !switches) throw new Error('the settings page is not laid out as expected');
    // From the title to the last switch, as wide as the settings card.
    await save(page, 'settings.png', around(page, [title, { ...card, height: switches.y + switches.height - card.y }], 16));
    expect(errors).toEqual([]);
    await page.close();
  });
});
