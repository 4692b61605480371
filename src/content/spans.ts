/**
 * Keeping underlines in place between scans. An edit is one replaced stretch of text; spans after it
 * shift by the change in length, spans before it stay, and spans it touched are dropped (the next
 * scan decides about them), so nothing flickers while the writer types.
 */
import type { Finding } from '../core/types';

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
