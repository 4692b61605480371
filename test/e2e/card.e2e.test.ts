/**
 * The nudge card in a real Chromium: built on its own as a classic script, injected into a
 * compose page whose CSS is hostile, then checked with axe-core in light and dark, for placement,
 * isolation in both directions and keyboard use, with screenshots for a human to look at.
 *
 * axe-core can only look into open shadow roots, so the accessibility pages wrap attachShadow
 * to open the card's root. That wrapper lives here only; the shipped card stays closed, which
 * the first test checks on a page without it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import type { CardModel } from '../../src/content/card';
import { chromeExecutable, collectPageErrors, outputPath, ROOT, serveFixtures } from './helpers';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/**
 * The card ships in the engine, which a page loads only once someone writes in a field; keep it small.
 * 6 KiB rather than 5: about 300 bytes over 5 KiB, spent on "Copy rewrite" for an editor that refuses
 * the rewrite, drawing the card around a frame too small for it, its words as generated content the
 * page cannot search, and naming the keys that open it. 6½ KiB since the card shows two stories at a
 * time with More stories, says why when there is no rewrite, and can sit beside the phrase when
 * neither above nor below has room (about 100 bytes over 6 KiB).
 */
const GZIP_BUDGET = 6.5 * 1024;

const MODEL: CardModel = {
  phrase: "I'm such an idiot",
  category: 'shame',
  severity: 'clear',
  reckoning: 'That sounds like a harsh label for one mistake. The mistake is something you did, not who you are.',
  rumbles: [
    { strategy: 'guilt-not-shame', label: 'Name what happened', text: 'I got the totals wrong, and I can fix them.' },
    { strategy: 'self-compassion', label: 'Talk to yourself like a friend', text: 'Anyone rushing a report could miss this.' },
    { strategy: 'learning', label: 'What it teaches', text: 'Next time I will check the sums before I send.' },
  ],
  rewrite: 'That was my mistake',
  shortcut: 'Alt+Shift+R',
};

interface CardWindow {
  MasteryCard: typeof import('../../src/content/card');
  __calls: string[];
  __handle?: { close(): void; isOpen(): boolean };
}

let outDir: string;
let cardScript: string;
let browser: Browser;
let fixtures: StaticServer;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mastery-card-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      minify: true,
      lib: { entry: join(ROOT, 'src/content/card/index.ts'), formats: ['iife'], name: 'MasteryCard', fileName: () => 'card.js' },
    },
  });
  cardScript = join(outDir, 'card.js');
  fixtures = await serveFixtures();
  browser = await chromium.launch({ executablePath: chromeExecutable(), headless: true });
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The fixture page with the card module loaded as `window.MasteryCard`. */
async function cardPage(options: {
  openShadow: boolean;
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  /** Make adopting a constructed stylesheet fail, as it can in some content-script worlds. */
  refuseAdoptedSheets?: boolean;
}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 760, height: options.height ?? 620 },
    colorScheme: options.colorScheme ?? 'light',
    deviceScaleFactor: 2,
  });
  const errors = collectPageErrors(page);
  page.on('console', (message) => errors.push(`console.${message.type()}: ${message.text()}`));
  if (options.openShadow) {
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        return attach.call(this, { ...init, mode: 'open' });
      };
    });
  }
  if (options.refuseAdoptedSheets) {
    await page.addInitScript(() => {
      Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
        get: () => [],
        set: () => {
          throw new DOMException('Sharing constructed stylesheets is not allowed', 'NotAllowedError');
        },
      });
    });
  }
  await page.goto(`${fixtures.url}card.html`);
  await page.addScriptTag({ path: cardScript });
  await page.addScriptTag({ path: AXE });
  return { page, errors };
}

/** Opens the card under `#phrase` (or at a given anchor) and underlines the phrase as the extension would. */
async function openCard(
  page: Page,
  model: CardModel = MODEL,
  anchor?: { x: number; y: number; width: number; height: number },
  focusFirst = true,
): Promise<void> {
  await page.evaluate(
    ({ model, anchor, focusFirst }) => {
      const w = window as unknown as CardWindow;
      const phrase = document.getElementById('phrase')!;
      const range = document.createRange();
      range.selectNodeContents(phrase);
      CSS.highlights.set('mastery', new Highlight(range));
      const rect = anchor ? new DOMRect(anchor.x, anchor.y, anchor.width, anchor.height) : range.getBoundingClientRect();
      w.__calls = [];
      const log = (name: string) => () => w.__calls.push(name);
      w.__handle = w.MasteryCard.openCard(
        model,
        rect,
        {
          useRewrite: () => {
            w.__calls.push('useRewrite');
            return Promise.resolve('taken' as const);
          },
          notNow: log('notNow'),
          ignorePhrase: log('ignorePhrase'),
          pauseSite: log('pauseSite'),
          onClose: (reason) => w.__calls.push(`close:${reason}`),
        },
        { focusFirst, doc: document },
      );
    },
    { model, anchor, focusFirst },
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(context: Document): Promise<{ violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown }> }> }>;
      };
    };
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Geometry of the card and the phrase, and computed styles on both sides of the shadow boundary. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector(':root > div')!;
    const card = host.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
    const primary = host.shadowRoot!.querySelector('button.primary');
    const style = getComputedStyle(card);
    const rect = card.getBoundingClientRect();
    const phrase = document.getElementById('phrase')!.getBoundingClientRect();
    return {
      card: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, width: rect.width, height: rect.height },
      phrase: { top: phrase.top, bottom: phrase.bottom, left: phrase.left },
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      background: style.backgroundColor,
      font: style.fontFamily,
      fontSize: style.fontSize,
      animation: style.animationName,
      hostDisplay: getComputedStyle(host).display,
      hostOpacity: getComputedStyle(host).opacity,
      primaryBackground: primary ? getComputedStyle(primary).backgroundColor : null,
      pageCard: (({ position, display, borderRadius, width }) => ({ position, display, borderRadius, width }))(
        getComputedStyle(document.getElementById('page-card')!),
      ),
      pageButtonRadius: getComputedStyle(document.getElementById('page-button')!).borderRadius,
      active: host.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null,
    };
  });
}

/** A screenshot of the compose window and the card together. */
async function screenshot(page: Page, name: string): Promise<void> {
  const box = await page.evaluate(() => {
    const card = document.querySelector(':root > div')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
    const main = document.querySelector('main')!.getBoundingClientRect();
    const top = Math.min(card.top, main.top) - 16;
    const left = Math.min(card.left, main.left) - 16;
    return {
      x: Math.max(0, left),
      y: Math.max(0, top),
      width: Math.max(card.right, main.right) + 16 - left,
      height: Math.max(card.bottom, main.bottom) + 16 - top,
    };
  });
  await page.screenshot({ path: outputPath(name), clip: box, animations: 'disabled' });
}

describe('the nudge card in Chromium', () => {
  test('is a small classic script', () => {
    const size = gzipSync(readFileSync(cardScript)).length;
    expect(size).toBeLessThan(GZIP_BUDGET);
  });

  test('ships in a closed shadow root on a bare host that carries no user text', async () => {
    const { page, errors } = await cardPage({ openShadow: false });
    await openCard(page);
    const host = await page.evaluate(() => {
      const el = document.querySelector(':root > div')!;
      return {
        parent: el.parentElement?.localName,
        shadowRoot: el.shadowRoot === null,
        attributes: el.getAttributeNames(),
        text: el.textContent,
        html: el.outerHTML,
      };
    });
    expect(host).toEqual({ parent: 'html', shadowRoot: true, attributes: [], text: '', html: '<div></div>' });
    // The page sees the card as one box, not its contents.
    await expect(page.getByText("I'm such an idiot").count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: accessible, isolated from the page, below the phrase`, async () => {
      const { page, errors } = await cardPage({ openShadow: true, colorScheme: scheme, height: 760 });
      await openCard(page);
      await expect(axeViolations(page)).resolves.toEqual([]);

      const m = await measure(page);
      // Below the phrase, starting at it, inside the viewport.
      expect(m.card.top).toBeGreaterThanOrEqual(m.phrase.bottom);
      expect(m.card.top - m.phrase.bottom).toBeLessThan(12);
      // Aligned with the phrase's start unless that would push it past the right edge.
      expect(m.card.left).toBeCloseTo(Math.min(m.phrase.left, m.viewport.width - 8 - m.card.width), 0);
      expect(m.card.bottom).toBeLessThanOrEqual(m.viewport.height);
      expect(m.card.width).toBeGreaterThan(320);
      expect(m.card.width).toBeLessThan(360);
      // The page's rules did not reach in...
      expect(m.hostDisplay).toBe('block');
      expect(m.hostOpacity).toBe('1');
      expect(m.font).toMatch(/^system-ui,/);
      expect(m.fontSize).toBe('14px');
      expect(m.background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(26, 36, 35)');
      expect(m.primaryBackground).not.toBe('rgb(255, 0, 255)');
      // ...and ours did not reach out.
      expect(m.pageCard).toMatchObject({ position: 'static', display: 'block', borderRadius: '0px' });
      expect(m.pageCard.width).not.toBe('340px');
      expect(m.pageButtonRadius).not.toBe('8px');
      expect(m.active).toBe('Use this');

      await screenshot(page, `card-${scheme}.png`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('without a rewrite: no Use this, rumbles shown, axe still clean', async () => {
    const { page, errors } = await cardPage({ openShadow: true });
    await openCard(page, { ...MODEL, rewrite: null });
    await expect(axeViolations(page)).resolves.toEqual([]);
    const m = await measure(page);
    expect(m.primaryBackground).toBeNull();
    expect(m.active).toBe('Not now');
    await screenshot(page, 'card-no-rewrite.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('flips above a phrase near the bottom and stays inside the viewport at the right edge', async () => {
    const { page } = await cardPage({ openShadow: true, width: 600, height: 560 });
    await openCard(page, MODEL, { x: 560, y: 520, width: 30, height: 18 });
    const m = await measure(page);
    expect(m.card.bottom).toBeLessThanOrEqual(520);
    expect(m.card.top).toBeGreaterThanOrEqual(8);
    expect(m.card.right).toBeLessThanOrEqual(m.viewport.width - 8 + 0.5);
    await page.close();
  });

  test('scrolls the story, not the way forward, when the viewport is short', async () => {
    const { page, errors } = await cardPage({ openShadow: true, height: 460 });
    await openCard(page);
    const m = await measure(page);
    expect(m.card.top).toBeGreaterThanOrEqual(8);
    expect(m.card.bottom).toBeLessThanOrEqual(460 - 8 + 0.5);
    const layout = await page.evaluate(() => {
      const root = document.querySelector(':root > div')!.shadowRoot!;
      const body = root.querySelector<HTMLElement>('.body')!;
      const use = root.querySelector('button.primary')!.getBoundingClientRect();
      return {
        scrolls: body.scrollHeight > body.clientHeight && getComputedStyle(body).overflowY === 'auto',
        focusable: body.tabIndex === 0,
        useVisible: use.top >= 0 && use.bottom <= innerHeight,
      };
    });
    expect(layout).toEqual({ scrolls: true, focusable: true, useVisible: true });
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'card-short.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('keyboard: Tab cycles inside the card, Esc closes it and goes no further', async () => {
    const { page, errors } = await cardPage({ openShadow: true, height: 800 });
    await page.evaluate(() =>
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') document.body.dataset.pageSawEscape = '';
      }),
    );
    await openCard(page);
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector(':root > div')?.shadowRoot?.activeElement;
        // The card's words are generated content: a region with no label is named by its class.
        return el ? (el.getAttribute('aria-label') ?? `.${el.className}`) : document.activeElement?.localName;
      });
    const order = [await focused()];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    // × comes first in document order, so the cycle passes it (then the story, when it scrolls, and
    // "More stories") before Use this.
    expect(order.slice(0, 5)).toEqual(['Use this', 'Not now', "Don't flag this phrase", 'Pause on this site', 'Close']);
    expect(['More stories', '.body', '.quote']).toContain(order[5]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('Pause on this site');

    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => (window as unknown as CardWindow).__calls)).resolves.toEqual(['close:escape']);
    await expect(page.locator(':root > div').count()).resolves.toBe(0);
    await expect(page.evaluate(() => 'pageSawEscape' in document.body.dataset)).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a click on an action runs it and closes the card; a click outside closes it too', async () => {
    const { page } = await cardPage({ openShadow: true });
    await openCard(page, MODEL, undefined, false);
    await page.getByRole('button', { name: 'Use this' }).click();
    // "Use this" closes the card once the editor's answer is in.
    await expect.poll(() => page.evaluate(() => (window as unknown as CardWindow).__calls)).toEqual(['useRewrite', 'close:action']);

    await openCard(page, MODEL, undefined, false);
    await page.mouse.click(700, 40);
    await expect(page.evaluate(() => (window as unknown as CardWindow).__calls)).resolves.toEqual(['close:outside']);
    await expect(page.locator(':root > div').count()).resolves.toBe(0);
    await page.close();
  });

  test('styled by a <style> element where a constructed sheet cannot be adopted', async () => {
    const { page, errors } = await cardPage({ openShadow: true, refuseAdoptedSheets: true });
    await openCard(page);
    const m = await measure(page);
    expect(m.background).toBe('rgb(255, 255, 255)');
    expect(m.font).toMatch(/^system-ui,/);
    expect(m.card.width).toBeGreaterThan(320);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('reduced motion: no animation', async () => {
    const { page } = await cardPage({ openShadow: true });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openCard(page);
    await expect(measure(page).then((m) => m.animation)).resolves.toBe('none');
    await page.close();
  });
});
