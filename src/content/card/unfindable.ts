/**
 * The card's words, out of the page's reach. A closed shadow root hides its nodes from the page's
 * scripts, but not its text: window.find() searches it, and a selection the page makes around what
 * it found reads on from there (Selection.modify, then toString). A page could read the story the
 * card tells about its user's sentence, word for word.
 *
 * CSS generated content is neither searched nor selected. So the card holds no text node: each
 * piece of text is an empty <span> whose `::before` shows it, from a style sheet inside the shadow
 * root. Browsers give generated content to assistive technology like any other text. The cost: the
 * card's text cannot be selected or copied ("Use this" puts the rewrite in the field).
 */

/** A CSS string literal: every character that could end or escape it written as a hex escape. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += ch === '"' || ch === '\\' || code < 0x20 || code === 0x7f ? `\\${code.toString(16)} ` : ch;
  }
  return `${out}"`;
}

/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Letters of the left-to-right scripts, roughly: Latin, Greek, Cyrillic, and most others. */
const LTR = /[A-Za-z\u00c0-\u02af\u0370-\u058f\u0900-\u1fff\u3040-\uffff]/;

/**
 * The direction of a piece of text, from its first strong letter: what `dir="auto"` would find in a
 * text node, which generated content does not give it.
 */
export function directionOf(text: string): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (RTL.test(ch)) return 'rtl';
    if (LTR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** What each text span shows, for the card's own tests (the page has no way to this module). */
const shown = new WeakMap<Element, string>();

/** The text an element shows through its text spans, in order; '' for one that shows none. */
export function shownText(el: Element): string {
  const own = shown.get(el);
  if (own !== undefined) return own;
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1) out += shownText(child as Element);
    else if (child.nodeType === 3) out += child.textContent ?? '';
  }
  return out;
}

/** The text of one card, as spans and the rules that draw them. */
export class UnfindableText {
  private readonly rules: string[] = [];

  constructor(private readonly doc: Document) {}

  /** An element showing `text`, with none of it in the DOM. */
  span(text: string): HTMLSpanElement {
    const span = this.doc.createElement('span');
    const name = `tx${this.rules.length}`;
    span.className = name;
    this.rules.push(`.${name}::before{content:${cssString(text)}}`);
    shown.set(span, text);
    return span;
  }

  /** The style sheet that draws every span made so far. */
  css(): string {
    return this.rules.join('\n');
  }
}
