/**
 * Mastery in Firefox: the add-on as Mozilla's store would get it (dist/firefox), installed in
 * Firefox ESR and driven through WebDriver BiDi with real key and mouse input. The whole flow runs
 * through Firefox's background page: the underline comes, a click opens the card, "Use this"
 * rewrites the field, and one Ctrl+Z brings the user's words back.
 *
 * Firefox draws Mastery's closed shadow roots where no protocol reads them, so this test looks at the
 * screen, as a user would: the underline's ink under the words, the card's "Use this" button by its
 * colour. Skipped, with a note, on a machine without Firefox (CI installs firefox-esr).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INK } from './content-helpers';
import type { StaticServer } from '../../src/dev/static-server';
import { FIREFOX_DIST_DIR, serveFixtures } from './helpers';
import { decodePng, type Pixels } from './png';

const FIREFOX = [process.env.FIREFOX_BIN, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
if (!FIREFOX) console.warn('Firefox is not installed: skipping the Firefox end-to-end test (apt-get install firefox-esr).');

const POLL = { timeout: 20_000, interval: 100 };
/** The primary button's fill in the card (src/content/card/card.css, --accent). */
const ACCENT = '#17736a';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

function near(p: Pixels, x: number, y: number, colours: ReadonlyArray<[number, number, number]>, tolerance: number): boolean {
  if (x < 0 || y < 0 || x >= p.width || y >= p.height) return false;
  const i = (y * p.width + x) * 4;
  const [r, g, b] = [p.data[i] ?? 0, p.data[i + 1] ?? 0, p.data[i + 2] ?? 0];
  return colours.some(([cr, cg, cb]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) < tolerance);
}

/** The box around every pixel in `within` that `keep` accepts, or null when none does. */
function boxOf(p: Pixels, within: Box, keep: (x: number, y: number) => boolean): Box | null {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = -1;
  let bottom = -1;
  for (let y = Math.max(0, Math.floor(within.y)); y < Math.min(p.height, within.y + within.height); y++) {
    for (let x = Math.max(0, Math.floor(within.x)); x < Math.min(p.width, within.x + within.width); x++) {
      if (!keep(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? null : { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

async function screen(page: Page): Promise<Pixels> {
  return decodePng(await page.screenshot({ type: 'png' }));
}

/** Mastery's underline ink inside `field`. */
async function underline(page: Page, field: Box): Promise<Box | null> {
  const p = await screen(page);
  const ink = INK.light.map(rgb);
  return boxOf(p, field, (x, y) => near(p, x, y, ink, 90));
}

/**
 * The card's "Use this": the one wide, solid block of the accent colour. Rows where it runs for 40
 * pixels or more belong to the button (the heading's letters, the icon and the card's thin edges do
 * not); the button is the tallest band of such rows.
 */
async function useThis(page: Page): Promise<Box | null> {
  const p = await screen(page);
  const accent = [rgb(ACCENT)];
  const across = (y: number) => {
    let count = 0;
    let left = p.width;
    let right = -1;
    for (let x = 0; x < p.width; x++) {
      if (!near(p, x, y, accent, 30)) continue;
      count++;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
    return { count, left, right };
  };
  let best: Box | null = null;
  let band: Box | null = null;
  for (let y = 0; y <= p.height; y++) {
    const row = y < p.height ? across(y) : { count: 0, left: 0, right: 0 };
    if (row.count >= 40) {
      band = band
        ? {
            x: Math.min(band.x, row.left),
            y: band.y,
            width: Math.max(band.x + band.width, row.right + 1) - Math.min(band.x, row.left),
            height: band.height + 1,
          }
        : { x: row.left, y, width: row.right - row.left + 1, height: 1 };
      continue;
    }
    if (band && (!best || band.height > best.height)) best = band;
    band = null;
  }
  return best && best.height >= 12 && best.width < 200 ? best : null;
}

/** What `find` finds, once it finds something (polled). */
async function until<T>(find: () => Promise<T | null>): Promise<T> {
  let found: T | null = null;
  await expect
    .poll(async () => {
      found = await find();
      return found !== null;
    }, POLL)
    .toBe(true);
  if (found === null) throw new Error('not found');
  return found;
}

async function boxOfField(page: Page, selector: string): Promise<Box> {
  const box = await (await page.$(selector))?.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.trim()));

let browser: Browser | undefined;
let server: StaticServer | undefined;

describe.skipIf(!FIREFOX)('in Firefox ESR, through its background page', () => {
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(FIREFOX_DIST_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [kind, selector] of [
    ['a textarea', '#plain'],
    ['a contenteditable field', '#rich'],
  ] as const) {
    test(`${kind}: underline, card, "Use this", and one Ctrl+Z gives the words back`, async () => {
      if (!browser || !server) throw new Error('not started');
      const page = await browser.newPage();
      await page.setViewport({ width: 900, height: 700 });
      await page.goto(`${server.url}fields.html`);
      await page.bringToFront();
      await page.click(selector);
      const original = 'The launch slipped a week. I am such an idiot.';
      await page.keyboard.type(original);
      const field = await boxOfField(page, selector);

      const mark = await until(() => underline(page, field));
      // On the words just above the wavy line.
      await page.mouse.click(mark.x + mark.width / 2, mark.y - 6);
      const b = await until(() => useThis(page));
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);

      await expect.poll(() => textOf(page, selector), POLL).not.toContain('idiot');
      const rewritten = await textOf(page, selector);
      expect(rewritten).toContain('The launch slipped a week.');

      await page.keyboard.down('Control');
      await page.keyboard.press('KeyZ');
      await page.keyboard.up('Control');
      await expect.poll(() => textOf(page, selector), POLL).toBe(original);
      await page.close();
    });
  }
});
