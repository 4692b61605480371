// @vitest-environment happy-dom
/**
 * The rewrite's logic against small stand-in editors: which way is tried when, what counts as the
 * editor having taken the rewrite, how a way that went wrong is undone, where the caret goes.
 * How the real editors answer is proven in a real browser (test/e2e/editors.e2e.test.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Field } from '../../src/content/fields';
import { type EditorProfile, fieldText, mapRich, narrow, type Path, recogniseEditor, rewriteSpan } from '../../src/content/rewrite';
import { sentenceAround } from '../../src/content/scan';
import { offsetOf } from '../../src/content/text-map';

afterEach(() => {
  document.body.innerHTML = '';
  Reflect.deleteProperty(document, 'execCommand');
  vi.restoreAllMocks();
});

function rich(html: string): { el: HTMLElement; field: Field } {
  document.body.innerHTML = html;
  const el = document.querySelector('[contenteditable]') as HTMLElement;
  return { el, field: { kind: 'rich', el } };
}

function profile(paths: Path[], undoMergeMs = 0): EditorProfile {
  return { name: 'contenteditable', paths, undoMergeMs };
}

/** Replace the document selection's contents by `text`, as the browser's editing does. */
function replaceSelection(text: string): void {
  const selection = document.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (!range) return;
  range.deleteContents();
  const node = document.createTextNode(text);
  range.insertNode(node);
  selection?.collapse(node, text.length);
}

/** happy-dom has no editing commands: a small execCommand with a one-level undo, as the browser's. */
function browserEditing(): string[] {
  const calls: string[] = [];
  let undo: (() => void) | null = null;
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string, _ui: boolean, value?: string) => {
      calls.push(command);
      const active = document.activeElement;
      if (command === 'undo') {
        undo?.();
        undo = null;
        return true;
      }
      if (command !== 'insertText') return false;
      if (active instanceof HTMLTextAreaElement) {
        const before = active.value;
        undo = () => {
          active.value = before;
        };
        active.setRangeText(value ?? '', active.selectionStart ?? 0, active.selectionEnd ?? 0, 'end');
      } else {
        const host = active as HTMLElement;
        const before = host.innerHTML;
        undo = () => {
          host.innerHTML = before;
        };
        replaceSelection(value ?? '');
      }
      active?.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value ?? null }));
      return true;
    },
  });
  return calls;
}

/** Like CKEditor 5: re-render from the model a moment after any DOM edit, since the model never heard of it. */
function revertsBrowserEdits(el: HTMLElement): void {
  const original = el.innerHTML;
  el.addEventListener('input', () => {
    setTimeout(() => {
      el.innerHTML = original;
    }, 0);
  });
}

/** The caret's offset in the field's text. */
function caretOffset(field: Field): number | null {
  if (field.kind === 'plain') return field.el.selectionStart;
  const selection = document.getSelection();
  if (!selection?.rangeCount) return null;
  const range = selection.getRangeAt(0);
  return range.collapsed ? offsetOf(mapRich(field.el), range.startContainer, range.startOffset) : null;
}

function sentenceOf(text: string, phrase: string): { start: number; end: number } {
  const at = text.indexOf(phrase);
  return sentenceAround(text, at, at + phrase.length);
}

describe('recogniseEditor: by the marker on the editable root only', () => {
  test.each([
    ['<div contenteditable="true" data-slate-editor="true"></div>', 'slate'],
    ['<div contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div contenteditable="true" class="ck ck-content ck-editor__editable"></div>', 'ckeditor'],
    ['<div contenteditable="true" class="ql-editor"></div>', 'quill'],
    ['<div contenteditable="true" class="ProseMirror tiptap"></div>', 'prosemirror'],
    ['<div contenteditable="true" class="notranslate public-DraftEditor-content"><div data-contents="true"></div></div>', 'draft'],
    ['<div contenteditable="true"><div data-contents="true"></div></div>', 'draft'],
    ['<div contenteditable="true" id="tinymce" class="mce-content-body"></div>', 'tinymce'],
    ['<div contenteditable="true" role="textbox"></div>', 'contenteditable'],
  ])('%s', (html, name) => {
    expect(recogniseEditor(rich(html).field).name).toBe(name);
  });

  test('a textarea is the browser’s own editor', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const el = document.querySelector('textarea') as HTMLTextAreaElement;
    expect(recogniseEditor({ kind: 'plain', el })).toMatchObject({ name: 'textarea', paths: ['execCommand', 'direct'] });
  });

  test('editors that render only from their model are never sent a browser edit', () => {
    for (const marker of ['data-slate-editor="true"', 'class="ck-editor__editable"', 'class="mce-content-body"']) {
      expect(recogniseEditor(rich(`<div contenteditable="true" ${marker}></div>`).field).paths).not.toContain('execCommand');
    }
  });
});

describe('narrow', () => {
  test('replaces only the characters that differ', () => {
    expect(narrow('I suck at this.', "I'm still getting better at this.")).toEqual({ from: 1, to: 6, text: "'m still getting better" });
    expect(narrow('same', 'same')).toEqual({ from: 4, to: 4, text: '' });
    expect(narrow('abc', '')).toEqual({ from: 0, to: 3, text: '' });
  });

  test('never splits a surrogate pair', () => {
    const n = narrow('I 😀 suck', 'I 😃 suck');
    expect(n.text).toBe('😃');
    expect('I 😀 suck'.slice(n.from, n.to)).toBe('😀');
  });
});

describe('rewriteSpan: the way the editor takes', () => {
  const HTML = '<div contenteditable="true"><p>Hi Sam.</p><p>I screwed up the numbers, <b>I</b> am such an idiot. Back soon.</p></div>';
  const SENTENCE = 'I screwed up the numbers, I am such an idiot.';
  const REWRITE = 'The numbers were wrong, and I am fixing them.';

  test('a model-driven editor handles the beforeinput: its text changes, the caret lands after the whole rewrite', async () => {
    const { el, field } = rich(HTML);
    const seen: string[] = [];
    el.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      seen.push(`${e.inputType}:${e.dataTransfer?.getData('text/plain')}`);
      e.preventDefault();
      replaceSelection(e.dataTransfer?.getData('text/plain') ?? '');
    });
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE }, profile(['beforeinput', 'execCommand']));
    expect(result).toEqual({ ok: true, path: 'beforeinput', caret: start + REWRITE.length });
    expect(fieldText(field)).toBe(text.replace(SENTENCE, REWRITE));
    // Only the part that differs was sent (the shared final "." is not), as the spell checker would.
    expect(seen).toEqual([`insertReplacementText:${REWRITE.slice(0, -1)}`]);
    // Not after the narrowed part: after the whole rewrite, where the user's next key belongs.
    expect(caretOffset(field)).toBe(start + REWRITE.length);
  });

  test('nobody handles the beforeinput or the paste: the browser edits (execCommand)', async () => {
    const calls = browserEditing();
    const { field } = rich(HTML);
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE });
    expect(result).toMatchObject({ ok: true, path: 'execCommand' });
    expect(calls).toEqual(['insertText']);
    expect(fieldText(field)).toBe(text.replace(SENTENCE, REWRITE));
  });

  test('an editor with its own clipboard pipeline takes the paste, over the selected span', async () => {
    const { el, field } = rich(HTML);
    el.addEventListener('paste', (event) => {
      const e = event as ClipboardEvent;
      e.preventDefault();
      replaceSelection(e.clipboardData?.getData('text/plain') ?? '');
    });
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE });
    expect(result).toMatchObject({ ok: true, path: 'paste' });
    expect(fieldText(field)).toBe(text.replace(SENTENCE, REWRITE));
  });

  test('an editor that reverts the browser’s edit a moment later: not counted, the next way is tried', async () => {
    const calls = browserEditing();
    const { el, field } = rich(HTML);
    revertsBrowserEdits(el);
    let pasted = false;
    el.addEventListener('paste', (event) => {
      pasted = true;
      event.preventDefault();
      replaceSelection((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
    });
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE }, profile(['execCommand', 'paste']));
    expect(calls).toEqual(['insertText']);
    expect(pasted).toBe(true);
    expect(result).toMatchObject({ ok: true, path: 'paste' });
    expect(fieldText(field)).toBe(text.replace(SENTENCE, REWRITE));
  });

  test('no way works: the field keeps the user’s text, and the caller learns what was tried', async () => {
    browserEditing();
    const { el, field } = rich(HTML);
    revertsBrowserEdits(el);
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE });
    expect(result).toEqual({ ok: false, reason: 'refused', tried: ['beforeinput', 'paste', 'execCommand'] });
    expect(fieldText(field)).toBe(text);
  });

  test('an editor that made something else of it is put back before the next way', async () => {
    browserEditing();
    const { el, field } = rich(HTML);
    // Takes the paste, but adds a signature of its own.
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      replaceSelection(`${(event as ClipboardEvent).clipboardData?.getData('text/plain') ?? ''} [sent from my phone]`);
    });
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE }, profile(['paste']));
    // Mending through the paste adds the signature again, so the user's text cannot be restored.
    expect(result).toEqual({ ok: false, reason: 'desync', tried: ['paste'] });
  });

  test('an editor that did something else with the browser’s edit is put back with the browser’s undo', async () => {
    const calls = browserEditing();
    const { el, field } = rich(HTML);
    el.addEventListener('input', () => {
      const p = el.querySelector('p');
      if (p) p.textContent = 'Hi Sam!';
    });
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'idiot');
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE }, profile(['execCommand']));
    expect(calls).toEqual(['insertText', 'undo']);
    expect(result).toEqual({ ok: false, reason: 'refused', tried: ['execCommand'] });
    expect(fieldText(field)).toBe(text);
  });

  test('text that changed since the card opened is left alone', async () => {
    const calls = browserEditing();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'I suck. Bye!';
    expect(
      await rewriteSpan({ field: { kind: 'plain', el }, expected: 'I suck. Bye.', start: 0, end: 7, replacement: 'I am learning.' }),
    ).toEqual({
      ok: false,
      reason: 'changed',
      tried: [],
    });
    expect(el.value).toBe('I suck. Bye!');
    expect(calls).toEqual([]);
  });

  test('the sentence across <b> is replaced, the rest of the markup kept', async () => {
    browserEditing();
    const { el, field } = rich('<div contenteditable="true"><div>Hi Sam,</div><div><b>I</b> suck at this.</div><div>Bye</div></div>');
    const before = fieldText(field);
    const start = before.indexOf('I suck at this.');
    const result = await rewriteSpan({ field, expected: before, start, end: start + 15, replacement: "I'm still getting better at this." });
    expect(result.ok).toBe(true);
    expect(fieldText(field)).toBe(before.replace('I suck at this.', "I'm still getting better at this."));
    expect(el.querySelector('b')?.textContent).toBe('I');
    expect(el.firstElementChild?.textContent).toBe('Hi Sam,');
  });
});

describe('rewriteSpan: the caret', () => {
  const TEXT = 'Hi Sam. I suck at this. Bye now.';
  const REWRITE = 'I am still learning this.';

  function textarea(): { el: HTMLTextAreaElement; field: Field } {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = TEXT;
    return { el, field: { kind: 'plain', el } };
  }

  test.each([
    ['inside the sentence: right after the rewrite', TEXT.indexOf('suck'), TEXT.indexOf('I suck') + REWRITE.length],
    ['at the end of the sentence: right after the rewrite', TEXT.indexOf(' Bye'), TEXT.indexOf('I suck') + REWRITE.length],
    ['before the sentence: where it was', 2, 2],
    ['after the sentence: where it was, moved along', TEXT.length, TEXT.length + REWRITE.length - 'I suck at this.'.length],
    ['unknown (the field had no focus): right after the rewrite', null, TEXT.indexOf('I suck') + REWRITE.length],
  ])('%s', async (_name, caret, expected) => {
    browserEditing();
    const { el, field } = textarea();
    const { start, end } = sentenceOf(TEXT, 'suck');
    const result = await rewriteSpan({ field, expected: TEXT, start, end, replacement: REWRITE, caret });
    expect(result).toMatchObject({ ok: true, caret: expected });
    expect(el.selectionStart).toBe(expected);
    expect(el.selectionEnd).toBe(expected);
  });

  test('in a rich field, at the same offset in the editor’s DOM', async () => {
    browserEditing();
    const { field } = rich(`<div contenteditable="true"><p>Hi Sam.</p><p>I suck at this. <i>Bye</i> now.</p></div>`);
    const text = fieldText(field);
    const { start, end } = sentenceOf(text, 'suck');
    const atEnd = text.indexOf('now.') + 4;
    const result = await rewriteSpan({ field, expected: text, start, end, replacement: REWRITE, caret: atEnd });
    const moved = atEnd + REWRITE.length - 'I suck at this.'.length;
    expect(result).toMatchObject({ ok: true, caret: moved });
    expect(caretOffset(field)).toBe(moved);
  });
});

describe('rewriteSpan: textareas and inputs', () => {
  test('where execCommand is refused, the value is set and the page hears beforeinput and input', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'Hi Sam. I screwed this up. I suck. Bye.';
    const seen: string[] = [];
    el.addEventListener('beforeinput', (e) => seen.push(`beforeinput:${(e as InputEvent).inputType}`));
    el.addEventListener('input', (e) => seen.push(`input:${(e as InputEvent).inputType}`));
    const start = el.value.indexOf('I suck.');
    const result = await rewriteSpan({
      field: { kind: 'plain', el },
      expected: el.value,
      start,
      end: start + 7,
      replacement: 'I am learning.',
    });
    expect(result).toMatchObject({ ok: true, path: 'direct' });
    expect(el.value).toBe('Hi Sam. I screwed this up. I am learning. Bye.');
    expect(seen).toEqual(['beforeinput:insertReplacementText', 'input:insertReplacementText']);
  });

  test('a page that handles that beforeinput itself gets to do it its way', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'I suck.';
    el.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      el.value = (e as InputEvent).data === "'m learning" ? "I'm learning." : 'wrong';
    });
    const result = await rewriteSpan({ field: { kind: 'plain', el }, expected: el.value, start: 0, end: 7, replacement: "I'm learning." });
    expect(result).toMatchObject({ ok: true, path: 'direct' });
    expect(el.value).toBe("I'm learning.");
  });
});

describe('rewriteSpan: an editor that merges quick edits into one undo step', () => {
  test('a rewrite asked for right after typing waits out the merge window first', async () => {
    const { el, field } = rich('<div contenteditable="true"><p>I suck at this.</p></div>');
    let handledAt = 0;
    el.addEventListener('beforeinput', (event) => {
      handledAt = performance.now();
      event.preventDefault();
      replaceSelection((event as InputEvent).dataTransfer?.getData('text/plain') ?? '');
    });
    const lastEditAt = performance.now();
    const text = fieldText(field);
    const result = await rewriteSpan(
      { field, expected: text, start: 0, end: 15, replacement: 'I am learning this.', lastEditAt },
      profile(['beforeinput'], 60),
    );
    expect(result.ok).toBe(true);
    expect(handledAt - lastEditAt).toBeGreaterThanOrEqual(59);
  });

  test('text typed while waiting cancels the rewrite', async () => {
    const { el, field } = rich('<div contenteditable="true"><p>I suck at this.</p></div>');
    const text = fieldText(field);
    const pending = rewriteSpan(
      { field, expected: text, start: 0, end: 15, replacement: 'I am learning this.', lastEditAt: performance.now() },
      profile(['beforeinput'], 60),
    );
    (el.querySelector('p') as HTMLElement).textContent = 'I suck at this!';
    expect(await pending).toEqual({ ok: false, reason: 'changed', tried: [] });
    expect(fieldText(field)).toBe('I suck at this!\n');
  });
});
