/** A field's text as Mastery maps it, and waiting for an editor to be done with it. */
import type { Field } from '../fields';
import { mapElement, type TextMap } from '../text-map';

export function mapRich(el: HTMLElement): TextMap {
  const ws = getComputedStyle(el).whiteSpace;
  return mapElement(el, { preserveLines: ws.startsWith('pre') || ws === 'break-spaces' });
}

/** Current text of a field, as Mastery maps it. */
export function fieldText(field: Field): string {
  return field.kind === 'plain' ? field.el.value : mapRich(field.el).text;
}

/** Spaces as editors may store them in editable content (no-break spaces at line ends, double spaces). */
export function comparable(s: string): string {
  return s.replace(/\u00a0/g, ' ');
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

/** A frame never comes in a hidden tab: wait this long for one at most. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the editor has reconciled whatever just happened: after the next frame (editors
 * render from their model there, or in a microtask before it) and two more tasks (for editors that
 * apply or revert a change from a timer or a MutationObserver callback).
 */
export function settled(doc: Document): Promise<void> {
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => {
    let done = false;
    const next = () => {
      if (done) return;
      done = true;
      win.setTimeout(() => win.setTimeout(resolve, 0), 0);
    };
    win.requestAnimationFrame(next);
    win.setTimeout(next, FRAME_WAIT_MS);
  });
}
