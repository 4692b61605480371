// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fieldText, narrow, rewriteSpan } from '../../src/content/rewrite';
import { sentenceAround } from '../../src/content/scan';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
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

describe('sentenceAround', () => {
  const text = 'Hi Sam.\nSorry for the delay. I screwed this up. I suck.\nBye.';
  test('finds the sentence holding a span, as the detector splits them', () => {
    const at = text.indexOf('I suck');
    expect(text.slice(sentenceAround(text, at, at + 6).start, sentenceAround(text, at, at + 6).end)).toBe('I suck.');
    const s = text.indexOf('screwed');
    const span = sentenceAround(text, s, s + 7);
    expect(text.slice(span.start, span.end)).toBe('I screwed this up.');
  });
});

/** happy-dom has no editing commands: execCommand returns false, so the fallback path runs. */
function noExecCommand(): void {
  Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
}

describe('rewriteSpan (fallback path, where execCommand is refused)', () => {
  test('a textarea: replaces exactly the span, fires beforeinput and input, keeps the rest', () => {
    noExecCommand();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'Hi Sam. I screwed this up. I suck. Bye.';
    const seen: string[] = [];
    el.addEventListener('beforeinput', (e) => seen.push(`beforeinput:${(e as InputEvent).inputType}`));
    el.addEventListener('input', (e) => seen.push(`input:${(e as InputEvent).inputType}`));
    const start = el.value.indexOf('I suck.');
    const result = rewriteSpan({ kind: 'plain', el }, el.value, start, start + 'I suck.'.length, 'I am learning.');
    expect(result.ok).toBe(true);
    expect(el.value).toBe('Hi Sam. I screwed this up. I am learning. Bye.');
    expect(seen).toEqual(['beforeinput:insertReplacementText', 'input:insertReplacementText']);
  });

  test('an editor that handles beforeinput itself gets to do it its way', () => {
    noExecCommand();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'I suck.';
    el.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      el.value = (e as InputEvent).data === "'m learning" ? "I'm learning." : 'wrong';
    });
    const result = rewriteSpan({ kind: 'plain', el }, el.value, 0, 7, "I'm learning.");
    expect(result.ok).toBe(true);
    expect(el.value).toBe("I'm learning.");
  });

  test('an editor that changes more than the span is reported, not trusted', () => {
    noExecCommand();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'I suck. Bye.';
    el.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      el.value = 'something else entirely';
    });
    expect(rewriteSpan({ kind: 'plain', el }, 'I suck. Bye.', 0, 7, 'I am learning.')).toEqual({ ok: false, reason: 'mismatch' });
  });

  test('text that changed since the card opened is left alone', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    el.value = 'I suck. Bye!';
    expect(rewriteSpan({ kind: 'plain', el }, 'I suck. Bye.', 0, 7, 'I am learning.')).toEqual({ ok: false, reason: 'changed' });
    expect(el.value).toBe('I suck. Bye!');
  });

  test('a contenteditable: the span across <b> is replaced, the rest of the markup kept', () => {
    noExecCommand();
    document.body.innerHTML = '<div id="e" contenteditable="true"><div>Hi Sam,</div><div><b>I</b> suck at this.</div><div>Bye</div></div>';
    const el = document.getElementById('e') as HTMLElement;
    const field = { kind: 'rich' as const, el };
    const before = fieldText(field);
    const start = before.indexOf('I suck at this.');
    const result = rewriteSpan(field, before, start, start + 'I suck at this.'.length, "I'm still getting better at this.");
    expect(result.ok).toBe(true);
    expect(fieldText(field)).toBe(before.replace('I suck at this.', "I'm still getting better at this."));
    expect(el.querySelector('b')?.textContent).toBe('I');
    expect(el.firstElementChild?.textContent).toBe('Hi Sam,');
  });
});
