// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openCard, type CardActions, type CardHandle, type CardModel, type RewriteAnswer } from '../../../src/content/card';
import { CARD_CSS } from '../../../src/content/card/styles';
import { cssString, directionOf, shownText } from '../../../src/content/card/unfindable';

const MODEL: CardModel = {
  phrase: "I'm such an idiot",
  category: 'shame',
  severity: 'strong',
  reckoning: 'That is a harsh label for one mistake. The mistake is something you did, not who you are.',
  rumbles: [
    { strategy: 'guilt-not-shame', label: 'Name what happened', text: 'I got the numbers wrong, and I can fix them.' },
    { strategy: 'self-compassion', label: 'Talk to yourself like a friend', text: 'Anyone rushing could miss this.' },
    { strategy: 'learning', label: 'What it teaches', text: 'Next time I will check the sums first.' },
  ],
  rewrite: 'That was my mistake',
};

const CARD_DIR = join(__dirname, '../../../src/content/card');
const anchor = () => new DOMRect(40, 100, 120, 18);

type Calls = string[];
function recordingActions(calls: Calls): CardActions {
  return {
    useRewrite: () => {
      calls.push('useRewrite');
      return Promise.resolve('taken' as const);
    },
    notNow: () => calls.push('notNow'),
    ignorePhrase: () => calls.push('ignorePhrase'),
    pauseSite: () => calls.push('pauseSite'),
    onClose: (reason) => calls.push(`close:${reason}`),
  };
}

/** Keeps hold of the shadow roots the card creates, closed as they are, and what mode was asked for. */
function captureShadowRoots(forceOpen = false): Array<{ root: ShadowRoot; mode: ShadowRootMode }> {
  const captured: Array<{ root: ShadowRoot; mode: ShadowRootMode }> = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, forceOpen ? { ...init, mode: 'open' } : init);
    captured.push({ root, mode: init.mode });
    return root;
  });
  return captured;
}

let calls: Calls;
let roots: Array<{ root: ShadowRoot; mode: ShadowRootMode }>;
let handle: CardHandle | undefined;

function open(model: CardModel = MODEL, focusFirst = true): { handle: CardHandle; root: ShadowRoot; host: Element } {
  handle = openCard(model, anchor(), recordingActions(calls), { focusFirst, doc: document });
  const root = roots.at(-1)!.root;
  return { handle, root, host: root.host };
}

const shownStories = (root: ShadowRoot) =>
  Array.from(root.querySelectorAll('.rumble')).map((li) => [
    shownText(li.querySelector('.label')!),
    shownText(li.querySelector('.story')!),
  ]);

const buttonNamed = (root: ShadowRoot, name: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) ?? null;

const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};

const pointerDown = (target: EventTarget) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

beforeEach(() => {
  calls = [];
  roots = captureShadowRoots();
  document.body.innerHTML = '<textarea id="editor" aria-label="Message"></textarea><p id="elsewhere">Elsewhere</p>';
});

afterEach(() => {
  handle?.close();
  handle = undefined;
  vi.restoreAllMocks();
});

describe('openCard', () => {
  test('shows the quoted phrase, the reckoning, two rumbles with More stories, and the rewrite', () => {
    const { root } = open();
    const text = (selector: string) => {
      const el = root.querySelector(selector);
      return el ? shownText(el) : undefined;
    };
    expect(text('.phrase')).toBe("\u201CI'm such an idiot\u201D");
    expect(text('.reckoning')).toBe(MODEL.reckoning);
    expect(text('.head h2')).toBe('Reckoning');
    expect(text('.card')).toContain('Other ways to tell it');
    expect(shownStories(root)).toEqual(MODEL.rumbles.slice(0, 2).map((r) => [r.label, r.text]));
    expect(buttonNamed(root, 'More stories')?.localName).toBe('button');
    expect(text('blockquote')).toBe('\u201CThat was my mistake\u201D');
    for (const name of ['Use this', 'Not now', "Don't flag this phrase", 'Pause on this site', 'Close']) {
      expect(buttonNamed(root, name)?.localName).toBe('button');
    }
  });

  test('is a non-modal dialog named by its heading and described by the reckoning', () => {
    const { root } = open();
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const labelledBy = dialog
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => root.getElementById(id));
    expect(labelledBy[0]?.localName).toBe('h2');
    expect(labelledBy.map((el) => (el ? shownText(el) : '')).join(' ')).toBe("Reckoning \u201CI'm such an idiot\u201D");
    expect(shownText(root.getElementById(dialog.getAttribute('aria-describedby')!)!)).toBe(MODEL.reckoning);
    for (const button of root.querySelectorAll('button')) expect(button.type).toBe('button');
  });

  test('lives in a closed shadow root on an anonymous host appended to the document element', () => {
    const { host } = open();
    expect(roots.map((r) => r.mode)).toEqual(['closed']);
    expect(host.parentNode).toBe(document.documentElement);
    // A plain element: no name of its own says whose it is.
    expect(host.localName).toBe('div');
    expect((host as HTMLElement).shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual([]);
    expect(host.textContent).toBe('');
    expect(document.body.textContent).not.toContain('idiot');
  });

  test('focusFirst puts focus on Use this; otherwise focus stays where it was', () => {
    const { root, host } = open();
    expect(root.activeElement).toBe(buttonNamed(root, 'Use this'));
    expect(document.activeElement).toBe(host);

    const editor = document.getElementById('editor')!;
    editor.focus();
    const second = open(MODEL, false);
    expect(document.activeElement).toBe(editor);
    expect(second.root.activeElement).toBeNull();
  });

  test('without a rewrite: no Use this, the reason said plainly, rumbles still shown, focus on Not now', () => {
    const { root } = open({ ...MODEL, rewrite: null, noRewriteReason: 'A rewrite would lose “mother”.' });
    expect(buttonNamed(root, 'Use this')).toBeNull();
    expect(root.querySelector('blockquote')).toBeNull();
    expect(shownText(root.querySelector('.no-rewrite')!)).toBe('No one-click rewrite here. A rewrite would lose “mother”.');
    expect(root.querySelectorAll('.rumble')).toHaveLength(2);
    expect(root.activeElement).toBe(buttonNamed(root, 'Not now'));
  });

  test('More stories asks the callback for the next round and shows two fresh ones, keeping the card open', async () => {
    const rounds: number[] = [];
    const fresh = [
      { strategy: 'evidence', label: 'What went well?', text: 'I caught it before the meeting.' },
      { strategy: 'mastery', label: 'Progress, not perfect', text: 'My sums are better than last quarter.' },
    ];
    handle = openCard(
      MODEL,
      anchor(),
      {
        ...recordingActions(calls),
        moreStories: (round) => {
          rounds.push(round);
          return Promise.resolve([MODEL.rumbles[0]!, ...fresh]);
        },
      },
      { focusFirst: true, doc: document },
    );
    const root = roots.at(-1)!.root;
    const more = buttonNamed(root, 'More stories')!;
    more.click();
    await vi.waitFor(() => expect(shownStories(root)).toEqual(fresh.map((r) => [r.label, r.text])));
    expect(rounds).toEqual([1]);
    expect(handle.isOpen()).toBe(true);
    expect(calls).toEqual([]);
    expect(shownText(root.querySelector('[aria-live="polite"]')!)).toBe('2 more stories.');
    more.click();
    await vi.waitFor(() => expect(rounds).toEqual([1, 2]));
  });

  test('without a callback, More stories steps through the stories it was given', () => {
    const { root } = open();
    buttonNamed(root, 'More stories')!.click();
    expect(shownStories(root)).toEqual([[MODEL.rumbles[2]!.label, MODEL.rumbles[2]!.text]]);
  });

  test('two stories or fewer: no More stories', () => {
    const { root } = open({ ...MODEL, rumbles: MODEL.rumbles.slice(0, 2) });
    expect(buttonNamed(root, 'More stories')).toBeNull();
  });

  test('names the keys that open it, as the browser has them bound, and nothing when none are', () => {
    const { root } = open({ ...MODEL, shortcut: 'Ctrl+Shift+Y' }, false);
    const hint = root.querySelector('.keys');
    expect(hint ? shownText(hint) : '').toBe('Ctrl+Shift+Y opens this card from the keyboard');
    expect(shownText(hint?.querySelector('kbd') as Element)).toBe('Ctrl+Shift+Y');
    handle?.close();
    expect(open({ ...MODEL, shortcut: '' }, false).root.querySelector('.keys')).toBeNull();
    handle?.close();
    expect(open(MODEL, false).root.querySelector('.keys')).toBeNull();
  });

  test('Esc closes it, tells the caller, and goes no further', () => {
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    const { root, host, handle } = open();
    const event = press(root.activeElement!, 'Escape');
    expect(calls).toEqual(['close:escape']);
    expect(host.isConnected).toBe(false);
    expect(handle.isOpen()).toBe(false);
    expect(event.defaultPrevented).toBe(true);
    expect(pageSaw).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageSaw);
  });

  test('Esc closes it while focus is still in the editor, too', () => {
    const editor = document.getElementById('editor')!;
    editor.focus();
    const { host } = open(MODEL, false);
    press(editor, 'Escape');
    expect(calls).toEqual(['close:escape']);
    expect(host.isConnected).toBe(false);
  });

  test('Esc during IME composition is left to the editor', () => {
    const { handle } = open();
    press(document.getElementById('editor')!, 'Escape', { isComposing: true });
    expect(handle.isOpen()).toBe(true);
    expect(calls).toEqual([]);
  });

  test.each([
    ['Use this', 'useRewrite'],
    ['Not now', 'notNow'],
    ["Don't flag this phrase", 'ignorePhrase'],
    ['Pause on this site', 'pauseSite'],
  ])('%s calls %s, then closes with reason action', async (name, action) => {
    const { root, host } = open();
    buttonNamed(root, name)!.click();
    // "Use this" waits for the editor's answer.
    await vi.waitFor(() => expect(host.isConnected).toBe(false));
    expect(calls).toEqual([action, 'close:action']);
    expect(host.isConnected).toBe(false);
  });

  test('× closes like Esc, without running an action', () => {
    const { root, host } = open();
    buttonNamed(root, 'Close')!.click();
    expect(calls).toEqual(['close:escape']);
    expect(host.isConnected).toBe(false);
  });

  test('a pointer press outside closes it; one inside does not', () => {
    const { root, host, handle } = open();
    pointerDown(root.querySelector('.reckoning')!);
    expect(handle.isOpen()).toBe(true);
    pointerDown(document.getElementById('elsewhere')!);
    expect(calls).toEqual(['close:outside']);
    expect(host.isConnected).toBe(false);
  });

  test('pressing a button keeps focus where it was (mousedown is cancelled)', () => {
    const { root } = open(MODEL, false);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    buttonNamed(root, 'Use this')!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });

  test('Tab and Shift+Tab cycle inside the card', () => {
    const { root } = open();
    const buttons = Array.from(root.querySelectorAll('button'));
    const first = buttons[0]!;
    const last = buttons.at(-1)!;
    expect(first.getAttribute('aria-label')).toBe('Close');
    expect(shownText(last)).toBe('Pause on this site');

    last.focus();
    expect(press(last, 'Tab').defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(first);
    expect(press(first, 'Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(last);
    // In the middle, Tab is the browser's business.
    const useThis = buttonNamed(root, 'Use this')!;
    useThis.focus();
    expect(press(useThis, 'Tab').defaultPrevented).toBe(false);
  });

  test('Tab outside the card is not trapped', () => {
    open(MODEL, false);
    const editor = document.getElementById('editor')!;
    editor.focus();
    expect(press(editor, 'Tab').defaultPrevented).toBe(false);
  });

  test('contains() knows the host and everything inside it, nothing else', () => {
    const { root, host, handle } = open();
    expect(handle.contains(host)).toBe(true);
    expect(handle.contains(root.querySelector('.quote')!)).toBe(true);
    expect(handle.contains(root.querySelector('.quote')!.firstChild!)).toBe(true);
    expect(handle.contains(document.getElementById('editor')!)).toBe(false);
    expect(handle.contains(document.body)).toBe(false);
  });

  test('close() removes the card and every listener, without calling onClose', () => {
    const { host, handle } = open();
    handle.close();
    handle.close();
    expect(host.isConnected).toBe(false);
    expect(handle.isOpen()).toBe(false);
    press(document.body, 'Escape');
    pointerDown(document.body);
    expect(calls).toEqual([]);
    expect(document.querySelectorAll(':root > div')).toHaveLength(0);
  });

  test('opening a second card closes the first', () => {
    const first = open();
    const second = open({ ...MODEL, phrase: 'I suck' });
    expect(first.handle.isOpen()).toBe(false);
    expect(first.host.isConnected).toBe(false);
    expect(second.handle.isOpen()).toBe(true);
    expect(document.querySelectorAll(':root > div')).toHaveLength(1);
    expect(calls).toEqual([]);
    // The first card's listeners are gone with it: one Esc, one onClose.
    press(document.body, 'Escape');
    expect(calls).toEqual(['close:escape']);
  });

  test('user text is text: markup in a phrase is shown, never parsed', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { root } = open({
      ...MODEL,
      phrase: hostile,
      reckoning: hostile,
      rewrite: hostile,
      rumbles: [{ strategy: 's', label: hostile, text: hostile }],
    });
    expect(root.querySelector('img, b')).toBeNull();
    expect(shownText(root.querySelector('.phrase')!)).toBe(`\u201C${hostile}\u201D`);
  });

  test('holds no text node: every word is drawn by a rule of its own shadow root, which the page cannot search', () => {
    const { root } = open();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').trim() !== '') texts.push(n.textContent ?? '');
    expect(texts).toEqual([]);
    // The rules that draw them, in the card's own sheet (after the shared one).
    const own = Array.from(root.adoptedStyleSheets[1]?.cssRules ?? [])
      .map((r) => r.cssText)
      .join('\n');
    expect(own).toContain('content');
    expect(shownText(root.querySelector('.reckoning')!)).toBe(MODEL.reckoning);
  });

  test('a CSS string keeps any text as it is, and the direction follows the first strong letter', () => {
    expect(cssString('plain "quoted" \\ end\nnext')).toBe('"plain \\22 quoted\\22  \\5c  end\\a next"');
    expect(directionOf('“אני כזה אידיוט”')).toBe('rtl');
    expect(directionOf('123, أنا فاشل')).toBe('rtl');
    expect(directionOf('“I suck”')).toBe('ltr');
    expect(directionOf('...')).toBe('ltr');
  });

  test('its sources never build DOM from strings', () => {
    for (const file of readdirSync(CARD_DIR)) {
      const source = readFileSync(join(CARD_DIR, file), 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|DOMParser|createContextualFragment|document\.write/);
    }
  });

  test('says nothing on the console', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const { root } = open();
    buttonNamed(root, 'Use this')!.click();
    open({ ...MODEL, rewrite: null }).handle.close();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test('uses a constructable stylesheet, shared between cards', () => {
    const first = open().root.adoptedStyleSheets[0];
    const second = open().root.adoptedStyleSheets[0];
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  test('falls back to a <style> in the shadow root where a sheet cannot be adopted', () => {
    const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new DOMException('not allowed', 'NotAllowedError');
      },
    });
    try {
      const { root } = open();
      const style = root.querySelector('style');
      expect(style?.parentNode).toBe(root);
      expect(style?.textContent).toBe(CARD_CSS);
    } finally {
      if (descriptor) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', descriptor);
    }
  });

  test('is placed just below the phrase, and moves when told to', () => {
    const { root, handle } = open();
    const card = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(card.style.top).toBe('124px');
    expect(card.style.left).toBe('40px');
    handle.reposition?.(new DOMRect(60, 200, 50, 20));
    expect(card.style.top).toBe('226px');
    expect(card.style.left).toBe('60px');
  });

  test('severity shows only as an accent', () => {
    const { root } = open({ ...MODEL, severity: 'gentle' });
    expect(root.querySelector('[role="dialog"]')?.getAttribute('data-severity')).toBe('gentle');
  });

  test('its palette has no error red in it', () => {
    // Read from disk: unit tests do not process CSS, so CARD_CSS is empty here.
    const css = readFileSync(join(CARD_DIR, 'card.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const hexes = css.match(/#[0-9a-f]{6}\b/gi) ?? [];
    const rgbas = Array.from(css.matchAll(/rgba?\((\d+),\s*(\d+),\s*(\d+)/g), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
    const colours = [...hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))), ...rgbas];
    expect(colours.length).toBeGreaterThan(10);
    for (const [r = 0, g = 0, b = 0] of colours) {
      // Reddish: red clearly above both green and blue.
      expect(r - Math.max(g, b), `rgb(${r}, ${g}, ${b})`).toBeLessThan(24);
    }
    expect(css).not.toMatch(/\bred\b|crimson|tomato/i);
  });

  test('axe finds nothing serious in it', async () => {
    vi.restoreAllMocks();
    roots = captureShadowRoots(true);
    document.documentElement.lang = 'en';
    document.title = 'Compose';
    open({ ...MODEL, shortcut: 'Alt+Shift+R' });
    const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([]);
    // It did look inside the card (a node in a shadow root is targeted by a path of selectors).
    const checked = [...result.passes, ...result.incomplete].flatMap((r) => r.nodes.map((n) => JSON.stringify(n.target)));
    expect(checked.some((t) => t.startsWith('[['))).toBe(true);
  });
});

describe('when the editor does not take the rewrite', () => {
  function openRefusing(answer: RewriteAnswer = 'not-taken'): { root: ShadowRoot; host: Element; handle: CardHandle } {
    handle = openCard(
      MODEL,
      anchor(),
      {
        ...recordingActions(calls),
        useRewrite: () => {
          calls.push('useRewrite');
          return Promise.resolve(answer);
        },
      },
      { focusFirst: true, doc: document },
    );
    const root = roots.at(-1)!.root;
    return { root, host: root.host, handle };
  }

  test('the card stays, says so, and offers "Copy rewrite" in place of "Use this", with focus on it', async () => {
    const { root, handle } = openRefusing();
    buttonNamed(root, 'Use this')!.click();
    await vi.waitFor(() => expect(buttonNamed(root, 'Copy rewrite')).not.toBeNull());
    expect(handle.isOpen()).toBe(true);
    expect(calls).toEqual(['useRewrite']);
    expect(buttonNamed(root, 'Use this')).toBeNull();
    expect(shownText(root.querySelector('[role="status"]') as Element)).toMatch(/didn't take the rewrite, so your text is as you wrote it/);
    expect(root.activeElement).toBe(buttonNamed(root, 'Copy rewrite'));
    // The rewrite itself is still shown, to copy by hand if need be.
    expect(shownText(root.querySelector('.quote') as Element)).toContain(MODEL.rewrite);
  });

  test('an editor that garbled the text: the card does not pretend it is as written, and points to Ctrl+Z', async () => {
    const { root } = openRefusing('garbled');
    buttonNamed(root, 'Use this')!.click();
    await vi.waitFor(() => expect(buttonNamed(root, 'Copy rewrite')).not.toBeNull());
    const note = shownText(root.querySelector('[role="status"]') as Element);
    expect(note).toMatch(/couldn't put back: Ctrl\+Z should bring your words back/);
    expect(note).not.toMatch(/as you wrote it/);
  });

  test('"Copy rewrite" puts the rewrite on the clipboard and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { root } = openRefusing();
    buttonNamed(root, 'Use this')!.click();
    await vi.waitFor(() => expect(buttonNamed(root, 'Copy rewrite')).not.toBeNull());
    buttonNamed(root, 'Copy rewrite')!.click();
    await vi.waitFor(() => expect(buttonNamed(root, 'Copied')).not.toBeNull());
    expect(writeText).toHaveBeenCalledWith(MODEL.rewrite);
    expect(shownText(root.querySelector('[role="status"]') as Element)).toBe('Copied. Paste it where you like.');
  });

  test('where the Clipboard API refuses, it copies from a selected field inside the card', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({
      writeText: () => Promise.reject(new Error('not focused')),
    } as unknown as Clipboard);
    let copied: string | null = null;
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        const area = roots.at(-1)!.root.querySelector('textarea');
        if (command === 'copy' && area) copied = area.value.slice(area.selectionStart, area.selectionEnd);
        return command === 'copy';
      },
    });
    try {
      const { root } = openRefusing();
      buttonNamed(root, 'Use this')!.click();
      await vi.waitFor(() => expect(buttonNamed(root, 'Copy rewrite')).not.toBeNull());
      buttonNamed(root, 'Copy rewrite')!.click();
      await vi.waitFor(() => expect(buttonNamed(root, 'Copied')).not.toBeNull());
      expect(copied).toBe(MODEL.rewrite);
      // The helper field is gone again.
      expect(root.querySelector('textarea')).toBeNull();
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  test('a press in the field’s own document (a small frame’s) closes the card too', () => {
    const frameDoc = document.implementation.createHTMLDocument('frame');
    handle = openCard(MODEL, anchor(), recordingActions(calls), { focusFirst: false, doc: document, fieldDoc: frameDoc });
    pointerDown(frameDoc.body);
    expect(calls).toEqual(['close:outside']);
  });
});
