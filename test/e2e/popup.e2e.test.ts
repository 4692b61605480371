/**
 * The popup in a real Chromium, on the built extension: a thought reframed end to end through
 * Reckoning, Rumbling and Revolution, saved to the journal; by keyboard alone; handed over from the
 * context menu's window; on a web page with "Pause on this site". axe-core in light and dark, and a
 * screenshot of every step in both, for a human to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { dayKey, type Journal, type Settings } from '../../src/shared/settings';
import { collectPageErrors, launchWithExtension, serveFixtures, type ExtensionBrowser } from './helpers';
import { clearStorage, readStorage, seriousViolations, shoot } from './pages';

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

beforeEach(async () => {
  await clearStorage(browser.serviceWorker);
});

const POPUP = 'src/ui/popup/index.html';
const THOUGHT = 'I screwed this up. I suck.';

async function openPopup(scheme: 'light' | 'dark', query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.emulateMedia({ colorScheme: scheme });
  // The toolbar popup is as wide as its content (384 px) and at most 600 px tall.
  await page.setViewportSize({ width: 384, height: 600 });
  await page.goto(browser.extensionUrl(POPUP + query));
  await page.getByRole('heading', { level: 1, name: 'Mastery' }).waitFor();
  return { page, errors };
}

async function journal(): Promise<Journal | undefined> {
  return (await readStorage(browser.serviceWorker, 'local', ['journal'])).journal as Journal | undefined;
}

describe('the popup', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`reframes a thought end to end and saves it to the journal (${scheme})`, async () => {
      const { page, errors } = await openPopup(scheme);
      const line = page.getByTestId('journal-line');
      await expect.poll(() => line.textContent()).toContain('Your growth journal starts with your first kinder story.');

      // Reckoning: write the thought, notice the story.
      const thought = page.getByLabel('What story are you telling yourself?');
      await expect.poll(() => thought.evaluate((el) => el === document.activeElement)).toBe(true);
      await thought.fill(THOUGHT);
      await page.getByRole('button', { name: 'Notice the story' }).click();
      await expect.poll(() => page.locator('mark').allTextContents()).toEqual(['I screwed this up', 'I suck']);
      await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain('Reckoning');
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await shoot(page, `popup-1-reckoning-${scheme}.png`);

      // Rumbling: at least three labelled stories with Copy buttons, and my own words.
      await page.getByRole('button', { name: /Find kinder stories/ }).click();
      await expect.poll(() => page.locator('[aria-current="step"]').textContent()).toContain('Rumbling');
      const radios = page.getByRole('radio');
      await expect.poll(() => radios.count()).toBeGreaterThanOrEqual(4);
      await expect(page.locator('button.copy').count()).resolves.toBeGreaterThanOrEqual(3);
      await expect(page.locator('.choice-label').allTextContents()).resolves.toContain('What happened, not who I am');
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await shoot(page, `popup-2-rumbling-${scheme}.png`);

      // Pick "What happened, not who I am" and practise it.
      const choice = page.getByRole('radio', { name: /What happened, not who I am/ });
      await choice.check();
      const chosenText = (await page.locator('.choice.is-chosen .choice-text').textContent()) ?? '';
      expect(chosenText.length).toBeGreaterThan(10);
      await page.getByRole('button', { name: /Practise this story/ }).click();
      await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain('Revolution');
      await expect(page.getByTestId('new-story').textContent()).resolves.toBe(chosenText);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await shoot(page, `popup-3-revolution-${scheme}.png`);

      // Save to journal: the service worker counts it, and the popup's line celebrates it.
      await page.getByRole('button', { name: 'Save to journal' }).click();
      await expect.poll(() => line.textContent()).toContain('1 kinder story this week');
      await expect(page.getByRole('button', { name: /Saved to journal/ }).isVisible()).resolves.toBe(true);
      const stored = await journal();
      expect(stored?.days[dayKey(new Date())]?.reframesPractised).toBe(1);
      // Counts only, unless the user asked to keep the text.
      expect(stored?.entries).toEqual([]);
      await shoot(page, `popup-4-saved-${scheme}.png`);

      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('works by keyboard alone', async () => {
    const { page, errors } = await openPopup('light');
    await page.keyboard.type("I'm such an idiot. I always ruin everything.");
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('mark').count()).toBe(2);

    // The body's text holds every heading: focus resting on the body (while a step re-renders) is no focus at all.
    const focusedText = () =>
      page.evaluate(() => (document.activeElement === document.body ? '' : (document.activeElement?.textContent?.trim() ?? '')));
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toMatch(/Find kinder stories/);
    await page.keyboard.press('Enter');
    // Focus lands on the new step's heading.
    await expect.poll(focusedText).toMatch(/Find other stories/);

    // Into the radio group, down to the second story, then on to "Practise this story".
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('.choice.is-chosen .choice-text').textContent();
    for (let i = 0; i < 20 && !/Practise this story/.test(await focusedText()); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toMatch(/Practise the new story/);
    await expect(page.getByTestId('new-story').textContent()).resolves.toBe(second);

    for (let i = 0; i < 5 && (await focusedText()) !== 'Save to journal'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('journal-line').textContent()).toContain('1 kinder story this week');

    // Back through the stepper by keyboard too.
    for (let i = 0; i < 20 && !/Rumbling \(done/.test(await focusedText()); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toContain('Rumbling');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"Reframe with Mastery" is on the selection menu and Alt+Shift+M is its shortcut', async () => {
    const { menuExists, commands } = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          contextMenus: { update(id: string, props: object): Promise<void> };
          commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string; description?: string }>> };
        };
      };
      // update() fails for an entry that does not exist: a way to ask without changing anything.
      const menuExists = await chrome.contextMenus.update('mastery:reframe-selection', {}).then(
        () => true,
        () => false,
      );
      return { menuExists, commands: await chrome.commands.getAll() };
    });
    expect(menuExists).toBe(true);
    expect(commands).toContainEqual(
      expect.objectContaining({ name: 'reframe-selection', shortcut: 'Alt+Shift+M', description: 'Reframe the selected text' }),
    );
  });

  test('opens with the text handed over by the context menu, already noticed', async () => {
    const { page, errors } = await openPopup('light', `?text=${encodeURIComponent('I am such a failure at this.')}`);
    // The fallback when the toolbar popup cannot open: a 420 × 640 window showing the same page.
    await page.setViewportSize({ width: 420, height: 640 });
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await shoot(page, 'popup-window-light.png');
    await expect(page.getByLabel('What story are you telling yourself?').inputValue()).resolves.toBe('I am such a failure at this.');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('picks up a selection stashed in session storage, once', async () => {
    await browser.serviceWorker.evaluate(async (at) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } };
      await chrome.storage.session.set({ 'mastery:pending-reframe': { text: 'I let everyone down again.', tabId: null, at } });
    }, Date.now());
    const first = await openPopup('light');
    await expect.poll(() => first.page.getByLabel('What story are you telling yourself?').inputValue()).toBe('I let everyone down again.');
    await expect
      .poll(async () => (await readStorage(browser.serviceWorker, 'session', ['mastery:pending-reframe']))['mastery:pending-reframe'])
      .toBeUndefined();
    await first.page.close();
    const second = await openPopup('light');
    await second.page.getByRole('button', { name: 'Notice the story' }).waitFor();
    await expect(second.page.getByLabel('What story are you telling yourself?').inputValue()).resolves.toBe('');
    await second.page.close();
  });

  test('on a web page: the page’s count and "Pause on this site"', async () => {
    // Open a compose page and let the content script notice what is in its fields.
    const web = await browser.context.newPage();
    await web.goto(`${fixtures.url}compose.html`);
    await web.locator('#reply').focus();
    const [tab] = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      return chrome.tabs.query({ active: true, lastFocusedWindow: true });
    });
    const tabId = tab?.id;
    if (typeof tabId !== 'number') throw new Error('the compose page has no tab id');
    // The content script reports each frame's findings; the service worker sums them for the badge.
    const badge = async () => {
      const counts = (await readStorage(browser.serviceWorker, 'session', [`badge:${tabId}`]))[`badge:${tabId}`] as
        | Record<string, number>
        | undefined;
      return Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
    };
    await expect.poll(badge, { timeout: 15_000 }).toBeGreaterThan(0);
    const count = await badge();

    // Clicking the toolbar button grants activeTab, which lets the popup see the tab's address. A test
    // cannot click the toolbar, so the popup page is told the address the grant would reveal.
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      const errors = collectPageErrors(page);
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
        { id: tabId, url: `${fixtures.url}compose.html` },
      );
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 384, height: 600 });
      await page.goto(browser.extensionUrl(POPUP));
      const pause = page.getByRole('switch', { name: 'Pause on this site' });
      await pause.waitFor();
      await expect(page.getByText('127.0.0.1', { exact: true }).isVisible()).resolves.toBe(true);
      // The count is the badge's: what the page's content scripts reported for this tab.
      await expect
        .poll(() => page.getByTestId('tab-count').textContent())
        .toBe(`${count} ${count === 1 ? 'phrase' : 'phrases'} on this page could use a kinder word.`);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await shoot(page, `popup-0-web-page-${scheme}.png`);

      if (scheme === 'light') {
        await pause.check();
        await expect
          .poll(
            async () => ((await readStorage(browser.serviceWorker, 'sync', ['settings'])).settings as Settings | undefined)?.pausedSites,
          )
          .toEqual(['127.0.0.1']);
        await expect.poll(() => page.getByTestId('tab-count').textContent()).toBe('Mastery is paused on 127.0.0.1.');
        await pause.uncheck();
        await expect
          .poll(
            async () => ((await readStorage(browser.serviceWorker, 'sync', ['settings'])).settings as Settings | undefined)?.pausedSites,
          )
          .toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
    await web.close();
  });
});
