/**
 * One string for a field's text, with a way back to the DOM.
 *
 * A contenteditable region is many text nodes split by formatting (`<b>I</b> suck`), line breaks and
 * blocks. We walk its text nodes once, concatenate them (a `<br>` or a block boundary becomes "\n"),
 * and keep each node's start offset, so the detector sees prose and its spans map back to Ranges.
 *
 * Text the writer did not write now (quoted history, signatures) is replaced by blanks of the same
 * length: offsets stay valid and the detector simply finds nothing there.
 */

export interface TextMap {
  /** The field's text, skipped parts blanked. */
  text: string;
  /** The text nodes in document order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
  /** Each node's index in `nodes`, when the map keeps one (long fields): offsetOf looks nodes up here. */
  index?: Map<Text, number>;
}

/** Elements whose start and end are line boundaries. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Never text a reader sees. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'OBJECT', 'svg']);

/** Quoted history and signatures in webmail bodies: kept in place, blanked. */
const QUOTED =
  '.gmail_quote,.gmail_signature,.gmail_extra,blockquote,[type="cite"],.moz-signature,#Signature,.elementToProof[id^="Signature"]';

/** Outlook on the web: everything from this marker on is the message being replied to. */
const HISTORY_STARTS = '#appendonsend,#divRplyFwdMsg';

/** Replace every character except line breaks by a space. */
export function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

const SIGNATURE = /^--[ \u00a0]?$/m;
const QUOTED_LINE = /^[ \t\u00a0]*>.*$/gm;

/**
 * Blank lines quoted with ">" and everything after a signature delimiter ("-- " on its own line).
 * Same length as `text`.
 */
export function blankEmailText(text: string): string {
  if (!text.includes('>') && !text.includes('--')) return text;
  let out = text.replace(QUOTED_LINE, blank);
  const sig = SIGNATURE.exec(out);
  if (sig) out = out.slice(0, sig.index) + blank(out.slice(sig.index));
  return out;
}

/** Does the element keep "\n" in its text nodes as line breaks (white-space: pre, pre-wrap, pre-line, break-spaces)? */
export function preservesLines(el: Element): boolean {
  const ws = getComputedStyle(el).whiteSpace;
  return ws.startsWith('pre') || ws === 'break-spaces';
}

/**
 * What mapping a subtree yields before the pieces are joined: its text nodes (with their text as
 * shown, and whether a quote or signature container blanks it), line breaks, block boundaries, and
 * the start of an Outlook reply history. Joining is cheap and needs no DOM, so a field can keep
 * the tokens of each top-level block and re-read only the blocks an edit touched.
 */
export type Token = { node: Text; data: string; blanked: boolean } | typeof BR | typeof BLOCK | typeof HISTORY;
const BR = 0;
const BLOCK = 1;
const HISTORY = 2;

/** Append the tokens of `node` and its subtree to `out`. `blanked`: inside a quote or signature. */
export function tokenize(node: Node, preserveLines: boolean, out: Token[], blanked = false): void {
  if (node.nodeType === 3) {
    const t = node as Text;
    out.push({ node: t, data: preserveLines ? t.data : t.data.replace(/[\n\r\t\f]/g, ' '), blanked });
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (INVISIBLE.has(el.tagName) || INVISIBLE.has(tag)) return;
  if (tag === 'BR') {
    out.push(BR);
    return;
  }
  if (el.matches(HISTORY_STARTS)) out.push(HISTORY);
  const block = BLOCKS.has(tag);
  if (block) out.push(BLOCK);
  const inner = blanked || el.matches(QUOTED);
  for (let child = el.firstChild; child; child = child.nextSibling) tokenize(child, preserveLines, out, inner);
  if (block) out.push(BLOCK);
}

/** Where each of a list of token runs starts and ends in the joined text. */
export interface Joined extends TextMap {
  runs: Array<{ start: number; end: number }>;
}

/** Join token runs (one per top-level child of a field, in order) into the field's text and map. */
export function join(runs: readonly (readonly Token[])[]): Joined {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  let length = 0;
  let lastChar = '';
  let blankRest = false;
  const push = (s: string) => {
    if (s.length === 0) return;
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  for (const run of runs) {
    const from = length;
    for (const token of run) {
      if (token === BR) push('\n');
      else if (token === BLOCK) {
        if (length > 0 && lastChar !== '\n') push('\n');
      } else if (token === HISTORY) blankRest = true;
      else {
        nodes.push(token.node);
        starts.push(length);
        push(token.blanked || blankRest ? blank(token.data) : token.data);
      }
    }
    spans.push({ start: from, end: length });
  }
  return { text: blankEmailText(parts.join('')), nodes, starts, runs: spans };
}

/**
 * Map a contenteditable region. `preserveLines` says whether "\n" inside text nodes is a line break
 * (white-space: pre, pre-wrap, pre-line, break-spaces); otherwise it is a space, as the browser shows it.
 */
export function mapElement(root: Element, options: { preserveLines?: boolean } = {}): TextMap {
  const tokens: Token[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) tokenize(child, options.preserveLines === true, tokens);
  const { text, nodes, starts } = join([tokens]);
  return { text, nodes, starts };
}

/** Index of the last node that starts at or before `pos` (or -1). */
function nodeAt(map: TextMap, pos: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((map.starts[mid] as number) <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

interface Point {
  node: Text;
  offset: number;
}

/** Where a span starting at `pos` begins in the DOM: inside a text node, never at the end of one. */
function startPoint(map: TextMap, pos: number): Point | null {
  // Prefer the node that starts exactly at pos, or the one covering it.
  let i = nodeAt(map, pos);
  // Several empty nodes may start at pos: the last one found is fine, but skip past empty ones.
  while (i >= 0) {
    const node = map.nodes[i] as Text;
    const start = map.starts[i] as number;
    if (pos < start + node.length) return { node, offset: pos - start };
    // pos is at or after this node's end: the next node holding text.
    i++;
    if (i >= map.nodes.length) return null;
    const next = map.nodes[i] as Text;
    if (next.length > 0) return { node: next, offset: 0 };
  }
  // Before the first node (leading synthetic text): the first node with text.
  const first = map.nodes.findIndex((n) => n.length > 0);
  return first >= 0 ? { node: map.nodes[first] as Text, offset: 0 } : null;
}

/** Where a span ending at `pos` ends in the DOM: inside a text node, never at the start of one. */
function endPoint(map: TextMap, pos: number): Point | null {
  let i = nodeAt(map, pos - 1);
  while (i >= 0) {
    const node = map.nodes[i] as Text;
    const start = map.starts[i] as number;
    if (node.length > 0) return { node, offset: Math.min(pos - start, node.length) };
    i--;
  }
  return null;
}

/** A DOM Range for `text.slice(start, end)`, or null when the map has no text there. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document = document): Range | null {
  const a = startPoint(map, start);
  const b = endPoint(map, end);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  if (range.collapsed && end > start) return null;
  return range;
}

/**
 * Where a caret at `pos` goes in the DOM: at the end of the text before it (so typing continues that
 * text and its formatting), or at the start of a line when `pos` begins one.
 */
export function caretPoint(map: TextMap, pos: number): { node: Text; offset: number } | null {
  if (pos <= 0 || map.text[pos - 1] === '\n') return startPoint(map, pos) ?? endPoint(map, pos);
  return endPoint(map, pos) ?? startPoint(map, pos);
}

/** The text offset of a DOM position inside the mapped region (a caret, a selection end). */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  const indexOf = (t: Text) => (map.index ? (map.index.get(t) ?? -1) : map.nodes.indexOf(t));
  if (node.nodeType === 3) {
    const i = indexOf(node as Text);
    return i >= 0 ? (map.starts[i] as number) + Math.min(offset, (node as Text).length) : null;
  }
  // An element position: the first mapped text node at or after the child at `offset`.
  let cur: Node | null = node.childNodes[offset] ?? null;
  if (!cur) {
    // After the last child: the end of the last text node inside `node`, or what follows it.
    let last: Node | null = node;
    while (last?.lastChild) last = last.lastChild;
    if (last && last.nodeType === 3) {
      const i = indexOf(last as Text);
      if (i >= 0) return (map.starts[i] as number) + (last as Text).length;
    }
    cur = nextInOrder(node, true);
  }
  for (; cur; cur = nextInOrder(cur, false)) {
    if (cur.nodeType === 3) {
      const i = indexOf(cur as Text);
      if (i >= 0) return map.starts[i] as number;
    }
  }
  return map.text.length;
}

/** The next node in document order; with `skipChildren`, after `node`'s subtree. */
function nextInOrder(node: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let cur: Node | null = node; cur; cur = cur.parentNode) {
    if (cur.nextSibling) return cur.nextSibling;
  }
  return null;
}
