/**
 * Keeping underlines in place between scans. An edit is one replaced stretch of text; spans after it
 * shift by the change in length, spans before it stay, and spans it touched are dropped (the next
 * scan decides about them), so nothing flickers while the writer types.
 */
import type { Finding, Span } from '../core/types';

/** In the old text, `removed` characters at `start` were replaced by `inserted` new ones. */
export interface Edit {
  start: number;
  removed: number;
  inserted: number;
}

/**
 * The single edit that turns `before` into `after`, or null when they are equal.
 * `caret` (the caret in `after`, just past typed text) makes the common case cheap on long texts.
 */
export function diffEdit(before: string, after: string, caret?: number): Edit | null {
  if (before === after) return null;
  const delta = after.length - before.length;
  if (caret !== undefined && caret >= 0 && caret <= after.length) {
    // Typing inserts just before the caret; deleting removes just after it (Delete) or before (Backspace, caret moved).
    const start = delta >= 0 ? caret - delta : caret;
    const removed = delta >= 0 ? 0 : -delta;
    if (
      start >= 0 &&
      start + removed <= before.length &&
      before.slice(0, start) === after.slice(0, start) &&
      before.slice(start + removed) === after.slice(start + Math.max(delta, 0))
    ) {
      return { start, removed, inserted: Math.max(delta, 0) };
    }
  }
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return { start: prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

/**
 * `finding` moved across `edit`, or null when the edit touched its phrase (including typing right
 * against it, which changes the word). An edit inside the sentence only stretches the sentence.
 */
export function shiftFinding(finding: Finding, edit: Edit): Finding | null {
  const editEnd = edit.start + edit.removed;
  const delta = edit.inserted - edit.removed;
  if (edit.start <= finding.end && editEnd >= finding.start) return null;
  const move = (n: number) => (n >= editEnd ? n + delta : n);
  if (finding.start >= editEnd) {
    return {
      ...finding,
      start: finding.start + delta,
      end: finding.end + delta,
      sentence: { start: move(finding.sentence.start), end: move(finding.sentence.end) },
    };
  }
  // The edit is after the phrase: only the sentence's end can move.
  return { ...finding, sentence: { start: finding.sentence.start, end: move(finding.sentence.end) } };
}

/** Every finding moved across `edit`, touched ones dropped. */
export function shiftFindings(findings: readonly Finding[], edit: Edit): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const moved = shiftFinding(f, edit);
    if (moved) out.push(moved);
  }
  return out;
}

/** Where position `n` of the old text is after `edit`; a position inside the removed stretch goes to the end of the insertion. */
function moveThrough(n: number, edit: Edit, insideTo: number): number {
  const end = edit.start + edit.removed;
  if (n <= edit.start) return n;
  if (n >= end) return n + edit.inserted - edit.removed;
  return insideTo;
}

/** `span` of the old text, moved across `edit` (shrunk where the edit removed part of it). */
export function shiftSpan(span: Span, edit: Edit): Span {
  const start = moveThrough(span.start, edit, edit.start);
  const end = moveThrough(span.end, edit, edit.start + edit.inserted);
  return { start, end: Math.max(start, end) };
}

/** The smallest span covering both. */
export function unionSpan(a: Span | null, b: Span | null): Span | null {
  if (!a) return b;
  if (!b) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** What is left to scan after `edit`: the old stretch moved along, plus what the edit wrote. */
export function extendDirty(dirty: Span | null, edit: Edit): Span {
  const written = { start: edit.start, end: edit.start + edit.inserted };
  return unionSpan(dirty && shiftSpan(dirty, edit), written) ?? written;
}
