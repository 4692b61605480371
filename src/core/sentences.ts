import type { Span } from './types';

/**
 * Longest piece of text handed to the parser in one go. Longer runs without sentence punctuation
 * (pasted logs, minified text, a 1 MB line) are cut at spaces, so parse cost stays bounded.
 */
export const MAX_SENTENCE = 400;

/**
 * A sentence ends at . ! ? … (with any closing quotes or brackets) followed by white space,
 * or at a line break. Decimal points ("3.5") and dotted names ("e.g.x") stay inside.
 */
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

/**
 * Split text into sentence spans: trimmed of surrounding white space, never empty,
 * in order, covering every non-blank character. Linear time; no backtracking.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    pushTrimmed(text, from, end, spans);
    from = end;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  if (end - start <= MAX_SENTENCE) {
    out.push({ start, end });
    return;
  }
  // Too long for one parse: cut at the last space before the limit (or hard, inside a space-less run).
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    for (let i = cut; i > start + MAX_SENTENCE / 2; i--) {
      if (isSpace(text.charCodeAt(i))) {
        cut = i;
        break;
      }
    }
    // Never split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end });
}
