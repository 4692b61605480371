/**
 * Where a span of a textarea's or input's text is drawn. A field gives no geometry for its text, so a
 * hidden "mirror" box copies its font, padding, border, width and wrapping; Ranges over the mirror's
 * text give the rectangles, which the field's layer then places over the field (minus its scroll offset).
 *
 * The mirror keeps one block per line of the field, so an edit re-lays out one line, not the whole
 * text: a megabyte of text would otherwise cost a 100 ms layout on every keystroke.
 */
import type { Edit } from './spans';

/** Computed properties that decide where text wraps and how tall its lines are. */
const COPIED = [
  'box-sizing',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-feature-settings',
  'font-kerning',
  'font-variation-settings',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-transform',
  'text-indent',
  'text-rendering',
  'tab-size',
  'direction',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
] as const;

/** A rectangle relative to the field's border box, before scrolling. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class Mirror {
  readonly box: HTMLDivElement;
  private lines: HTMLDivElement[] = [];
  private starts: number[] = [];
  private text = '';
  private styleKey = '';
  /** Lines built so far (a long text is built over several slices). */
  private built = 0;
  private pendingLines: string[] = [];

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    container: HTMLElement,
  ) {
    this.box = field.ownerDocument.createElement('div');
    this.box.className = 'mirror';
    container.append(this.box);
  }

  /** Copy the field's current look; true when something that moves text changed. */
  syncStyle(): boolean {
    const cs = getComputedStyle(this.field);
    const single = this.field instanceof HTMLInputElement;
    const padX = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
    const padY = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom);
    // clientWidth leaves out a vertical scrollbar, as the field's own text layout does.
    const width = Math.max(0, this.field.clientWidth - padX);
    const contentHeight = Math.max(0, this.field.clientHeight - padY);
    const parts: string[] = [];
    for (const p of COPIED) parts.push(`${p}:${cs.getPropertyValue(p)}`);
    parts.push('box-sizing:content-box', 'border-color:transparent', `width:${width}px`);
    if (single) {
      // An input shows one line, centred vertically in its content box.
      parts.push('white-space:pre', `height:${contentHeight}px`, `line-height:${contentHeight}px`);
    } else {
      parts.push(`white-space:${cs.whiteSpace === 'pre' || cs.whiteSpace === 'nowrap' ? 'pre' : 'pre-wrap'}`);
    }
    const key = parts.join(';');
    if (key === this.styleKey) return false;
    this.styleKey = key;
    this.box.style.cssText = key;
    return true;
  }

  private makeLine(text: string): HTMLDivElement {
    const div = this.box.ownerDocument.createElement('div');
    if (text === '') div.append(this.box.ownerDocument.createElement('br'));
    else div.append(text);
    return div;
  }

  /** True when the mirror holds all of `text`. */
  isComplete(): boolean {
    return this.built === this.lines.length && this.lines.length > 0;
  }

  /** The text the mirror was last given. */
  current(): string {
    return this.text;
  }

  /**
   * Replace the mirror's text. With the edit that led to it, only the touched lines are rebuilt.
   * Without one, the lines are rebuilt from scratch: call `buildSome()` until it returns true.
   */
  setText(text: string, edit: Edit | null): void {
    if (edit && this.isComplete() && this.applyEdit(text, edit)) return;
    this.text = text;
    this.box.replaceChildren();
    const lines = text.split('\n');
    this.lines = [];
    this.starts = [];
    let at = 0;
    for (const line of lines) {
      this.starts.push(at);
      at += line.length + 1;
    }
    this.pendingLines = lines;
    this.built = 0;
    this.lines = new Array<HTMLDivElement>(lines.length);
  }

  /** Build up to `budgetChars` characters of pending lines; true when complete. */
  buildSome(budgetChars = Number.POSITIVE_INFINITY): boolean {
    let used = 0;
    const fragment = this.box.ownerDocument.createDocumentFragment();
    while (this.built < this.pendingLines.length && used < budgetChars) {
      const line = this.pendingLines[this.built] as string;
      const div = this.makeLine(line);
      this.lines[this.built] = div;
      fragment.append(div);
      used += line.length + 1;
      this.built++;
    }
    this.box.append(fragment);
    // Lay the new lines out now, a slice at a time: left to the next frame, a long text would be
    // laid out in one go, a task of a hundred milliseconds or more.
    void this.box.lastElementChild?.getBoundingClientRect();
    if (this.built >= this.pendingLines.length) {
      this.pendingLines = [];
      return true;
    }
    return false;
  }

  private lineAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private applyEdit(text: string, edit: Edit): boolean {
    const delta = edit.inserted - edit.removed;
    if (text.length !== this.text.length + delta) return false;
    const first = this.lineAt(edit.start);
    const last = this.lineAt(edit.start + edit.removed);
    const from = this.starts[first] as number;
    const nextStart = this.starts[last + 1];
    const oldTo = nextStart === undefined ? this.text.length : nextStart - 1;
    const newTo = oldTo + delta;
    if (newTo < from) return false;
    const segment = text.slice(from, newTo).split('\n');
    const divs = segment.map((s) => this.makeLine(s));
    const starts: number[] = [];
    let at = from;
    for (const s of segment) {
      starts.push(at);
      at += s.length + 1;
    }
    const anchor = this.lines[last + 1] ?? null;
    for (let i = first; i <= last; i++) this.lines[i]?.remove();
    for (const d of divs) this.box.insertBefore(d, anchor);
    this.lines.splice(first, last - first + 1, ...divs);
    const after = this.starts.slice(last + 1).map((s) => s + delta);
    this.starts = [...this.starts.slice(0, first), ...starts, ...after];
    this.built = this.lines.length;
    this.text = text;
    return true;
  }

  /**
   * The text offsets drawn between `top` and `bottom` pixels of the field's content (its scroll
   * position and height): only underlines there need measuring. Reads line positions, no text.
   */
  visibleSpan(top: number, bottom: number): { start: number; end: number } {
    const n = this.built;
    if (n === 0) return { start: 0, end: 0 };
    const bottomOf = (i: number) => {
      const d = this.lines[i] as HTMLDivElement;
      return d.offsetTop + d.offsetHeight;
    };
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bottomOf(mid) < top) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last + 1 < n && (this.lines[last + 1] as HTMLDivElement).offsetTop <= bottom) last++;
    const lastStart = this.starts[last] as number;
    const nextStart = this.starts[last + 1];
    return { start: this.starts[lo] as number, end: nextStart === undefined ? this.text.length : Math.max(lastStart, nextStart - 1) };
  }

  /**
   * Rectangles of `text.slice(start, end)`, relative to the field's border box with no scrolling.
   * Empty while the line is not built yet.
   */
  rects(start: number, end: number): Box[] {
    const out: Box[] = [];
    if (end <= start) return out;
    const origin = this.box.getBoundingClientRect();
    const doc = this.box.ownerDocument;
    let i = this.lineAt(start);
    while (i < this.lines.length && (this.starts[i] as number) < end) {
      const div = this.lines[i];
      const node = div?.firstChild;
      if (!div || !node || node.nodeType !== 3) {
        i++;
        continue;
      }
      const lineStart = this.starts[i] as number;
      const len = (node as Text).length;
      const a = Math.max(0, start - lineStart);
      const b = Math.min(len, end - lineStart);
      if (b > a) {
        const range = doc.createRange();
        range.setStart(node, a);
        range.setEnd(node, b);
        for (const r of Array.from(range.getClientRects())) {
          if (r.width < 0.5) continue;
          out.push({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
        }
      }
      i++;
    }
    return out;
  }

  dispose(): void {
    this.box.remove();
    this.lines = [];
    this.starts = [];
    this.pendingLines = [];
    this.text = '';
  }
}
