/**
 * Putting a rewrite into the field the way typing would: select the exact span, then
 * `execCommand('insertText')`. It keeps the browser's own undo stack (Ctrl+Z restores the original)
 * and fires `input`, so frameworks such as React see the change. Only where the browser refuses
 * does a fallback run: a `beforeinput` the editor may handle, then a direct edit plus `input`.
 * Afterwards the field must hold the old text with exactly that span replaced, or the change is undone.
 */
import type { Field } from './fields';
import { mapElement, rangeFor, type TextMap } from './text-map';

export type RewriteResult = { ok: true; caret: number } | { ok: false; reason: 'changed' | 'refused' | 'mismatch' };

/** Current text of a field, as Mastery maps it. */
export function fieldText(field: Field): string {
  return field.kind === 'plain' ? field.el.value : mapRich(field.el).text;
}

export function mapRich(el: HTMLElement): TextMap {
  const ws = getComputedStyle(el).whiteSpace;
  return mapElement(el, { preserveLines: ws.startsWith('pre') || ws === 'break-spaces' });
}

/** Shrink a replacement to the characters that actually differ, so formatting around them survives. */
export function narrow(old: string, replacement: string): { from: number; to: number; text: string } {
  let a = 0;
  const max = Math.min(old.length, replacement.length);
  while (a < max && old.charCodeAt(a) === replacement.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && old.charCodeAt(old.length - 1 - b) === replacement.charCodeAt(replacement.length - 1 - b)) b++;
  // Never cut a surrogate pair in two.
  if (a > 0 && isHighSurrogate(old.charCodeAt(a - 1))) a--;
  if (b > 0 && isLowSurrogate(old.charCodeAt(old.length - b))) b--;
  return { from: a, to: old.length - b, text: replacement.slice(a, replacement.length - b) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Spaces as the browser may store them in editable content (nbsp at line ends, double spaces). */
function comparable(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

function selectSpan(field: Field, start: number, end: number): Range | null {
  const doc = field.el.ownerDocument;
  field.el.focus({ preventScroll: true });
  if (field.kind === 'plain') {
    field.el.setSelectionRange(start, end);
    return null;
  }
  const range = rangeFor(mapRich(field.el), start, end, doc);
  if (!range) return null;
  const selection = doc.getSelection();
  if (!selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

function fireInput(target: Element, data: string): void {
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data }));
}

/** The fallback, used only when execCommand returned false. */
function fallbackInsert(field: Field, start: number, end: number, text: string, range: Range | null): boolean {
  const doc = field.el.ownerDocument;
  const win = doc.defaultView ?? window;
  const targetRanges: StaticRange[] = [];
  if (range && typeof win.StaticRange === 'function') {
    targetRanges.push(
      new win.StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      }),
    );
  }
  const before = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    data: text,
    targetRanges,
  });
  const proceed = field.el.dispatchEvent(before);
  if (!proceed) return true; // The editor handled it (its own model, its own DOM update).
  if (field.kind === 'plain') {
    field.el.setRangeText(text, start, end, 'end');
    fireInput(field.el, text);
    return true;
  }
  if (!range) return false;
  range.deleteContents();
  const node = doc.createTextNode(text);
  range.insertNode(node);
  const selection = doc.getSelection();
  if (selection) {
    const caret = doc.createRange();
    caret.setStartAfter(node);
    selection.removeAllRanges();
    selection.addRange(caret);
  }
  fireInput(field.el, text);
  return true;
}

/**
 * Replace `text.slice(start, end)` of the field by `replacement`, where `expected` is what the
 * field's text must be right now (from the scan the card was built on).
 */
export function rewriteSpan(field: Field, expected: string, start: number, end: number, replacement: string): RewriteResult {
  const doc = field.el.ownerDocument;
  const current = fieldText(field);
  if (current !== expected) return { ok: false, reason: 'changed' };
  const n = narrow(current.slice(start, end), replacement);
  const from = start + n.from;
  const to = start + n.to;
  const want = current.slice(0, from) + n.text + current.slice(to);
  if (want === current) return { ok: true, caret: to };

  const range = selectSpan(field, from, to);
  if (field.kind === 'rich' && !range) return { ok: false, reason: 'refused' };
  let done = false;
  try {
    done = n.text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, n.text);
  } catch {
    done = false;
  }
  if (!done && !fallbackInsert(field, from, to, n.text, range)) return { ok: false, reason: 'refused' };

  const after = fieldText(field);
  if (comparable(after) !== comparable(want)) {
    if (done) {
      try {
        doc.execCommand('undo', false);
      } catch {
        // Nothing more we can do; the next scan sees whatever is there.
      }
    }
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true, caret: from + n.text.length };
}
