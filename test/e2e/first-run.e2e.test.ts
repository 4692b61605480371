/**
 * The first five minutes, in a real Chromium on the built extension: the welcome page opens by
 * itself on install (once), reads well in light and dark for axe-core and for a person looking at
 * its screenshots, names the shortcuts as the browser has them bound, and is one click away in the
 * popup; and the "open the card" command, as the browser delivers it, opens the card in the frame
 * where the user is writing.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { WELCOME_PATH } from '../../src/shared/pages';
import { OPEN_CARD_COMMAND, openCardKeys, REFRAME_COMMAND } from '../../src/shared/shortcuts';
import { readCard, underlinedWords } from './content-helpers';
import { join } from 'node:path';
import { collectPageErrors, launchWithExtension, outputPath, pressCommand, ROOT, serveFixtures, type ExtensionBrowser } from './helpers';
import { seriousViolations, shoot } from './pages';

const POLL = { timeout: 15_000, interval: 50 };

let browser: ExtensionBrowser;
let fixtures: StaticServer;

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchWithExtension({ keepWelcome: true });
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

const welcomeTabs = () => browser.context.pages().filter((p) => p.url() === browser.extensionUrl(WELCOME_PATH));

async function openWelcome(scheme: 'light' | 'dark'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(browser.extensionUrl(WELCOME_PATH));
  await page.getByRole('heading', { level: 1, name: 'Welcome to Mastery' }).waitFor();
  return { page, errors };
}

describe('the welcome page', () => {
  test('opens by itself when Mastery is installed, once', async () => {
    await expect.poll(() => welcomeTabs().length, POLL).toBe(1);
    const page = welcomeTabs()[0] as Page;
    await page.getByRole('heading', { level: 1, name: 'Welcome to Mastery' }).waitFor();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no serious accessibility problems, and shows what Mastery does (${scheme})`, async () => {
      const { page, errors } = await openWelcome(scheme);
      // The trial field starts with an example, already noticed.
      await expect.poll(() => page.locator('[data-testid="try-result"] mark').count(), POLL).toBeGreaterThan(0);
      // Access to websites is granted here: nothing is said about it.
      await expect(page.getByRole('heading', { name: 'Mastery cannot see the pages you write on' }).count()).resolves.toBe(0);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await page.screenshot({ path: outputPath(`welcome-${scheme}.png`), fullPage: true, animations: 'disabled' });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('names the shortcuts as the browser has them bound', async () => {
    const bound = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<Array<{ name: string; shortcut?: string }>> } };
      };
      return chrome.commands.getAll();
    });
    const keys = (name: string) => bound.find((c) => c.name === name)?.shortcut ?? '';
    // Both commands are there, where people change keys (chrome://extensions/shortcuts).
    expect(bound.map((c) => c.name)).toEqual(expect.arrayContaining([OPEN_CARD_COMMAND, REFRAME_COMMAND]));
    const { page } = await openWelcome('light');
    const shown = page.getByTestId('shortcuts').locator('kbd');
    await expect.poll(() => shown.allTextContents(), POLL).toEqual([openCardKeys(keys(OPEN_CARD_COMMAND)), keys(REFRAME_COMMAND)]);
    await page.close();
  });

  test('is one click away in the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 384, height: 600 });
    await popup.goto(browser.extensionUrl('src/ui/popup/index.html'));
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url() === browser.extensionUrl(WELCOME_PATH) });
    await popup.getByRole('navigation', { name: 'Mastery' }).getByRole('link', { name: 'Welcome' }).click();
    const welcome = await opened;
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Mastery' }).waitFor();
    await shoot(popup, 'popup-menu.png');
    await welcome.close();
    await popup.close();
  });
});

describe('the demo page (npm start)', () => {
  test('starts with the caret in the draft, so underlines come without a click, and says where to click', async () => {
    const demo = await serveFixtures(join(ROOT, 'src/dev/demo'));
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 1100, height: 800 });
    try {
      await page.goto(`${demo.url}index.html`);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('draft');
      await expect(
        page.evaluate(() => getSelection()?.anchorNode?.textContent?.slice(0, getSelection()?.anchorOffset).endsWith('I suck.')),
      ).resolves.toBe(true);
      await expect(page.getByRole('region', { name: 'How to try Mastery here' }).textContent()).resolves.toContain(
        'Rest the pointer on an underline',
      );
      await expect.poll(() => underlinedWords(page), POLL).toContain('I suck');
      await page.screenshot({ path: outputPath('demo.png'), animations: 'disabled' });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await demo.close();
    }
  });
});

describe('the open-card command', () => {
  test('opens the card for the phrase at the caret in the frame that has focus, focus inside', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 900, height: 640 });
    await page.goto(`${fixtures.url}iframe.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    await frame.click('#tinymce');
    await expect.poll(() => underlinedWords(frame), POLL).toContain('I am such a failure');
    // The caret inside the phrase, as a writer would leave it.
    await frame.evaluate(() => {
      const text = [...document.querySelectorAll('p')].map((p) => p.firstChild).find((n) => n?.textContent?.includes('failure'));
      if (!text) throw new Error('no paragraph');
      const at = (text.textContent ?? '').indexOf('failure');
      getSelection()?.collapse(text, at);
    });
    await pressCommand(browser.serviceWorker, page, OPEN_CARD_COMMAND);
    // Opened from the keyboard for the frame's phrase, with focus inside the card. The frame is too
    // small for a card, so it is drawn in the page around the frame, on the page's root element.
    const cdp = await browser.context.newCDPSession(page);
    await expect.poll(async () => (await readCard(cdp))?.text ?? '', POLL).toContain('failure');
    await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector(':root > div')), POLL).toBe(true);
    await cdp.detach();
    // Esc closes it and puts the caret back in the editor.
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id), POLL).toBe('tinymce');
    expect(errors).toEqual([]);
    await page.close();
  });
});
