/**
 * Putting an accepted rewrite into the field so that the editor's own model changes, one undo takes
 * it back, and the caret ends up where the user expects it.
 *
 * Editors take text in different ways (editors.ts): a model-driven editor wants a beforeinput it can
 * apply itself, an editor with its own undo history wants a paste, and an editor that reads the DOM
 * back is happy with the browser's own `execCommand('insertText')`. The field's root says which to
 * try first. Whatever was tried, the result is judged by what the editor does: once it has reconciled
 * (an editor may revert a change it did not make a frame later), the field must hold exactly the old
 * text with the span replaced. Anything else is undone before the next way is tried; if none works,
 * the field is left as the user wrote it and the caller says so.
 */
import type { Field } from '../fields';
import { caretPoint } from '../text-map';
import { type EditorProfile, type Path, recogniseEditor } from './editors';
import { attempt } from './paths';
import { comparable, fieldText, mapRich, narrow, settled } from './text';

export type { EditorName, EditorProfile, Path } from './editors';
export { recogniseEditor } from './editors';
export { comparable, fieldText, mapRich, narrow, settled } from './text';

export interface RewriteRequest {
  field: Field;
  /** The field's text the rewrite was offered for. If the field no longer holds it, nothing is done. */
  expected: string;
  /** The span of `expected` to replace (the flagged sentence). */
  start: number;
  end: number;
  replacement: string;
  /**
   * Where the user's caret was, as an offset in `expected`, or null if the field did not have focus.
   * A caret outside the span goes back there (moved along by the rewrite); otherwise the caret lands
   * right after the rewrite.
   */
  caret?: number | null;
  /** When the field was last edited (a performance.now() time), to keep the rewrite out of that edit's undo step. */
  lastEditAt?: number;
}

export type RewriteResult =
  | {
      ok: true;
      /** The way the editor took it. */
      path: Path;
      /** Where the caret is now, as an offset in the new text. */
      caret: number;
    }
  | {
      ok: false;
      /**
       * - changed: the field no longer holds the text the rewrite was made for; nothing was tried.
       * - refused: no way worked; the field holds the user's text, as before.
       * - desync: a way left the field with other text and it could not be put back.
       */
      reason: 'changed' | 'refused' | 'desync';
      tried: Path[];
    };

function holds(field: Field, text: string): boolean {
  return comparable(fieldText(field)) === comparable(text);
}

function wait(doc: Document, ms: number): Promise<void> {
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

/** Put the caret at `offset` of the field's current text. */
function placeCaret(field: Field, offset: number): void {
  if (field.kind === 'plain') {
    field.el.setSelectionRange(offset, offset);
    return;
  }
  const point = caretPoint(mapRich(field.el), offset);
  const selection = field.el.ownerDocument.getSelection();
  if (point && selection) selection.collapse(point.node, point.offset);
}

/**
 * Replace what differs between the field's text and `target` through `path`, once. Used to put the
 * user's text back after a way went wrong: the undo stack the editor reads is the one `path` reaches.
 */
async function mend(field: Field, path: Path, target: string): Promise<void> {
  const doc = field.el.ownerDocument;
  const now = fieldText(field);
  if (comparable(now) === comparable(target)) return;
  if (path === 'execCommand') {
    // The browser's own undo takes back exactly what execCommand did.
    try {
      doc.execCommand('undo', false);
    } catch {
      // Then the explicit repair below.
    }
    await settled(doc);
    if (holds(field, target)) return;
  }
  const d = narrow(fieldText(field), target);
  await attempt(field, path, d.from, d.to, d.text);
  await settled(doc);
}

/** Where the caret belongs after replacing `start`–`end` by `length` characters. */
function caretAfter(request: RewriteRequest, length: number): number {
  const { start, end, caret } = request;
  const after = start + length;
  if (caret === null || caret === undefined || (caret >= start && caret <= end)) return after;
  return caret < start ? caret : caret + after - end;
}

/**
 * Replace `expected.slice(start, end)` in the field by `replacement`, the way the field's editor
 * takes it, and verify the editor kept it. Resolves once the editor has reconciled.
 */
export async function rewriteSpan(
  request: RewriteRequest,
  profile: EditorProfile = recogniseEditor(request.field),
): Promise<RewriteResult> {
  const { field, expected, start, end, replacement } = request;
  const doc = field.el.ownerDocument;
  const tried: Path[] = [];
  if (!holds(field, expected)) return { ok: false, reason: 'changed', tried };

  const want = expected.slice(0, start) + replacement + expected.slice(end);
  const caret = caretAfter(request, replacement.length);
  if (want === expected) {
    placeCaret(field, caret);
    return { ok: true, path: profile.paths[0] ?? 'execCommand', caret };
  }

  if (request.lastEditAt !== undefined && profile.undoMergeMs > 0) {
    const left = request.lastEditAt + profile.undoMergeMs - performance.now();
    if (left > 0) {
      await wait(doc, left);
      if (!holds(field, expected)) return { ok: false, reason: 'changed', tried };
    }
  }

  // Only the characters that differ are replaced, so formatting on the rest of the sentence survives.
  const n = narrow(expected.slice(start, end), replacement);
  for (const path of profile.paths) {
    tried.push(path);
    const asked = await attempt(field, path, start + n.from, start + n.to, n.text);
    if (asked === 'unavailable' && holds(field, expected)) continue;
    await settled(doc);
    if (holds(field, want)) {
      placeCaret(field, caret);
      // Let the editor take the new caret into its own selection, and give it a last chance to
      // disagree with the text before the rewrite counts.
      await settled(doc);
      if (holds(field, want)) return { ok: true, path, caret };
    }
    if (!holds(field, expected)) await mend(field, path, expected);
    if (!holds(field, expected)) return { ok: false, reason: 'desync', tried };
  }
  // Leave the selection as a collapsed caret where the user had it, not over the sentence.
  placeCaret(field, request.caret ?? end);
  return { ok: false, reason: 'refused', tried };
}
