// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { editingHost, eventTarget, fieldFor } from '../../src/content/fields';

afterEach(() => {
  document.body.innerHTML = '';
});

function el(html: string): Element {
  document.body.innerHTML = html;
  const found = document.body.querySelector('#t');
  if (!found) throw new Error('fixture needs an element with id="t"');
  return found;
}

/** A value getter that fails the test if anything reads it. */
function guardValue(input: HTMLInputElement | HTMLTextAreaElement): void {
  Object.defineProperty(input, 'value', {
    get() {
      throw new Error('the value of a skipped field was read');
    },
  });
}

describe('fieldFor: fields Mastery watches', () => {
  test.each([
    ['a textarea', '<textarea id="t"></textarea>', 'plain'],
    ['an input with no type', '<input id="t">', 'plain'],
    ['an input of type text', '<input id="t" type="text">', 'plain'],
    ['an input of type TEXT', '<input id="t" type="TEXT">', 'plain'],
    ['contenteditable', '<div id="t" contenteditable></div>', 'rich'],
    ['contenteditable=true', '<div id="t" contenteditable="true"></div>', 'rich'],
    ['contenteditable=plaintext-only', '<div id="t" contenteditable="plaintext-only"></div>', 'rich'],
    ['a textbox that is editable (Gmail body)', '<div id="t" role="textbox" aria-multiline="true" contenteditable="true"></div>', 'rich'],
    ['a ProseMirror editor', '<div class="ProseMirror" id="t" contenteditable="true" translate="no"><p>x</p></div>', 'rich'],
    ['a Lexical editor', '<div id="t" contenteditable="true" role="textbox" data-lexical-editor="true"></div>', 'rich'],
    ['a Quill editor', '<div class="ql-editor" id="t" contenteditable="true"></div>', 'rich'],
    ['a CKEditor 5 editor', '<div class="ck ck-content ck-editor__editable" id="t" role="textbox" contenteditable="true"></div>', 'rich'],
  ])('%s', (_name, html, kind) => {
    const target = el(html);
    const field = fieldFor(target);
    expect(field?.kind).toBe(kind);
    expect(field?.el).toBe(target);
  });

  test('a focus inside nested formatting resolves to the editing host', () => {
    el('<div id="t" contenteditable="true"><div><b id="inner">I</b> suck</div></div>');
    const inner = document.getElementById('inner') as Element;
    expect(fieldFor(inner)?.el).toBe(document.getElementById('t'));
  });

  test('an island of contenteditable=false inside an editor is not a field of its own', () => {
    el('<div id="t" contenteditable="true"><span contenteditable="false"><i id="chip">Sam</i></span></div>');
    expect(fieldFor(document.getElementById('chip'))).toBeNull();
  });

  test('a document in design mode is one field: its body', () => {
    el('<p id="t">Hello</p>');
    document.designMode = 'on';
    try {
      expect(editingHost(document.getElementById('t') as Element)).toBe(document.body);
    } finally {
      document.designMode = 'off';
    }
  });

  test('a field inside an open shadow root is found through the composed path', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    const textarea = shadow.querySelector('textarea') as HTMLTextAreaElement;
    let seen: Element | null = null;
    document.addEventListener('focusin', (e) => (seen = eventTarget(e)), { once: true, capture: true });
    textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(seen).toBe(textarea);
    expect(fieldFor(seen)?.el).toBe(textarea);
  });
});

describe('fieldFor: fields Mastery skips, without reading them', () => {
  test.each([
    ['password', '<input id="t" type="password">'],
    ['email', '<input id="t" type="email">'],
    ['number', '<input id="t" type="number">'],
    ['hidden', '<input id="t" type="hidden">'],
    ['search', '<input id="t" type="search">'],
    ['an input with a datalist', '<input id="t" list="l"><datalist id="l"></datalist>'],
    ['readonly', '<textarea id="t" readonly></textarea>'],
    ['disabled', '<textarea id="t" disabled></textarea>'],
    ['inside a disabled fieldset', '<fieldset disabled><input id="t"></fieldset>'],
    ['a card number', '<input id="t" autocomplete="cc-number">'],
    ['a card name with a section', '<input id="t" autocomplete="section-pay billing cc-name">'],
    ['a current password typed as text', '<input id="t" type="text" autocomplete="current-password">'],
    ['a new password', '<input id="t" autocomplete="new-password">'],
    ['a one-time code', '<input id="t" autocomplete="one-time-code">'],
    ['a combobox input', '<input id="t" role="combobox">'],
    ['an editable combobox (address picker)', '<div role="combobox"><div id="t" contenteditable="true"></div></div>'],
    ['data-gramm=false', '<textarea id="t" data-gramm="false"></textarea>'],
    ['data-enable-grammarly=false', '<textarea id="t" data-enable-grammarly="false"></textarea>'],
    ['data-mastery=off', '<textarea id="t" data-mastery="off"></textarea>'],
    ['data-mastery=off on an ancestor', '<section data-mastery="off"><div><div id="t" contenteditable></div></div></section>'],
    ['data-gramm=false on an ancestor', '<form data-gramm="false"><input id="t"></form>'],
    ['spellcheck=false on a textarea', '<textarea id="t" spellcheck="false"></textarea>'],
    ['spellcheck=false on an input', '<input id="t" spellcheck="false">'],
    ['a hidden editor', '<div id="t" contenteditable hidden></div>'],
    ['aria-readonly', '<div id="t" contenteditable aria-readonly="true"></div>'],
    ['contenteditable=false', '<div id="t" contenteditable="false"></div>'],
    ['a plain div', '<div id="t"></div>'],
    ['a textbox role without editing', '<div id="t" role="textbox"></div>'],
  ])('%s', (_name, html) => {
    const target = el(html);
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) guardValue(target);
    expect(fieldFor(target)).toBeNull();
  });

  test('an opt-out on a host crosses the shadow boundary', () => {
    document.body.innerHTML = '<div id="host" data-mastery="off"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    expect(fieldFor(shadow.querySelector('textarea'))).toBeNull();
  });

  test('null and non-elements are not fields', () => {
    expect(fieldFor(null)).toBeNull();
  });
});
