/**
 * Inline nudges in a real Chromium: underlines in textareas, webmail bodies, iframes and shadow DOM;
 * the card by mouse and keyboard; one-click rewrites with native undo; settings followed live; the
 * engine loaded only where someone writes; nothing left behind when the extension goes away.
 */
import preact from '@preact/preset-vite';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Frame, Page, Request } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import {
  anythingDrawn,
  cardOpen,
  INK,
  inkIn,
  onText,
  readCard,
  recordedMessages,
  recordMessages,
  underlines,
  type CardView,
} from './content-helpers';
import { ENGINE_FILE } from '../../src/content/engine-file';
import {
  collectPageErrors,
  DIST_DIR,
  FIXTURES_DIR,
  launchWithExtension,
  outputPath,
  serveFixtures,
  type ExtensionBrowser,
} from './helpers';

let browser: ExtensionBrowser;
let fixtures: StaticServer;
let site: string;
/** The fixture server under another host name: another site, as far as settings per site go. */
const otherHost = () => fixtures.url.replace('//127.0.0.1:', '//localhost:');
/** Requests that left for anywhere but the fixture server or the extension itself. */
const foreignRequests: string[] = [];
/** Pages (by URL) that loaded the engine module. */
const engineLoads: string[] = [];

const POLL = { timeout: 15_000, interval: 50 };

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'mastery-fixtures-'));
  cpSync(FIXTURES_DIR, site, { recursive: true });
  // The React-controlled fixture: a preact/compat component bundled for the browser.
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [preact()],
    build: {
      outDir: site,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(FIXTURES_DIR, 'react-app.tsx'), formats: ['es'], fileName: () => 'react-app.js' },
    },
  });
  fixtures = await serveFixtures(site);
  browser = await launchWithExtension();
  browser.context.on('request', (request: Request) => {
    const url = request.url();
    if (url.endsWith('/content-engine.js')) {
      let frameUrl = '(worker)';
      try {
        frameUrl = request.frame().url();
      } catch {
        // Not a frame's request.
      }
      engineLoads.push(frameUrl);
    }
    const fromServer = url.startsWith(fixtures.url) || url.startsWith(otherHost());
    if (!fromServer && !url.startsWith('chrome-extension://') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  await recordMessages(browser.serviceWorker);
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  url: string;
}

/** A fixture page; `base` serves it from another origin (the same server under another host name). */
async function open(name: string, base = fixtures.url): Promise<Opened> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 640 });
  // The card then appears without its entrance animation, so screenshots show it as it rests.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = collectPageErrors(page);
  const url = `${base}${name}`;
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp, errors, url };
}

async function close(o: Opened): Promise<void> {
  await o.cdp.detach().catch(() => undefined);
  await o.page.close();
}

/** Mastery's underlines in the page (or one of its frames), each with the page's text under it. */
function marks(o: Opened, target: Page | Frame = o.page) {
  return underlines(target, o.cdp);
}

async function texts(o: Opened, target: Page | Frame = o.page): Promise<string[]> {
  return (await marks(o, target)).map((u) => u.text);
}

async function waitForCard(o: Opened): Promise<CardView> {
  await expect.poll(() => cardOpen(o.cdp), POLL).toBe(true);
  let card: CardView | null = null;
  await expect
    .poll(async () => {
      card = await readCard(o.cdp);
      return card !== null && card.buttons.size > 0;
    }, POLL)
    .toBe(true);
  return card as unknown as CardView;
}

async function settingsSet(value: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker.evaluate(async (v) => {
    const g = globalThis as unknown as { chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } } };
    await g.chrome.storage.sync.set({ settings: v });
  }, value);
}

async function settingsGet(): Promise<{ ignoredPhrases?: string[]; pausedSites?: string[] }> {
  return browser.serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } };
    return ((await g.chrome.storage.sync.get('settings')).settings ?? {}) as { ignoredPhrases?: string[]; pausedSites?: string[] };
  });
}

/**
 * Markup of the page's own elements. (Screenshots are taken with `caret: 'initial'`: Playwright's
 * default hides carets by writing a style onto every field, which would show up here.)
 */
async function pageMarkup(o: Opened, selector: string): Promise<string> {
  const page = o.page;
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? el.outerHTML : '';
  }, selector);
}

describe('textarea', () => {
  const ORIGINAL = "Hi Sam, sorry for the delay. I screwed up the numbers, I'm such an idiot. I'll send the fix today.";
  const SENTENCE = "I screwed up the numbers, I'm such an idiot.";

  test('underlines the phrase beside the field, opens the card on hover, rewrites only that sentence, and Ctrl+Z restores it', async () => {
    const o = await open('textarea.html');
    const before = await pageMarkup(o, 'body');
    await o.page.click('#note');
    await expect.poll(() => texts(o), POLL).toEqual(['I screwed up the numbers', "I'm such an idiot"]);
    const drawn = await marks(o);
    // The underlines sit under those words, inside the field's box.
    const field = await o.page.locator('#note').boundingBox();
    expect(field).not.toBeNull();
    for (const m of drawn) {
      expect(m.box.x).toBeGreaterThanOrEqual((field?.x ?? 0) - 1);
      expect(m.box.x + m.box.width).toBeLessThanOrEqual((field?.x ?? 0) + (field?.width ?? 0) + 1);
      expect(m.box.y).toBeGreaterThan(field?.y ?? 0);
      expect(m.box.y).toBeLessThan((field?.y ?? 0) + (field?.height ?? 0));
    }
    await o.page.screenshot({
      caret: 'initial',
      path: outputPath('content-textarea-underline.png'),
      clip: { x: 0, y: 0, width: 700, height: 220 },
    });

    // Nothing was added to the field, and nothing of the page's changed but the one anonymous element
    // in the field's parent while the field is written in.
    expect(await pageMarkup(o, 'body')).toBe(before.replace('</body>', '<div></div></body>'));
    expect(await o.page.evaluate(() => document.getElementById('note')?.getAttributeNames())).toEqual(['id']);

    // Hover the underline: the card opens.
    const first = drawn[0];
    if (!first) throw new Error('no underline');
    await o.page.mouse.move(onText(first).x, onText(first).y);
    const card = await waitForCard(o);
    expect(card.rewrite).toBeTruthy();
    await o.page.screenshot({ caret: 'initial', path: outputPath('content-card.png') });

    // "Use this": only the flagged sentence changes.
    const use = card.buttons.get('Use this');
    if (!use) throw new Error('no Use this button');
    await o.page.mouse.click(use.x, use.y);
    await expect.poll(() => cardOpen(o.cdp), POLL).toBe(false);
    const rewritten = await o.page.inputValue('#note');
    expect(rewritten).toBe(ORIGINAL.replace(SENTENCE, card.rewrite ?? ''));

    // Native undo brings the original back.
    await o.page.focus('#note');
    await o.page.keyboard.press('Control+z');
    await expect.poll(() => o.page.inputValue('#note'), POLL).toBe(ORIGINAL);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('Alt+Shift+R opens the card for the phrase at the caret with focus inside; Esc puts focus and caret back', async () => {
    const o = await open('textarea.html');
    await o.page.click('#note');
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    const caret = ORIGINAL.indexOf('idiot') + 2;
    await o.page.evaluate((at) => (document.getElementById('note') as HTMLTextAreaElement).setSelectionRange(at, at), caret);
    await o.page.keyboard.press('Alt+Shift+R');
    await waitForCard(o);
    // Focus moved into the card: from the page's point of view, into an anonymous element on the root.
    expect(
      await o.page.evaluate(() => {
        const a = document.activeElement;
        return a ? `${a.localName} in ${a.parentElement?.localName} with ${a.attributes.length} attributes` : null;
      }),
    ).toBe('div in html with 0 attributes');
    // The hotkey typed nothing.
    expect(await o.page.inputValue('#note')).toBe(ORIGINAL);

    await o.page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(o.cdp), POLL).toBe(false);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('note');
    expect(await o.page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).selectionStart)).toBe(caret);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('keyboard only: Alt+Shift+R then Enter uses the rewrite', async () => {
    const o = await open('textarea.html');
    await o.page.click('#note');
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    await o.page.evaluate(
      (at) => (document.getElementById('note') as HTMLTextAreaElement).setSelectionRange(at, at),
      ORIGINAL.indexOf('screwed'),
    );
    await o.page.keyboard.press('Alt+Shift+R');
    const card = await waitForCard(o);
    await o.page.keyboard.press('Enter');
    await expect.poll(() => o.page.inputValue('#note'), POLL).toBe(ORIGINAL.replace(SENTENCE, card.rewrite ?? ''));
    await expect.poll(() => cardOpen(o.cdp), POLL).toBe(false);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('typing follows: a new phrase is underlined after a pause, and the count reaches the service worker', async () => {
    const o = await open('textarea.html');
    await o.page.click('#empty');
    await o.page.keyboard.type('Quick update on the launch. I messed up the budget. I am a failure.', { delay: 5 });
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    await expect
      .poll(
        async () =>
          (await recordedMessages(browser.serviceWorker)).some(
            (r) => r.message.type === 'mastery:findings-count' && (r.message.count ?? 0) > 0,
          ),
        POLL,
      )
      .toBe(true);
    // Deleting everything removes the underlines.
    await o.page.keyboard.press('Control+a');
    await o.page.keyboard.press('Delete');
    await expect.poll(async () => (await marks(o)).filter((m) => m.box.y > 150).length, POLL).toBe(0);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('underlines follow the field', () => {
  test('scrolling the textarea, its scrolling container and the page', async () => {
    const o = await open('scroll.html');
    await o.page.click('#long');
    // The phrase is on the last line, below what the field shows until it is scrolled.
    const box = async () => o.page.locator('#long').boundingBox();
    const inside = async () => {
      const field = await box();
      return (await marks(o)).filter(
        (m) => field !== null && m.box.y >= field.y && m.box.y + m.box.height <= field.y + field.height + 1 && m.box.x >= field.x,
      );
    };
    await o.page.evaluate(() => {
      const t = document.getElementById('long') as HTMLTextAreaElement;
      t.scrollTop = t.scrollHeight;
    });
    await expect.poll(async () => (await inside()).length, POLL).toBeGreaterThan(0);
    const first = (await inside())[0];
    expect(first?.text).toBe('I screwed up the budget');
    // The container scrolls: the field moves up, the underline with it.
    await o.page.evaluate(() => {
      (document.getElementById('panel') as HTMLElement).scrollTop = 60;
    });
    await expect.poll(async () => (await inside())[0]?.box.y, POLL).toBeCloseTo((first?.box.y ?? 0) - 60, 0);
    // The page scrolls too.
    await o.page.mouse.wheel(0, 100);
    await expect.poll(async () => (await inside())[0]?.box.y, POLL).toBeCloseTo((first?.box.y ?? 0) - 160, 0);
    // Scrolled away inside the container: clipped, not drawn over the page.
    await o.page.evaluate(() => {
      (document.getElementById('panel') as HTMLElement).scrollTop = 400;
    });
    await expect.poll(async () => (await marks(o)).length, POLL).toBe(0);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('Gmail-like compose body', () => {
  test('underlines a phrase split across <b>, skips the quoted reply, and adds nothing to the editor', async () => {
    const o = await open('gmail.html');
    const before = await pageMarkup(o, '[role=textbox]');
    await o.page.click('[role=textbox]');
    // One underline, under the two words, across the <b>; the quoted history ("I'm such an idiot" in
    // the blockquote) is never flagged.
    await expect.poll(() => texts(o), POLL).toEqual(['I suck']);
    const drawn = await marks(o);
    expect(await pageMarkup(o, '[role=textbox]')).toBe(before);
    await o.page.screenshot({
      caret: 'initial',
      path: outputPath('content-gmail-underline.png'),
      clip: { x: 0, y: 0, width: 640, height: 320 },
    });

    // A click on the underline opens the card; "Not now" hides it.
    const mark = drawn.find((h) => h.text === 'I suck');
    if (!mark) throw new Error('no underline');
    await o.page.mouse.click(onText(mark).x, onText(mark).y);
    const card = await waitForCard(o);
    expect(card.text).toContain('I suck');
    await o.page.screenshot({ caret: 'initial', path: outputPath('content-gmail-card.png') });
    const notNow = card.buttons.get('Not now');
    if (!notNow) throw new Error('no Not now');
    await o.page.mouse.click(notNow.x, notNow.y);
    await expect.poll(async () => (await marks(o)).length, POLL).toBe(0);
    expect(await pageMarkup(o, '[role=textbox]')).toBe(before);

    // Typing elsewhere keeps it hidden: the sentence did not change.
    await o.page.keyboard.press('Control+End');
    await o.page.keyboard.type(' Thanks!');
    await expect
      .poll(
        async () =>
          (await recordedMessages(browser.serviceWorker)).some(
            (r) => r.message.type === 'mastery:journal-event' && r.message.counter === 'dismissals',
          ),
        POLL,
      )
      .toBe(true);
    expect((await marks(o)).length).toBe(0);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('"Use this" rewrites the sentence across formatting, and Ctrl+Z restores the original markup', async () => {
    const o = await open('gmail.html');
    const before = await pageMarkup(o, '[role=textbox]');
    const textBefore = await o.page.locator('[role=textbox]').innerText();
    await o.page.click('[role=textbox]');
    await expect.poll(() => texts(o), POLL).toContain('I suck');
    const mark = (await marks(o)).find((h) => h.text === 'I suck');
    if (!mark) throw new Error('no underline');
    await o.page.mouse.move(onText(mark).x, onText(mark).y);
    const card = await waitForCard(o);
    const use = card.buttons.get('Use this');
    if (!use || !card.rewrite) throw new Error('no rewrite offered');
    await o.page.mouse.click(use.x, use.y);
    // Chrome's editing keeps some typed spaces as no-break spaces, as it does when someone types.
    const visible = async () => (await o.page.locator('[role=textbox]').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(visible, POLL).toContain(card.rewrite);
    const after = await visible();
    // Everything outside the flagged sentence is as it was; the quoted reply is untouched.
    expect(after).toContain('Hi Sam,');
    expect(after).toContain('I will send the corrected version by noon.');
    expect(after).toContain("I screwed up the numbers, I'm such an idiot.");
    expect(after).not.toContain('I suck at this.');
    await o.page.keyboard.press('Control+z');
    await expect.poll(() => o.page.locator('[role=textbox]').innerText(), POLL).toBe(textBefore);
    expect(await pageMarkup(o, '[role=textbox]')).toBe(before);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('other editors', () => {
  test('Outlook-like body: underlines the new text, not the history after the reply marker', async () => {
    const o = await open('outlook.html');
    await o.page.click('[role=textbox]');
    await expect.poll(() => texts(o), POLL).toContain("I'm so stupid");
    expect((await marks(o)).some((h) => h.text.includes('idiot'))).toBe(false);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('an editor in a same-origin about:blank iframe (TinyMCE-like)', async () => {
    const o = await open('iframe.html');
    const frame = o.page.frames().find((f) => f !== o.page.mainFrame());
    if (!frame) throw new Error('no iframe');
    await o.page.frameLocator('#editor').locator('body').click();
    const sentence = 'I messed up the schedule, I am such a failure.';
    await expect.poll(() => texts(o, frame), POLL).toEqual(['I messed up the schedule', 'I am such a failure']);
    for (const h of await marks(o, frame)) expect(sentence).toContain(h.text);
    expect((await marks(o)).length).toBe(0);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('fields inside an open shadow root: a textarea and a contenteditable', async () => {
    const o = await open('shadow.html');
    await o.page.locator('comment-box textarea').click();
    await expect.poll(() => texts(o), POLL).toContain('I suck');
    await o.page.locator('comment-box #rich').click();
    await expect.poll(() => texts(o), POLL).toEqual(['I am such an idiot']);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('a React-controlled textarea sees the rewrite, keeps it on re-render, and undo works', async () => {
    const o = await open('react.html');
    await o.page.waitForSelector('#reply');
    const original = await o.page.inputValue('#reply');
    await o.page.click('#reply');
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    await o.page.evaluate(
      (at) => (document.getElementById('reply') as HTMLTextAreaElement).setSelectionRange(at, at),
      original.indexOf('idiot'),
    );
    await o.page.keyboard.press('Alt+Shift+R');
    const card = await waitForCard(o);
    if (!card.rewrite) throw new Error('no rewrite offered');
    await o.page.keyboard.press('Enter');
    await expect.poll(() => o.page.inputValue('#reply'), POLL).toContain(card.rewrite);
    const value = await o.page.inputValue('#reply');
    // The component's state followed (its <output> renders the state, not the DOM value).
    await expect.poll(() => o.page.locator('#state').textContent(), POLL).toBe(value);
    expect(value.startsWith('Quick note: ')).toBe(true);
    expect(value.endsWith(' Fixed now.')).toBe(true);
    // A re-render keeps the new text.
    await o.page.keyboard.press('End');
    await o.page.keyboard.type('!');
    await expect.poll(() => o.page.locator('#state').textContent(), POLL).toBe(`${value}!`);
    expect(await o.page.inputValue('#reply')).toBe(`${value}!`);
    await o.page.keyboard.press('Control+z');
    await o.page.keyboard.press('Control+z');
    await expect.poll(() => o.page.inputValue('#reply'), POLL).toBe(original);
    await expect.poll(() => o.page.locator('#state').textContent(), POLL).toBe(original);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('on a dark page, underlines use the lighter colours', async () => {
    const o = await open('dark.html');
    await o.page.click('#dark-rich');
    const decoder = await browser.context.newPage();
    for (const [field, phrase] of [
      ['#dark-rich', 'I really suck'],
      ['#dark-plain', 'I am such an idiot'],
    ] as const) {
      await o.page.click(field);
      // Only the field being written in shows its underlines.
      await expect.poll(() => texts(o), POLL).toEqual([phrase]);
      for (const u of await marks(o)) {
        expect(u.palette).toBe('dark');
        // On screen: the lighter set (teal #5eead4, amber #fcd34d, violet #c4b5fd), not the darker one.
        const clip = { x: u.box.x, y: u.box.y - 1, width: u.box.width, height: u.box.height + 2 };
        expect(await inkIn(o.page, decoder, clip, INK.dark)).toBeGreaterThan(10);
        expect(await inkIn(o.page, decoder, clip, INK.light)).toBe(0);
      }
    }
    await decoder.close();
    await o.page.screenshot({
      caret: 'initial',
      path: outputPath('content-dark-underline.png'),
      clip: { x: 0, y: 0, width: 640, height: 220 },
    });
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('a page with a strict CSP (script-src none) still gets its underlines', async () => {
    const o = await open('csp.html');
    await o.page.click('#strict-rich');
    await expect.poll(() => texts(o), POLL).toContain('I am such an idiot');
    await o.page.click('#strict');
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    expect(engineLoads).toContain(o.url);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('where Mastery stays out', () => {
  test('a page with no editable field never loads the engine', async () => {
    const o = await open('plain.html');
    await o.page.click('#button');
    await o.page.click('p');
    await o.page.keyboard.press('Tab');
    await o.page.mouse.wheel(0, 200);
    // The entry answers pings, so it ran; give an engine load every chance to happen before judging.
    await expect.poll(() => o.page.evaluate(() => document.readyState), POLL).toBe('complete');
    await o.page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 1000 })));
    expect(engineLoads).not.toContain(o.url);
    expect(await anythingDrawn(o.cdp)).toBe(false);
    expect(o.errors).toEqual([]);
    await close(o);
  });

  test('password, payment, one-time-code and email fields are never read or loaded for', async () => {
    const o = await open('password.html');
    for (const id of ['#password', '#card', '#otp', '#email']) {
      await o.page.click(id);
      await o.page.keyboard.type('I screwed this up. I suck.');
    }
    await o.page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 1000 })));
    expect(engineLoads).not.toContain(o.url);
    expect((await marks(o)).length).toBe(0);
    expect(await anythingDrawn(o.cdp)).toBe(false);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('settings, followed live', () => {
  test('"Don\'t flag this phrase" and "Pause on this site" take effect at once; unpausing brings the underlines back', async () => {
    const o = await open('gmail.html');
    await o.page.click('[role=textbox]');
    await expect.poll(() => texts(o), POLL).toContain('I suck');
    let mark = (await marks(o)).find((h) => h.text === 'I suck');
    if (!mark) throw new Error('no underline');
    await o.page.mouse.click(onText(mark).x, onText(mark).y);
    let card = await waitForCard(o);
    const ignore = card.buttons.get("Don't flag this phrase");
    if (!ignore) throw new Error('no ignore button');
    await o.page.mouse.click(ignore.x, ignore.y);
    await expect.poll(async () => (await marks(o)).length, POLL).toBe(0);
    await expect.poll(async () => (await settingsGet()).ignoredPhrases, POLL).toEqual(['i suck']);

    // Unignore from "elsewhere" (the options page writes the same storage): the underline returns.
    await settingsSet({ version: 1, ignoredPhrases: [] });
    await expect.poll(() => texts(o), POLL).toContain('I suck');

    mark = (await marks(o)).find((h) => h.text === 'I suck');
    if (!mark) throw new Error('no underline');
    await o.page.mouse.click(onText(mark).x, onText(mark).y);
    card = await waitForCard(o);
    const pause = card.buttons.get('Pause on this site');
    if (!pause) throw new Error('no pause button');
    await o.page.mouse.click(pause.x, pause.y);
    await expect.poll(async () => (await marks(o)).length, POLL).toBe(0);
    await expect.poll(async () => (await settingsGet()).pausedSites, POLL).toEqual(['127.0.0.1']);
    // While paused, typing a new phrase flags nothing. Absence has no event to wait on, so the same words
    // are then typed on another host, which is not paused: once that page has its underline, this one has
    // had every chance to draw its own (the same typing pause, the same engine, asked first).
    const typeInBody = async (page: Page) => {
      await page.click('[role=textbox]');
      // After "Thanks for your patience.": the writer's own words (the field ends in the quoted reply).
      await page.evaluate(() => {
        const thanks = [...document.querySelectorAll('[role=textbox] > div')].find((d) => d.textContent?.endsWith('patience.'));
        const text = thanks?.lastChild;
        if (text) getSelection()?.collapse(text, text.textContent?.length ?? 0);
      });
      await page.keyboard.type(' I am an idiot.');
    };
    await typeInBody(o.page);
    const control = await open('gmail.html', otherHost());
    await typeInBody(control.page);
    await expect.poll(() => texts(control), POLL).toContain('I am an idiot');
    expect((await marks(o)).length).toBe(0);
    await close(control);

    await settingsSet({ version: 1, pausedSites: [] });
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    expect(o.errors).toEqual([]);
    await close(o);
  });
});

describe('privacy and packaging', () => {
  test('no request left for anywhere but the fixture server', () => {
    expect(foreignRequests).toEqual([]);
  });

  test('the engine is a web-accessible resource reachable only through the dynamic URL', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
    };
    const entry = manifest.web_accessible_resources?.find((r) => r.resources.includes(ENGINE_FILE));
    expect(entry?.use_dynamic_url).toBe(true);
  });
});

describe('the extension goes away while a page is open', () => {
  test('everything is removed quietly, with no errors on the page', async () => {
    const o = await open('gmail.html');
    await o.page.click('[role=textbox]');
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThan(0);
    const t = await open('textarea.html');
    await t.page.click('#note');
    await expect.poll(async () => (await marks(t)).length, POLL).toBeGreaterThan(0);

    // Reloading the extension invalidates the content scripts' context.
    await browser.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
      setTimeout(() => g.chrome.runtime.reload(), 10);
    });
    // The old worker is gone once the reload has happened.
    await expect.poll(() => browser.serviceWorker.evaluate(() => false).catch(() => true), POLL).toBe(true);

    // The next keystroke finds the extension gone: its layers go with it.
    await o.page.click('[role=textbox]');
    await o.page.keyboard.type(' ok');
    await expect.poll(async () => (await marks(o)).length, POLL).toBe(0);
    expect(await o.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await t.page.click('#note');
    await t.page.keyboard.type(' ok');
    await expect.poll(() => anythingDrawn(t.cdp), POLL).toBe(false);
    expect(await anythingDrawn(o.cdp)).toBe(false);
    expect(o.errors).toEqual([]);
    expect(t.errors).toEqual([]);
    await close(o);
    await close(t);
  });
});
