/**
 * The mechanics of each way of handing text to an editor (see Path in editors.ts). Each one selects
 * the span the way a user would, then makes one request; none of them looks at the result. Whether
 * the editor took it is judged afterwards, once the editor has reconciled (index.ts).
 */
import type { Field } from '../fields';
import { rangeFor } from '../text-map';
import type { Path } from './editors';
import { mapRich, settled } from './text';

/** What a path did: the editor was asked and something answered, or nothing could be asked at all. */
export type Attempt = 'asked' | 'unavailable';

/** Focus the field and select `start`–`end` of its text; for a rich field, returns the DOM Range. */
export function selectSpan(field: Field, start: number, end: number): Range | null {
  const doc = field.el.ownerDocument;
  field.el.focus({ preventScroll: true });
  if (field.kind === 'plain') {
    field.el.setSelectionRange(start, end);
    return null;
  }
  const range = rangeFor(mapRich(field.el), start, end, doc);
  const selection = doc.getSelection();
  if (!range || !selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

function plainText(doc: Document, text: string): DataTransfer | null {
  const Transfer = doc.defaultView?.DataTransfer ?? globalThis.DataTransfer;
  if (typeof Transfer !== 'function') return null;
  const data = new Transfer();
  data.setData('text/plain', text);
  return data;
}

function staticRange(doc: Document, range: Range): StaticRange[] {
  const Static = doc.defaultView?.StaticRange ?? globalThis.StaticRange;
  if (typeof Static !== 'function') return [];
  return [
    new Static({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    }),
  ];
}

/** The element an edit of `range` happens in, as the browser picks it for clipboard events. */
function targetOf(field: Field, range: Range | null): Element {
  const node = range?.startContainer;
  const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  return el && field.el.contains(el) ? el : field.el;
}

/**
 * Ask the editor to replace `range` by `text` with a cancelable beforeinput, as the browser's
 * spell checker does (insertReplacementText; for contenteditable the text travels in a DataTransfer).
 * A synthetic event has no default action: if nobody handles it, nothing changes.
 */
function askBeforeInput(field: Field, range: Range | null, text: string): Attempt {
  const doc = field.el.ownerDocument;
  const rich = field.kind === 'rich';
  const dataTransfer = rich ? plainText(doc, text) : null;
  if (rich && (!range || !dataTransfer)) return 'unavailable';
  const event = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    data: rich ? null : text,
    dataTransfer,
    targetRanges: range ? staticRange(doc, range) : [],
  });
  field.el.dispatchEvent(event);
  return 'asked';
}

/** Offer `text` as a paste over the selection. Editors without a paste handler ignore it. */
function askPaste(field: Field, range: Range | null, text: string): Attempt {
  const doc = field.el.ownerDocument;
  const clipboardData = plainText(doc, text);
  const Clipboard = doc.defaultView?.ClipboardEvent ?? globalThis.ClipboardEvent;
  if (!clipboardData || typeof Clipboard !== 'function') return 'unavailable';
  const event = new Clipboard('paste', { bubbles: true, cancelable: true, composed: true, clipboardData });
  // Some engines ignore clipboardData in the constructor: then there is nothing to paste.
  if (event.clipboardData?.getData('text/plain') !== text) return 'unavailable';
  targetOf(field, range).dispatchEvent(event);
  return 'asked';
}

function askExecCommand(field: Field, text: string): Attempt {
  const doc = field.el.ownerDocument;
  try {
    return (text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text)) ? 'asked' : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * For a textarea or input whose page refuses execCommand: a beforeinput the page may handle, else
 * set the value and fire `input` so frameworks hear of it. No undo step; the last resort.
 */
function setDirectly(field: Field, start: number, end: number, text: string): Attempt {
  if (field.kind !== 'plain') return 'unavailable';
  const el = field.el;
  const before = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: 'insertReplacementText',
    data: text,
  });
  if (!el.dispatchEvent(before)) return 'asked';
  el.setRangeText(text, start, end, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: text }));
  return 'asked';
}

/**
 * Select `start`–`end` and hand `text` to the field by `path`. Before an event the editor handles
 * itself, the editor is given time to take in the new selection, as it would between a user's
 * selecting and typing: a paste goes where the editor's own selection is, and an editor that
 * groups typing into one undo step (CKEditor 5) closes that step when the selection moves.
 */
export async function attempt(field: Field, path: Path, start: number, end: number, text: string): Promise<Attempt> {
  let range = selectSpan(field, start, end);
  if (path === 'paste' || path === 'beforeinput') {
    await settled(field.el.ownerDocument);
    range = selectSpan(field, start, end);
  }
  if (field.kind === 'rich' && !range) return 'unavailable';
  switch (path) {
    case 'beforeinput':
      return askBeforeInput(field, range, text);
    case 'paste':
      return askPaste(field, range, text);
    case 'execCommand':
      return askExecCommand(field, text);
    case 'direct':
      return setDirectly(field, start, end, text);
  }
}
