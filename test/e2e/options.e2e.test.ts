/**
 * The settings page in a real Chromium, on the built extension: changes save at once and survive a
 * reload, export downloads the settings as JSON, erase asks first and then resets everything, and
 * axe-core finds nothing serious in light or dark. Screenshots of the whole page in both schemes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { dayKey, defaultSettings, type Settings } from '../../src/shared/settings';
import { collectPageErrors, launchWithExtension, type ExtensionBrowser } from './helpers';
import { clearStorage, readStorage, seriousViolations } from './pages';
import { outputPath } from './helpers';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  await clearStorage(browser.serviceWorker);
});

const OPTIONS = 'src/ui/options/index.html';

async function openOptions(scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(browser.extensionUrl(OPTIONS));
  await page.getByRole('heading', { level: 2, name: 'What Mastery notices' }).waitFor();
  return { page, errors };
}

async function storedSettings(): Promise<Settings | undefined> {
  return (await readStorage(browser.serviceWorker, 'sync', ['settings'])).settings as Settings | undefined;
}

/** Wait for the page to say it saved, then for the next change to say so again. */
async function saved(page: Page, text: string | RegExp = 'Saved.'): Promise<void> {
  await expect
    .poll(() => page.getByTestId('saved').textContent())
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
}

describe('the settings page', () => {
  test('changes save at once, are announced, and survive a reload', async () => {
    const { page, errors } = await openOptions();
    await expect(page.getByRole('switch', { name: 'Manager mode: perfection asked of others' }).isChecked()).resolves.toBe(false);

    await page.getByRole('switch', { name: 'Verdicts on yourself' }).uncheck();
    await saved(page);
    await page.getByRole('radio', { name: 'Gentle' }).check();
    await expect.poll(async () => (await storedSettings())?.sensitivity).toBe('gentle');

    // A phrase of my own: checked as I type, tried on the sample, then added.
    const phrase = page.getByLabel('A phrase Mastery should notice');
    await phrase.fill('x');
    await expect(page.locator('#new-phrase-hint').textContent()).resolves.toBe('Use at least one real word.');
    await phrase.fill('I’m such a potato');
    await expect.poll(() => page.getByTestId('phrase-preview').locator('mark').textContent()).toBe('I’m such a potato');
    await page.getByRole('button', { name: 'Add phrase' }).click();
    await saved(page, 'Added “I’m such a potato”. Saved.');

    await page.getByLabel('Pause on a site').fill('https://Mail.Example.com/inbox');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await saved(page, 'Paused on mail.example.com. Saved.');

    await page.getByRole('switch', { name: 'Keep the text of my reframes' }).check();
    await expect.poll(async () => (await storedSettings())?.keepReframeText).toBe(true);

    const stored = await storedSettings();
    expect(stored).toMatchObject({
      sensitivity: 'gentle',
      customPhrases: ['I’m such a potato'],
      pausedSites: ['mail.example.com'],
      keepReframeText: true,
    });
    expect(stored?.categories.shame).toBe(false);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'What Mastery notices' }).waitFor();
    await expect(page.getByRole('switch', { name: 'Verdicts on yourself' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('switch', { name: 'Taking all the blame' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Gentle' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('list', { name: 'Your phrases' }).textContent()).resolves.toContain('I’m such a potato');
    await expect(page.getByRole('list', { name: 'Paused sites' }).textContent()).resolves.toContain('mail.example.com');
    await expect(page.getByRole('switch', { name: 'Keep the text of my reframes' }).isChecked()).resolves.toBe(true);

    // And removing works the same way.
    await page.getByRole('button', { name: 'Resume on mail.example.com' }).click();
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('export downloads everything as JSON, settings included', async () => {
    const { page, errors } = await openOptions();
    await page.getByLabel('Pause on a site').fill('docs.example.org');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(async () => (await storedSettings())?.pausedSites).toEqual(['docs.example.org']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mastery-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file, 'utf8')) as { settings: Settings; journal: unknown; exportedAt: string };
    expect(data.settings).toEqual({ ...defaultSettings(), pausedSites: ['docs.example.org'] });
    expect(data.journal).toEqual({ version: 1, days: {}, entries: [] });
    expect(Number.isNaN(Date.parse(data.exportedAt))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('erase asks first, then resets everything to how Mastery started', async () => {
    await seed();
    const { page, errors } = await openOptions();
    await expect(page.getByRole('list', { name: 'Paused sites' }).textContent()).resolves.toContain('mail.example.com');

    await page.getByRole('button', { name: 'Erase all data…' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my data');
    await page.getByRole('button', { name: 'Keep my data' }).click();
    await expect((await storedSettings())?.pausedSites).toEqual(['mail.example.com']);

    await page.getByRole('button', { name: 'Erase all data…' }).click();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await saved(page, 'Everything is erased.');
    await expect.poll(async () => readStorage(browser.serviceWorker, 'sync', ['settings'])).toEqual({});
    await expect.poll(async () => readStorage(browser.serviceWorker, 'local', ['journal'])).toEqual({});

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'What Mastery notices' }).waitFor();
    await expect(page.getByRole('radio', { name: 'Balanced' }).isChecked()).resolves.toBe(true);
    await expect(page.getByText('Mastery is listening everywhere you write.').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Your growth journal starts with your first kinder story', { exact: false }).isVisible()).resolves.toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no serious accessibility problems, with a journal to show (${scheme})`, async () => {
      await seed();
      const { page, errors } = await openOptions(scheme);
      await expect.poll(() => page.getByTestId('celebrations').textContent()).toContain('kinder stories this week');
      await expect(page.locator('svg[role="img"] title').textContent()).resolves.toBe('Kinder stories per day, last 30 days');
      await page.getByLabel('A phrase Mastery should notice').fill('total potato');
      await expect.poll(() => page.getByTestId('phrase-preview').locator('mark').count()).toBe(1);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await page.screenshot({ path: outputPath(`options-${scheme}.png`), fullPage: true, animations: 'disabled' });
      for (const section of ['notices', 'phrases', 'growth']) {
        await page.locator(`#${section}`).screenshot({ path: outputPath(`options-${section}-${scheme}.png`), animations: 'disabled' });
      }

      // The erase confirmation too.
      await page.getByRole('button', { name: 'Erase all data…' }).click();
      await expect(seriousViolations(page)).resolves.toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

/** Settings and a journal of a few good weeks, written where the extension keeps them. */
async function seed(): Promise<void> {
  const settings: Settings = {
    ...defaultSettings(),
    pausedSites: ['mail.example.com'],
    customPhrases: ['I’m such a potato'],
    ignoredPhrases: ["i'm hopeless"],
    keepReframeText: true,
  };
  const days: Record<string, { nudgesSeen: number; rewritesAccepted: number; dismissals: number; reframesPractised: number }> = {};
  const now = new Date();
  const pattern = [3, 2, 4, 0, 1, 2, 0, 0, 3, 1, 0, 2, 1, 0, 0, 1, 0, 2, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  pattern.forEach((n, ago) => {
    if (n === 0) return;
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ago, 12);
    days[dayKey(d)] = { nudgesSeen: n + 1, rewritesAccepted: ago % 2, dismissals: ago % 3 === 0 ? 1 : 0, reframesPractised: n };
  });
  const journal = {
    version: 1,
    days,
    entries: [
      {
        at: new Date(now.getTime() - 86_400_000).toISOString(),
        before: 'I screwed this up. I suck.',
        after: 'That project did not go as well as I hoped, but I am learning.',
        strategy: 'specific',
      },
      { at: now.toISOString(), before: "I'm such an idiot.", after: 'I missed one step, and I know how to fix it.', strategy: 'own' },
    ],
  };
  await browser.serviceWorker.evaluate(
    async ({ settings, journal }) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, { set(v: object): Promise<void> }> } };
      await chrome.storage.sync?.set({ settings });
      await chrome.storage.local?.set({ journal });
    },
    { settings, journal },
  );
}
