/**
 * Where underlines go when the page's layout sets traps (test/e2e/fixtures/layout-traps.html, one
 * section per trap): a transformed ancestor, a field that stacks at its own level over its own
 * background, a banner of the page's covering part of a field, a field that scrolls its text, a
 * scroller whose positioned ancestor is outside it, a phrase wrapped over two lines, and a floating
 * label styled through the field's next sibling.
 *
 * Each underline is checked against the words the page's own layout puts above it, and on screen.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { around, INK, inkIn, underlines } from './content-helpers';
import { collectPageErrors, launchWithExtension, serveFixtures, type ExtensionBrowser } from './helpers';

const POLL = { timeout: 15_000, interval: 50 };

let browser: ExtensionBrowser;
let fixtures: StaticServer;
let decoder: Page;
let page: Page;
let cdp: CDPSession;
let errors: string[];

beforeAll(async () => {
  fixtures = await serveFixtures();
  browser = await launchWithExtension();
  decoder = await browser.context.newPage();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  errors = collectPageErrors(page);
  await page.goto(`${fixtures.url}layout-traps.html`, { waitUntil: 'load' });
  cdp = await browser.context.newCDPSession(page);
});

afterAll(async () => {
  expect(errors).toEqual([]);
  await browser?.close();
  await fixtures?.close();
});

/**
 * Each test starts with the pointer in the page's corner and no card open. A test that ends with the
 * pointer resting on its phrase may have opened that phrase's card by hover, and the card would cover
 * the next test's field (on a busy machine the hover check can come after the underline is drawn).
 */
beforeEach(async () => {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
});

/** The words under each underline; with `within`, only those of the layers under that selector's elements. */
const texts = async (within?: string) => (await underlines(page, cdp, within)).map((u) => u.text);

async function underlineOf(phrase: string, within?: string) {
  const u = (await underlines(page, cdp, within)).find((x) => x.text === phrase);
  if (!u) throw new Error(`no underline under "${phrase}"`);
  return u;
}

describe('underlines stay under their words', () => {
  test('under a scaled and moved ancestor, in a rich field and a textarea', async () => {
    await page.click('#scaled');
    // Scaled with its words: as long as the phrase, and as thin as the ancestor makes it.
    await expect.poll(texts, POLL).toEqual(['I am such a failure']);
    const phrase = await page.evaluate(() => {
      const text = document.getElementById('scaled')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('I am'));
      range.setEnd(text, text.data.indexOf(' at deadlines'));
      return range.getBoundingClientRect().width;
    });
    const box = (await underlineOf('I am such a failure')).box;
    expect(box.width).toBeCloseTo(phrase, 0);
    expect(box.height).toBeCloseTo(4 * 0.8, 1);
    await page.click('#scaled-plain');
    // Only the field being written in shows its underlines.
    await expect.poll(texts, POLL).toEqual(['I screwed up the budget']);
  });

  test('a field that stacks at its own level over an opaque background still shows them', async () => {
    await page.click('#stacked');
    await expect.poll(texts, POLL).toEqual(['I am such an idiot']);
    expect(await inkIn(page, decoder, around((await underlineOf('I am such an idiot')).box), INK.light)).toBeGreaterThan(10);
  });

  test("what covers the field covers its underlines: the page's banner stays on top", async () => {
    await page.click('#covered', { position: { x: 420, y: 10 } });
    await expect.poll(texts, POLL).toEqual(['I really suck', "I'm such an idiot"]);
    const covered = await underlineOf('I really suck');
    const open = await underlineOf("I'm such an idiot");
    expect(await inkIn(page, decoder, around(covered.box), INK.light)).toBe(0);
    expect(await inkIn(page, decoder, around(open.box), INK.light)).toBeGreaterThan(10);
    // And the page's hit testing finds its own banner there, then its own field.
    const hits = await page.evaluate(
      (points) => points.map(({ x, y }) => document.elementFromPoint(x, y)?.id ?? ''),
      [covered, open].map((u) => ({ x: u.box.x + u.box.width / 2, y: u.box.y + 1 })),
    );
    expect(hits).toEqual(['banner', 'covered']);
  });

  test('a field that scrolls its own text: drawn only while the phrase is in view', async () => {
    await page.click('#scrolling');
    await page.evaluate(() => {
      const el = document.getElementById('scrolling') as HTMLElement;
      el.scrollTop = el.scrollHeight;
    });
    await expect.poll(texts, POLL).toEqual(['I am such a failure']);
    await page.evaluate(() => {
      (document.getElementById('scrolling') as HTMLElement).scrollTop = 0;
    });
    await expect.poll(texts, POLL).toEqual([]);
  });

  test('inside a scroller whose positioned ancestor is outside it, the underline follows the scroll', async () => {
    await page.click('#inner');
    await expect.poll(texts, POLL).toEqual(['I screwed up the report']);
    const before = (await underlineOf('I screwed up the report')).box.y;
    const fieldY = () => page.evaluate(() => (document.getElementById('inner') as HTMLElement).getBoundingClientRect().y);
    const from = await fieldY();
    await page.evaluate(() => {
      (document.getElementById('scroller') as HTMLElement).scrollBy(0, 24);
    });
    const moved = (await fieldY()) - from;
    expect(moved).toBeLessThan(-5);
    await expect.poll(async () => (await underlines(page, cdp))[0]?.box.y, POLL).toBeCloseTo(before + moved, 0);
    expect(await texts()).toEqual(['I screwed up the report']);
  });

  test('a phrase wrapped over two lines gets one underline per line', async () => {
    await page.click('#wrapped');
    await expect.poll(async () => (await texts()).join(' '), POLL).toBe('I am such a failure');
    const lines = await underlines(page, cdp);
    expect(lines.length).toBe(2);
    expect((lines[1]?.box.y ?? 0) - (lines[0]?.box.y ?? 0)).toBeGreaterThan(15);
  });
});

describe('underlines follow their words while someone types', () => {
  /**
   * Only the layer beside this field: the one of the field written in just before stays a moment
   * after it loses focus, with an underline under the same words.
   */
  const own = (id: string) => `section:has(> #${id})`;

  /** The underline's left edge, and that of its words as the page lays them out. */
  async function alignment(id: string) {
    const u = await underlineOf('I really suck', own(id));
    const words = await page.evaluate((fieldId) => {
      const text = document.getElementById(fieldId)?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('I really'));
      range.setEnd(text, text.data.indexOf(' at this'));
      return range.getBoundingClientRect().x;
    }, id);
    return u.box.x - words;
  }

  for (const [id, where] of [
    ['typing', 'left-aligned'],
    ['centred', 'centred'],
  ] as const) {
    test(`in a ${where} field: typing before the phrase and after it`, async () => {
      await page.click(`#${id}`);
      await expect.poll(() => texts(own(id)), POLL).toEqual(['I really suck']);
      // Read two frames after the last key, before the typing pause lets a new scan redraw everything:
      // the edit itself must have moved the underline.
      const settled = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.keyboard.press('Home');
      await page.keyboard.type('Well. ');
      await settled();
      expect(await alignment(id)).toBeCloseTo(0, 0);
      await page.keyboard.press('End');
      await page.keyboard.type(' Back soon.');
      await settled();
      expect(await alignment(id)).toBeCloseTo(0, 0);
      await expect.poll(() => texts(own(id)), POLL).toEqual(['I really suck']);
    });
  }
});

describe("the page's own layout is left alone", () => {
  test('a floating label styled through the focused field’s next sibling keeps its style while Mastery draws', async () => {
    await page.click('#subject');
    await page.keyboard.type("Update: I screwed up. I'm such an idiot.");
    await expect.poll(texts, POLL).toContain("I'm such an idiot");
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('label[for=subject]') as Element).color)).toBe(
      'rgb(0, 90, 60)',
    );
  });
});
