/**
 * "Use this" in the real editors people write in: each editor's npm build (test/e2e/fixtures/editors),
 * the built extension, real key events in Chromium. For each editor, the whole flow:
 *
 * 1. Type a note with two self-talk sentences. Only those are underlined, and the editor's DOM is
 *    never touched by Mastery.
 * 2. Hover the first underline, "Use this": the rewrite is on screen and in the editor's own model
 *    (read through the editor's public API on the page).
 * 3. One Ctrl+Z gives back exactly the original, in the model; Ctrl+Shift+Z redoes the rewrite.
 * 4. Caret at the end, Alt+Shift+R, Enter on the second sentence; then the next keys typed land
 *    right after that rewrite, in the model.
 *
 * A screenshot of each editor's card goes to test/e2e/output/editor-<name>-card.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, test } from 'vitest';
import type { StaticServer } from '../../src/dev/static-server';
import { type CardView, cardOpen, readCard, recordedMessages, recordMessages, underlines } from './content-helpers';
import { editorPagesDir } from './editor-pages';
import { collectPageErrors, launchWithExtension, outputPath, ROOT, serveFixtures, type ExtensionBrowser } from './helpers';

interface Editor {
  /** The fixture's `?editor=` name. */
  name: string;
  /** The npm package whose version the README names. */
  pkg: string;
  /** The element the user writes in (inside the iframe for TinyMCE). */
  editable: string;
  /** The editor lives in an iframe of the page. */
  framed?: boolean;
}

const EDITORS: Editor[] = [
  { name: 'textarea', pkg: '', editable: '#editor' },
  { name: 'react-textarea', pkg: 'react-dom', editable: '#editor' },
  { name: 'prosemirror', pkg: 'prosemirror-view', editable: '.ProseMirror' },
  { name: 'tiptap', pkg: '@tiptap/core', editable: '.ProseMirror' },
  { name: 'quill', pkg: 'quill', editable: '.ql-editor' },
  { name: 'lexical', pkg: 'lexical', editable: '[data-lexical-editor]' },
  { name: 'draft', pkg: 'draft-js', editable: '.public-DraftEditor-content' },
  { name: 'slate', pkg: 'slate-react', editable: '[data-slate-editor]' },
  { name: 'ckeditor', pkg: 'ckeditor5', editable: '.ck-editor__editable' },
  { name: 'tinymce', pkg: 'tinymce', editable: '#tinymce', framed: true },
  { name: 'roosterjs', pkg: 'roosterjs', editable: '.fixture-editable' },
];

const FIRST = "I messed up, I'm such an idiot.";
const SECOND = 'I suck at this.';
/**
 * Two harsh sentences side by side are one thought, and "Use this" rewrites them together; a plain
 * sentence between them keeps them two, so each is rewritten on its own here.
 */
const ORIGINAL = `Thanks. ${FIRST} The totals are fixed. ${SECOND}`;
const POLL = { timeout: 15_000, interval: 50 };

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  // Bundled by the e2e global setup.
  server = await serveFixtures(editorPagesDir());
  browser = await launchWithExtension();
  await recordMessages(browser.serviceWorker);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  cdp: CDPSession;
  /** The frame the editor is in. */
  frame: Frame;
  errors: string[];
  editor: Editor;
}

async function open(editor: Editor): Promise<Opened> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = collectPageErrors(page);
  await page.goto(`${server.url}index.html?editor=${editor.name}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.fixture !== undefined || window.fixtureError !== undefined, null, { timeout: 30_000 });
  const failed = await page.evaluate(() => window.fixtureError);
  if (failed) throw new Error(`${editor.name} did not mount: ${failed}`);
  const frame = editor.framed ? page.frames().find((f) => f !== page.mainFrame()) : page.mainFrame();
  if (!frame) throw new Error(`${editor.name}: no editor frame`);
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp, frame, errors, editor };
}

/** The editor's own text, from its model. */
function model(o: Opened): Promise<string> {
  return o.page.evaluate(() => window.fixture?.text() ?? '');
}

/** Where the editor's frame's viewport starts on the page. */
async function frameOffset(o: Opened): Promise<{ x: number; y: number }> {
  if (!o.editor.framed) return { x: 0, y: 0 };
  return o.page.evaluate(() => {
    const f = document.querySelector('iframe') as HTMLIFrameElement;
    const r = f.getBoundingClientRect();
    return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
  });
}

/** Start recording every change Mastery (or anyone) makes to the editor's DOM from now on. */
async function watchEditorDom(o: Opened): Promise<void> {
  await o.frame.evaluate(async (selector) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const el = document.querySelector(selector) as Element;
    const seen: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type}:${r.attributeName ?? ''}`);
    }).observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    (window as unknown as { editorMutations: string[] }).editorMutations = seen;
  }, o.editor.editable);
}

function editorMutations(o: Opened): Promise<string[]> {
  return o.frame.evaluate(() => (window as unknown as { editorMutations: string[] }).editorMutations);
}

/** The flagged phrases' underlines and the words under them, boxes in the editor frame's viewport. */
async function marks(o: Opened) {
  const at = await frameOffset(o);
  return (await underlines(o.frame, o.cdp)).map((u) => ({ text: u.text, rect: { ...u.box, x: u.box.x - at.x, y: u.box.y - at.y } }));
}

async function waitForCard(o: Opened, expect: ExpectStatic): Promise<CardView> {
  let card: CardView | null = null;
  await expect
    .poll(async () => {
      card = await readCard(o.cdp);
      return card !== null && card.buttons.size > 0 && card.rewrite !== null;
    }, POLL)
    .toBe(true);
  return card as unknown as CardView;
}

/** Rewrites the journal counted, over all tabs. */
async function journaledRewrites(): Promise<number> {
  return (await recordedMessages(browser.serviceWorker)).filter(
    (r) => r.message.type === 'mastery:journal-event' && r.message.counter === 'rewritesAccepted',
  ).length;
}

/** The textarea's underlines start after the first sentence: measured with the field's own font. */
async function firstSentenceWidth(o: Opened): Promise<number> {
  return o.page.evaluate((prefix) => {
    const el = document.querySelector('#editor') as HTMLTextAreaElement;
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ctx.font = style.font;
    return el.getBoundingClientRect().left + Number.parseFloat(style.paddingLeft) + ctx.measureText(prefix).width;
  }, 'Thanks. ');
}

// A few editors at a time, each in its own page: most of a flow is waiting on Mastery's and the
// editors' timers, and one browser serves them all (vitest's maxConcurrency for e2e: see vite.config.ts).
describe.concurrent('underline, "Use this" into the model, one Ctrl+Z back, redo, and the next keys after the rewrite', () => {
  test.for(EDITORS)('$name', async (editor, { expect }) => {
    const o = await open(editor);
    const plain = editor.name.endsWith('textarea');
    await o.frame.click(editor.editable);
    await o.page.keyboard.type(ORIGINAL);
    await expect.poll(() => model(o), POLL).toBe(ORIGINAL);
    await watchEditorDom(o);

    // 1. Underlines on the two self-talk sentences only; the editor's DOM untouched.
    await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThanOrEqual(2);
    const found = await marks(o);
    if (plain) {
      const start = await firstSentenceWidth(o);
      for (const m of found) expect(m.rect.x).toBeGreaterThanOrEqual(start - 1);
    } else {
      for (const m of found)
        expect(
          [FIRST, SECOND].some((s) => s.includes(m.text ?? '\u0000')),
          String(m.text),
        ).toBe(true);
      expect(found.some((m) => FIRST.includes(m.text ?? '\u0000'))).toBe(true);
      expect(found.some((m) => SECOND.includes(m.text ?? '\u0000'))).toBe(true);
    }
    expect(await editorMutations(o)).toEqual([]);

    // 2. Hover the first underline (the leftmost one on the line): the card; "Use this".
    const first = [...found].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x)[0];
    if (!first) throw new Error('no underline');
    const at = await frameOffset(o);
    await o.page.mouse.move(at.x + first.rect.x + Math.min(first.rect.width / 2, 20), at.y + first.rect.y + first.rect.height / 2);
    const card = await waitForCard(o, expect);
    expect(card.text).toMatch(/messed up|idiot/);
    await o.page.screenshot({
      caret: 'initial',
      path: outputPath(`editor-${editor.name}-card.png`),
      clip: { x: 0, y: 0, width: 700, height: 700 },
    });
    const use = card.buttons.get('Use this');
    if (!use || !card.rewrite) throw new Error('no rewrite offered');
    const rewritten = ORIGINAL.replace(FIRST, card.rewrite);
    await o.page.mouse.click(use.x, use.y);
    await expect.poll(() => cardOpen(o.cdp, { frames: true }), POLL).toBe(false);
    await expect.poll(() => model(o), POLL).toBe(rewritten);
    const screen = (
      await o.frame
        .locator(editor.editable)
        .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText))
    ).replace(/\u00a0/g, ' ');
    expect(screen).toContain(card.rewrite);

    // 3. One Ctrl+Z: exactly the original, in the model. Redo brings the rewrite back.
    await o.page.keyboard.press('Control+z');
    await expect.poll(() => model(o), POLL).toBe(ORIGINAL);
    await o.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => model(o), POLL).toBe(rewritten);

    // 4. The second sentence by keyboard, with the caret at its end: the next keys follow the rewrite.
    await o.page.keyboard.press('Control+End');
    await o.page.keyboard.press('Alt+Shift+R');
    const second = await waitForCard(o, expect);
    expect(second.text).toContain('I suck');
    if (!second.rewrite) throw new Error('no rewrite offered');
    await o.page.keyboard.press('Enter');
    const both = rewritten.replace(SECOND, second.rewrite);
    await expect.poll(() => model(o), POLL).toBe(both);
    await expect.poll(() => cardOpen(o.cdp, { frames: true }), POLL).toBe(false);
    await o.page.keyboard.type(' Done.');
    await expect.poll(() => model(o), POLL).toBe(`${both} Done.`);

    expect(o.errors).toEqual([]);
    await o.cdp.detach().catch(() => undefined);
    await o.page.close();
  });
});

test('the journal counted each rewrite once, after the editor kept it: two per editor', async () => {
  await expect.poll(journaledRewrites, POLL).toBe(2 * EDITORS.length);
});

test('the README names every editor tested here, at the version installed', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  for (const { pkg: name } of EDITORS) {
    if (name === '') continue;
    const version = pkg.devDependencies[name];
    expect(version, name).toBeDefined();
    expect(readme, `${name} ${version}`).toContain(`${name} ${version}`);
  }
});

test('an editor that keeps none of the ways in: the text stays as written, the card says so and offers the rewrite to copy', async () => {
  const o = await open({ name: 'reverting', pkg: '', editable: '.fixture-editable' });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const before = await journaledRewrites();
  await o.page.click('.fixture-editable');
  await o.page.keyboard.type(ORIGINAL);
  await expect.poll(async () => (await marks(o)).length, POLL).toBeGreaterThanOrEqual(2);
  const first = [...(await marks(o))].sort((a, b) => a.rect.x - b.rect.x)[0];
  if (!first) throw new Error('no underline');
  await o.page.mouse.click(first.rect.x + 10, first.rect.y + first.rect.height / 2);
  const card = await waitForCard(o, expect);
  const use = card.buttons.get('Use this');
  if (!use || !card.rewrite) throw new Error('no rewrite offered');
  await o.page.mouse.click(use.x, use.y);
  let after: CardView | null = null;
  await expect
    .poll(async () => {
      after = await readCard(o.cdp);
      return after?.buttons.has('Copy rewrite') ?? false;
    }, POLL)
    .toBe(true);
  const view = after as unknown as CardView;
  expect(view.text).toContain("didn't take the rewrite, so your text is as you wrote it");
  expect(view.buttons.has('Use this')).toBe(false);
  expect(await model(o)).toBe(ORIGINAL);
  await o.page.screenshot({
    caret: 'initial',
    path: outputPath('editor-not-taken-card.png'),
    clip: { x: 0, y: 0, width: 700, height: 700 },
  });

  const copy = view.buttons.get('Copy rewrite');
  if (!copy) throw new Error('no Copy rewrite');
  await o.page.mouse.click(copy.x, copy.y);
  await expect.poll(() => o.page.evaluate(() => navigator.clipboard.readText()), POLL).toBe(card.rewrite);
  await expect.poll(async () => (await readCard(o.cdp))?.buttons.has('Copied') ?? false, POLL).toBe(true);
  // Nothing was journaled: the rewrite never made it into the text.
  expect(await journaledRewrites()).toBe(before);
  expect(await model(o)).toBe(ORIGINAL);
  expect(o.errors).toEqual([]);
  await o.page.close();
});
