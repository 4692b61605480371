/**
 * The reframer as a writer meets it, in the real extension on a Gmail-like compose window at a laptop's
 * 1366×768, light and dark: the card is compact (at most 360 px), never covers the line being written,
 * shows two stories and fresh ones on "More stories", and keeps Use this and Not now in view. Screenshots
 * go to test/e2e/output/ for a human to look at.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { boxOf, flatten, readCard, underlines } from './content-helpers';
import { collectPageErrors, launchWithExtension, outputPath, serveFixtures, type ExtensionBrowser } from './helpers';

const POLL = { timeout: 15_000, interval: 50 };
/** A laptop screen's window, less the browser's own toolbars. */
const LAPTOP = { width: 1366, height: 768 - 110 };

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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card's box, its stories' texts, and the boxes of its buttons, read through its closed shadow root. */
async function cardLayout(cdp: CDPSession): Promise<{ card: Box; stories: string[]; buttons: Map<string, Box> } | null> {
  const nodes = (await flatten(cdp, 'html > div')).filter((n) => n.closed);
  const dialog = nodes.find((n) => n.attrs.role === 'dialog');
  const card = dialog ? await boxOf(cdp, dialog.backendNodeId) : null;
  if (!card) return null;
  // The card's words are generated content: read them as assistive technology does.
  const words = async (backendNodeId: number): Promise<string> => {
    const { nodes: found } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId, role: 'StaticText' })) as unknown as {
      nodes: Array<{ name?: { value?: string } }>;
    };
    return found
      .map((n) => (n.name?.value ?? '').trim())
      .filter((t) => t !== '')
      .join(' ');
  };
  const stories: string[] = [];
  for (const li of nodes.filter((n) => n.nodeName === 'LI' && /\brumble\b/.test(n.attrs.class ?? '')))
    stories.push(await words(li.backendNodeId));
  const buttons = new Map<string, Box>();
  for (const b of nodes.filter((n) => n.nodeName === 'BUTTON')) {
    const box = await boxOf(cdp, b.backendNodeId);
    if (box) buttons.set(b.attrs['aria-label'] ?? (await words(b.backendNodeId)), box);
  }
  return { card, stories, buttons };
}

/** The underline under `words`, with its box as { rect }. */
async function markOf(page: Page, cdp: CDPSession, words: string): Promise<{ text: string; rect: Box } | undefined> {
  const found = (await underlines(page, cdp)).find((u) => u.text === words);
  return found ? { text: found.text, rect: found.box } : undefined;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

async function openCompose(scheme: 'light' | 'dark'): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(LAPTOP);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const errors = collectPageErrors(page);
  await page.goto(`${fixtures.url}gmail.html`, { waitUntil: 'load' });
  return { page, cdp: await browser.context.newCDPSession(page), errors };
}

describe('the card on a Gmail-like compose window, 1366×768', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`compact, clear of the line, two stories and more (${scheme})`, async () => {
      const { page, cdp, errors } = await openCompose(scheme);
      await page.click('[role=textbox]');
      await expect.poll(async () => (await underlines(page, cdp)).map((u) => u.text), POLL).toContain('I suck');
      const mark = await markOf(page, cdp, 'I suck');
      if (!mark) throw new Error('no underline');
      await page.mouse.click(mark.rect.x + mark.rect.width / 2, mark.rect.y + mark.rect.height / 2);
      await expect.poll(async () => (await cardLayout(cdp))?.stories.length ?? 0, POLL).toBe(2);
      await page.mouse.move(LAPTOP.width - 2, LAPTOP.height - 2);
      const first = await cardLayout(cdp);
      if (!first) throw new Error('no card');
      const viewport = { x: 0, y: 0, ...LAPTOP };

      // At most 360 px, inside the window, and off the line being written.
      expect(first.card.height).toBeLessThanOrEqual(360);
      expect(inside(first.card, viewport)).toBe(true);
      const line = mark.rect;
      const clearOfLine =
        first.card.y >= line.y + line.height ||
        first.card.y + first.card.height <= line.y ||
        first.card.x >= line.x + line.width ||
        first.card.x + first.card.width <= line.x;
      expect(clearOfLine).toBe(true);

      // The way forward is in view without scrolling.
      for (const name of ['Use this', 'Not now', 'More stories']) {
        const b = first.buttons.get(name);
        expect(b, name).toBeDefined();
        expect(inside(b as Box, first.card), name).toBe(true);
      }
      await page.screenshot({ path: outputPath(`reframe-card-gmail-${scheme}.png`), animations: 'disabled', caret: 'hide' });

      // "More stories": two fresh ones, the card still open.
      const more = first.buttons.get('More stories') as Box;
      await page.mouse.click(more.x + more.width / 2, more.y + more.height / 2);
      await expect
        .poll(async () => {
          const now = await cardLayout(cdp);
          return now ? now.stories.filter((s) => first.stories.includes(s)).length : -1;
        }, POLL)
        .toBe(0);
      const after = await cardLayout(cdp);
      expect(after?.stories).toHaveLength(2);
      expect(after?.card.height ?? 999).toBeLessThanOrEqual(360);
      await page.screenshot({ path: outputPath(`reframe-card-gmail-more-${scheme}.png`), animations: 'disabled', caret: 'hide' });

      // "Use this" puts the rewrite in place of the thought.
      const card = await readCard(cdp);
      const use = card?.buttons.get('Use this');
      if (!card?.rewrite || !use) throw new Error('no rewrite');
      await page.mouse.click(use.x, use.y);
      // Editors may keep a space as a non-breaking one: compare the words.
      const plain = (s: string) => s.replace(/\s+/g, ' ');
      await expect.poll(async () => plain(await page.locator('[role=textbox]').innerText()), POLL).toContain(plain(card.rewrite));
      await expect.poll(() => page.locator('[role=textbox]').innerText(), POLL).not.toContain('I suck');
      expect(errors).toEqual([]);
      await cdp.detach().catch(() => undefined);
      await page.close();
    });
  }

  test('"Use this" on one harsh sentence rewrites its harsh neighbour too: the whole thought, through the field', async () => {
    const { page, cdp, errors } = await openCompose('light');
    const box = page.locator('[role=textbox]');
    await box.click();
    // The writer's own keys: select all of the body and type a new one.
    await page.keyboard.press('Control+A');
    await page.keyboard.type("Sorry, I know I'm a burden. I always ruin everything. See you at noon.");
    await expect.poll(async () => (await underlines(page, cdp)).map((u) => u.text), POLL).toContain("I'm a burden");
    const mark = await markOf(page, cdp, "I'm a burden");
    if (!mark) throw new Error('no underline');
    await page.mouse.click(mark.rect.x + mark.rect.width / 2, mark.rect.y - 6);
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(async () => (await readCard(cdp))?.rewrite ?? null, POLL).not.toBeNull();
    const card = await readCard(cdp);
    const use = card?.buttons.get('Use this');
    if (!card?.rewrite || !use) throw new Error('no rewrite');
    await page.mouse.click(use.x, use.y);
    const plain = (s: string) => s.replace(/\s+/g, ' ').trim();
    await expect.poll(async () => plain(await box.innerText()), POLL).toBe(plain(`${card.rewrite} See you at noon.`));
    expect(plain(await box.innerText())).not.toMatch(/burden|ruin everything/);
    expect(errors).toEqual([]);
    await cdp.detach().catch(() => undefined);
    await page.close();
  });

  test('a phrase near the bottom of the window: the card goes above it, still clear of the line', async () => {
    const { page, cdp, errors } = await openCompose('light');
    await page.setViewportSize({ width: LAPTOP.width, height: 330 });
    await page.click('[role=textbox]');
    await expect.poll(async () => (await underlines(page, cdp)).map((u) => u.text), POLL).toContain('I suck');
    // Scroll the phrase down toward the bottom edge.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.addStyleTag({ content: 'body { padding-top: 140px; }' });
    await expect.poll(async () => (await markOf(page, cdp, 'I suck'))?.rect.y ?? 0, POLL).toBeGreaterThan(200);
    const mark = await markOf(page, cdp, 'I suck');
    if (!mark) throw new Error('no underline');
    // A click on the words as soon as they are drawn where the page moved them (no event said so).
    await page.mouse.click(mark.rect.x + mark.rect.width / 2, mark.rect.y - 6);
    await expect.poll(async () => (await cardLayout(cdp))?.stories.length ?? 0, POLL).toBe(2);
    const layout = await cardLayout(cdp);
    if (!layout) throw new Error('no card');
    const line = mark.rect;
    expect(
      layout.card.y + layout.card.height <= line.y || layout.card.x + layout.card.width <= line.x || layout.card.x >= line.x + line.width,
    ).toBe(true);
    for (const name of ['Use this', 'Not now']) expect(inside(layout.buttons.get(name) as Box, layout.card), name).toBe(true);
    await page.screenshot({ path: outputPath('reframe-card-gmail-above.png'), animations: 'disabled', caret: 'hide' });
    expect(errors).toEqual([]);
    await cdp.detach().catch(() => undefined);
    await page.close();
  });
});
