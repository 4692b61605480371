/**
 * A rich field's text, kept up to date from the edits themselves. Mapping a whole editor walks
 * every node; on a long email that is a full walk after every pause. Instead the field is seen as
 * its top-level children ("segments", usually one per paragraph), each with its own tokens
 * (text-map.ts): a MutationObserver says which segments an edit touched, only those are walked
 * again, and joining the tokens back into text is plain string work.
 *
 * It also remembers which segments changed since they were last scanned, so a scan can look at the
 * paragraphs that changed and leave the rest (and their underlines) alone.
 */
import { join, tokenize, type Joined, type Token } from './text-map';

/** Everything that changed: the field's structure moved, or every segment is to be treated as new. */
export const EVERYTHING = 'everything';
export type Changed = ReadonlySet<Node> | typeof EVERYTHING;

export interface RichMap extends Joined {
  index: Map<Text, number>;
  /** Each segment's position in `runs`. */
  segmentIndex: Map<Node, number>;
}

export class RichText {
  private readonly observer: MutationObserver;
  private segments: Node[] = [];
  private readonly tokens = new Map<Node, Token[]>();
  /** Segments whose tokens must be read again. */
  private readonly stale = new Set<Node>();
  /** The children list must be read again. */
  private restructured = true;
  /** Segments changed since they were last scanned, with the change count when they last changed. */
  private readonly unscanned = new Map<Node, number>();
  /** Segments changed since the last `takeChanges()`. */
  private recent = new Set<Node>();
  private recentAll = false;
  private changes = 0;
  private mapped: RichMap | null = null;

  /**
   * `changed` is called when the observer reports edits nobody flushed: changes made without an
   * input event (an editor's own re-render, a script setting the content).
   */
  constructor(
    readonly root: HTMLElement,
    private preserveLines: boolean,
    changed: () => void = () => undefined,
  ) {
    this.observer = new MutationObserver((records) => {
      this.record(records);
      changed();
    });
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      // What decides whether a block is a quote, a signature or reply history.
      attributeFilter: ['class', 'id', 'type'],
    });
    this.rescanAll();
  }

  /** The top-level child of the root that `node` is in, or null. */
  segmentOf(node: Node | null): Node | null {
    for (let cur = node; cur; cur = cur.parentNode) {
      if (cur.parentNode === this.root) return cur;
      if (cur === this.root) return null;
    }
    return null;
  }

  private touch(segment: Node): void {
    this.stale.add(segment);
    this.unscanned.set(segment, ++this.changes);
    this.recent.add(segment);
  }

  private record(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.target === this.root) {
        if (r.type !== 'childList') continue;
        this.restructured = true;
        this.recentAll = true;
        this.changes++;
        for (const n of Array.from(r.addedNodes)) this.touch(n);
        for (const n of Array.from(r.removedNodes)) {
          this.tokens.delete(n);
          this.unscanned.delete(n);
        }
        // Text on either side of the change may now run together (or apart).
        if (r.previousSibling) this.touch(r.previousSibling);
        if (r.nextSibling) this.touch(r.nextSibling);
        continue;
      }
      const segment = this.segmentOf(r.target);
      if (segment) this.touch(segment);
    }
  }

  /** Take in the edits the observer has not delivered yet. */
  flush(): void {
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.record(pending);
  }

  /** The segments changed since the last call (after flushing), or EVERYTHING when the structure changed. */
  takeChanges(): Changed {
    this.flush();
    const out: Changed = this.recentAll ? EVERYTHING : this.recent;
    this.recent = new Set();
    this.recentAll = false;
    return out;
  }

  /** A counter that moves with every change: equal before and after means nothing changed in between. */
  generation(): number {
    this.flush();
    return this.changes;
  }

  /** The field's whitespace handling changed (its style did): every segment reads differently. */
  setPreserveLines(preserve: boolean): void {
    if (preserve === this.preserveLines) return;
    this.preserveLines = preserve;
    this.invalidate();
  }

  /** Read everything again, and treat all of it as unscanned. */
  invalidate(): void {
    this.tokens.clear();
    this.restructured = true;
    this.mapped = null;
    this.rescanAll();
  }

  /** Treat every segment as unscanned (settings changed what is found), without reading them again. */
  rescanAll(): void {
    this.changes++;
    for (let child = this.root.firstChild; child; child = child.nextSibling) this.unscanned.set(child, this.changes);
  }

  /** The text and its map, now: only the segments that changed are read from the DOM. */
  map(): RichMap {
    this.flush();
    if (this.mapped && this.stale.size === 0 && !this.restructured) return this.mapped;
    if (this.restructured) {
      this.segments = Array.from(this.root.childNodes);
      const present = new Set(this.segments);
      for (const n of this.tokens.keys()) if (!present.has(n)) this.tokens.delete(n);
      for (const n of this.unscanned.keys()) if (!present.has(n)) this.unscanned.delete(n);
      this.restructured = false;
    }
    const runs: Token[][] = [];
    for (const segment of this.segments) {
      let run = this.tokens.get(segment);
      if (!run || this.stale.has(segment)) {
        run = [];
        tokenize(segment, this.preserveLines, run);
        this.tokens.set(segment, run);
      }
      runs.push(run);
    }
    this.stale.clear();
    const joined = join(runs);
    const index = new Map<Text, number>();
    for (let i = 0; i < joined.nodes.length; i++) index.set(joined.nodes[i] as Text, i);
    const segmentIndex = new Map<Node, number>();
    for (let i = 0; i < this.segments.length; i++) segmentIndex.set(this.segments[i] as Node, i);
    this.mapped = { ...joined, index, segmentIndex };
    return this.mapped;
  }

  /**
   * Where the segments changed since they were last scanned are in the text (in order, merged), and
   * the change count to pass to `scanned()` once a scan of them has succeeded.
   */
  unscannedSpans(): { spans: Array<{ start: number; end: number }>; upTo: number } {
    const mapped = this.map();
    const spans: Array<{ start: number; end: number }> = [];
    const order = [...this.unscanned.keys()]
      .map((n) => mapped.segmentIndex.get(n))
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    for (const i of order) {
      const run = mapped.runs[i];
      if (!run) continue;
      const last = spans[spans.length - 1];
      if (last && run.start <= last.end) last.end = Math.max(last.end, run.end);
      else spans.push({ start: run.start, end: run.end });
    }
    return { spans, upTo: this.changes };
  }

  /** A scan covered every segment changed up to `upTo`. */
  scanned(upTo: number): void {
    for (const [n, at] of this.unscanned) if (at <= upTo) this.unscanned.delete(n);
  }

  dispose(): void {
    this.observer.disconnect();
    this.tokens.clear();
    this.unscanned.clear();
    this.mapped = null;
  }
}
