// @vitest-environment happy-dom
/**
 * The page side of the engine, whole, in a simulated page, talking to the real background engine
 * through a fake runtime. What a page and the badge can observe: the findings count the frame
 * reports, and what the frame asks the background (only candidate sentences, only what changed).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startEngine, TYPING_PAUSE_MS, type Engine } from '../../../src/content/engine/index';
import { fieldFor, type Field } from '../../../src/content/fields';
import { fakeExtension, type FakeExtension } from '../../fakes/extension';

const WAIT = { timeout: 20_000, interval: 20 };

let controller: AbortController | null = null;

afterEach(() => {
  controller?.abort();
  controller = null;
  document.body.innerHTML = '';
});

async function start(html: string): Promise<{ ext: FakeExtension; engine: Engine; field: Field; el: HTMLElement }> {
  document.body.innerHTML = html;
  const el = document.getElementById('f') as HTMLElement;
  const field = fieldFor(el);
  if (!field) throw new Error('not a field');
  const ext = fakeExtension();
  controller = new AbortController();
  const engine = await startEngine({
    browser: { runtime: ext.runtime, storage: ext.storage },
    signal: controller.signal,
    invalidate: () => controller?.abort(),
  });
  return { ext, engine, field, el };
}

/** The last findings count the frame reported. */
function count(ext: FakeExtension): number | undefined {
  const counts = ext.runtime.sent.filter(
    (m): m is { type: string; count: number } => (m as { type?: string }).type === 'mastery:findings-count',
  );
  return counts[counts.length - 1]?.count;
}

/** Every sentence sent for detection, request by request. */
function asked(ext: FakeExtension): string[][] {
  return ext.runtime.sent
    .filter((m): m is { type: string; sentences: string[] } => (m as { type?: string }).type === 'mastery:detect')
    .map((m) => m.sentences);
}

function type(el: HTMLTextAreaElement, text: string): void {
  el.setRangeText(text, el.value.length, el.value.length, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

describe('the engine in a page', { timeout: 30_000 }, () => {
  test('a textarea: the phrase is found through the background, and a later line costs one sentence', async () => {
    const { ext, engine, field, el } = await start(
      '<textarea id="f">Hi Sam.\nI screwed up the numbers, I am such an idiot.\nLunch at noon.</textarea>',
    );
    engine.attach(field);
    // "I screwed up the numbers" and "I am such an idiot".
    await vi.waitFor(() => expect(count(ext)).toBe(2), WAIT);
    // Only sentences with a trigger word left the page.
    expect(asked(ext).flat()).toEqual(['I screwed up the numbers, I am such an idiot.']);
    const area = el as HTMLTextAreaElement;
    area.focus();
    type(area, '\nSorry, I suck at this.');
    await vi.waitFor(() => expect(count(ext)).toBe(3), WAIT);
    // The second scan looked at the new line only.
    expect(asked(ext).at(-1)).toEqual(['Sorry, I suck at this.']);
  });

  test('a rich field: an edit to one paragraph sends that paragraph’s sentences only', async () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `<div>Paragraph ${i} says sorry for the delay. I suck at this ${i}.</div>`,
    ).join('');
    const { ext, engine, field, el } = await start(`<div id="f" contenteditable="true">${paragraphs}</div>`);
    engine.attach(field);
    await vi.waitFor(() => expect(count(ext)).toBe(30), WAIT);
    const before = asked(ext).flat().length;
    const tenth = el.children[10]?.firstChild as Text;
    tenth.data = 'Paragraph ten: I am such an idiot.';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    await vi.waitFor(() => expect(asked(ext).flat().length).toBeGreaterThan(before), WAIT);
    expect(asked(ext).at(-1)).toEqual(['Paragraph ten: I am such an idiot.']);
    await vi.waitFor(() => expect(count(ext)).toBe(30), WAIT);
  });

  test('a background that stops keeps the underlines, and the next pause catches up', async () => {
    const { ext, engine, field, el } = await start('<textarea id="f">I am such an idiot.</textarea>');
    engine.attach(field);
    await vi.waitFor(() => expect(count(ext)).toBe(1), WAIT);
    const area = el as HTMLTextAreaElement;
    // Stopped while the writer types: the request fails twice, the underline stays.
    ext.stop(2);
    type(area, '\nI suck.');
    await vi.waitFor(() => expect(ext.runtime.sent.length).toBeGreaterThan(0), WAIT);
    await new Promise((r) => setTimeout(r, TYPING_PAUSE_MS * 3));
    expect(count(ext)).toBe(1);
    // The next pause asks again, for both what it missed and what is new.
    type(area, ' Truly.');
    await vi.waitFor(() => expect(count(ext)).toBe(2), WAIT);
  });

  test('settings that change what is found (the user’s own phrase) rescan every field', async () => {
    const { ext, engine, field } = await start('<textarea id="f">Pure butterfingers, as usual.</textarea>');
    engine.attach(field);
    await vi.waitFor(() => expect(ext.answered.get('mastery:engine-hello')).toBeGreaterThan(0), WAIT);
    await new Promise((r) => setTimeout(r, TYPING_PAUSE_MS));
    expect(count(ext) ?? 0).toBe(0);
    await ext.store.updateSettings((s) => ({ ...s, customPhrases: ['butterfingers'] }));
    await vi.waitFor(() => expect(count(ext)).toBe(1), WAIT);
    await ext.store.updateSettings((s) => ({ ...s, ignoredPhrases: ['pure butterfingers'] }));
    await ext.store.updateSettings((s) => ({ ...s, pausedSites: [location.hostname] }));
    await vi.waitFor(() => expect(count(ext)).toBe(0), WAIT);
  });
});
