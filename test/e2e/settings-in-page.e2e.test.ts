/**
 * The user's controls reach the page: pausing a site (from the popup's switch) takes Mastery's
 * underlines away and resuming brings them back; a phrase added on the settings page is underlined
 * in the page. Settings are changed through Mastery's own pages, as a user would.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { underlines } from './content-helpers';
import { collectPageErrors, launchWithExtension, serveFixtures, type ExtensionBrowser } from './helpers';
import { clearStorage } from './pages';

let browser: ExtensionBrowser;
let fixtures: StaticServer;

const POLL = { timeout: 15_000, interval: 50 };

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

beforeEach(async () => {
  await clearStorage(browser.serviceWorker);
});

/** The words Mastery underlines in the page, read through its closed shadow roots. */
async function underlined(page: Page): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    return (await underlines(page, cdp)).map((u) => u.text).sort();
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function openCompose(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${fixtures.url}settings.html`, { waitUntil: 'load' });
  await page.locator('#editor').click();
  return { page, errors };
}

/** Mastery's popup page, told which tab and address it is about, as clicking the toolbar button would. */
async function popupFor(page: Page): Promise<Page> {
  const [tab] = await browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    return chrome.tabs.query({ active: true, lastFocusedWindow: true });
  });
  const popup = await browser.context.newPage();
  await popup.addInitScript(
    ({ id, url }) => {
      const { chrome } = globalThis as unknown as {
        chrome?: { tabs?: { get(id: number): Promise<object>; query(q: object): Promise<object[]> } };
      };
      const tabs = chrome?.tabs;
      if (!tabs || typeof id !== 'number') return;
      const get = tabs.get.bind(tabs);
      tabs.get = async (asked: number) => ({ ...(await get(asked)), url: asked === id ? url : undefined });
      tabs.query = async () => [{ ...(await get(id)), url }];
    },
    { id: tab?.id, url: page.url() },
  );
  await popup.goto(browser.extensionUrl('src/ui/popup/index.html'));
  return popup;
}

describe('settings in the page', () => {
  test('pausing the site takes the underlines away; resuming brings them back', async () => {
    const { page, errors } = await openCompose();
    await expect.poll(() => underlined(page), POLL).toContain('I screwed this up');

    const popup = await popupFor(page);
    const pause = popup.getByRole('switch', { name: 'Pause on this site' });
    await pause.check();
    await expect.poll(() => underlined(page), POLL).toEqual([]);

    // Still paused after a reload: the underline that came back above is the proof the page is
    // listening, so wait for the resume to bring it back rather than for time to pass.
    await page.reload({ waitUntil: 'load' });
    await page.locator('#editor').click();
    await expect(underlined(page)).resolves.toEqual([]);
    await pause.uncheck();
    await expect.poll(() => underlined(page), POLL).toContain('I screwed this up');

    await popup.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a phrase added on the settings page is underlined in the page', async () => {
    const { page, errors } = await openCompose();
    await expect.poll(() => underlined(page), POLL).toContain('I screwed this up');
    expect((await underlined(page)).some((t) => t.includes('potato'))).toBe(false);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('src/ui/options/index.html'));
    await options.getByLabel('A phrase Mastery should notice').fill("I'm such a potato");
    await options.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(() => options.getByTestId('saved').textContent()).toContain('Saved.');

    await expect.poll(async () => (await underlined(page)).some((t) => t.includes('potato')), POLL).toBe(true);
    await expect.poll(() => underlined(page), POLL).toContain("I'm such a potato");

    await options.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
