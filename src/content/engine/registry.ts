/**
 * The fields Mastery is watching in this document: one Session per field, holding its text, its
 * marks (the underlined findings) and the state of its scans. Sessions are created on the first
 * focus of a field and dropped when the field leaves the page or the engine stops.
 */
import type { Finding, Span } from '../../core/types';
import { editingHost, type Field } from '../fields';
import { Mirror, type Box } from '../mirror';
import { paletteFor, type MarkBox, type Palette } from '../paint';
import { RichText } from '../rich-text';
import type { Edit } from '../spans';
import { preservesLines } from '../text-map';

export interface Mark {
  finding: Finding;
  /** The phrase as written, to notice when an edit changed it. */
  phrase: string;
  /** Rich fields: a live Range that follows edits, and the top-level block it starts in. */
  range: Range | null;
  segment: Node | null;
  /** Plain fields: rectangles relative to the field's border box, before scrolling. */
  boxes: Box[];
  /** The layout generation `boxes` were measured in (plain fields measure visible marks only). */
  measured: number;
}

export interface Session {
  field: Field;
  doc: Document;
  /** Bumped by every edit. */
  version: number;
  /** Plain fields: the value the marks' offsets refer to. */
  value: string;
  /** Plain fields: the stretch of `value` edited since it was last scanned. */
  dirty: Span | null;
  /** Rich fields: the text, kept up to date from the edits. */
  rich: RichText | null;
  /** Plain fields: the stretch a running scan took on (moved along by edits), handed back if it fails. */
  claimed: Span | null;
  marks: Mark[];
  /** "Not now": keys of findings hidden until their sentence changes. */
  dismissed: Set<string>;
  scanId: number;
  scanning: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** When the pending scan is due (performance.now() time). */
  due: number;
  pasted: boolean;
  composing: boolean;
  /** When the field last had an input event (performance.now() time), or 0. */
  lastEditAt: number;
  /** Edits since the running scan read the text (plain fields), to move its results into place. */
  edits: Edit[];
  mirror: Mirror | null;
  palette: Palette;
  /** Plain fields: the mirror must re-copy the field's style / re-measure the marks. */
  restyle: boolean;
  relayout: boolean;
  /** Bumped whenever text or style moved: marks measured in an older generation are re-measured. */
  layoutGen: number;
  /** Scrollable ancestors that clip the field. */
  clippers: Element[];
  /** The underlines last drawn, per mark: their visible parts, in viewport coordinates. */
  drawn: Array<{ mark: Mark; boxes: MarkBox[] }>;
  resize: ResizeObserver | null;
}

/** Identifies a finding for "Not now": same rule, same sentence text, same place in it. */
export function dismissKey(text: string, f: Finding): string {
  return `${f.ruleId}\u0001${text.slice(f.sentence.start, f.sentence.end)}\u0001${f.start - f.sentence.start}`;
}

/** The parent element, stepping out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function clippersOf(el: Element, doc: Document): Element[] {
  const out: Element[] = [];
  for (let cur = parentOf(el); cur && cur !== doc.documentElement && cur !== doc.body; cur = parentOf(cur)) {
    const cs = getComputedStyle(cur);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push(cur);
  }
  return out;
}

export interface RegistryDeps {
  doc: Document;
  /** Where a textarea's mirror lives (inside its layer's closed shadow root). */
  mirrorContainer(field: Element): HTMLElement;
  /** A plain field changed size: its mirror must follow. */
  resized(s: Session): void;
  /** A rich field changed without an input event (a script, the editor itself): scan it after a pause. */
  changedQuietly(s: Session): void;
}

export interface Registry {
  /** Every live session, in creation order. */
  readonly sessions: ReadonlySet<Session>;
  /** The session of a field, created on first use. */
  open(field: Field): Session;
  /** The session of the field an element is or belongs to. */
  at(target: Element | null): Session | null;
  /** The session whose field is exactly `el`. */
  of(el: Element): Session | undefined;
  /** Forget a field: its marks, scans and mirror go; `onDrop` listeners clean up the rest. */
  drop(s: Session): void;
  onDrop(listener: (s: Session) => void): void;
  /** Open findings over every field. */
  markCount(): number;
}

export function createRegistry(deps: RegistryDeps): Registry {
  const sessions = new Set<Session>();
  const byElement = new WeakMap<Element, Session>();
  const dropListeners: Array<(s: Session) => void> = [];

  function open(field: Field): Session {
    const existing = byElement.get(field.el);
    if (existing) return existing;
    const s: Session = {
      field,
      doc: field.el.ownerDocument,
      version: 0,
      value: '',
      dirty: null,
      claimed: null,
      rich: null,
      marks: [],
      dismissed: new Set(),
      scanId: 0,
      scanning: null,
      timer: null,
      due: 0,
      pasted: false,
      composing: false,
      lastEditAt: 0,
      edits: [],
      mirror: null,
      palette: paletteFor(field.el),
      restyle: true,
      relayout: true,
      layoutGen: 0,
      clippers: clippersOf(field.el, deps.doc),
      drawn: [],
      resize: null,
    };
    if (field.kind === 'rich') s.rich = new RichText(field.el, preservesLines(field.el), () => deps.changedQuietly(s));
    if (field.kind === 'plain') {
      s.mirror = new Mirror(field.el, deps.mirrorContainer(field.el));
      if (typeof ResizeObserver === 'function') {
        s.resize = new ResizeObserver(() => {
          s.restyle = true;
          deps.resized(s);
        });
        s.resize.observe(field.el);
      }
    }
    sessions.add(s);
    byElement.set(field.el, s);
    return s;
  }

  return {
    sessions,
    open,
    of: (el) => byElement.get(el),
    at(target) {
      if (!target) return null;
      const direct = byElement.get(target);
      if (direct) return direct;
      const host = editingHost(target);
      return host ? (byElement.get(host) ?? null) : null;
    },
    drop(s) {
      if (s.timer) clearTimeout(s.timer);
      s.scanId++;
      s.marks = [];
      s.mirror?.dispose();
      s.rich?.dispose();
      s.resize?.disconnect();
      sessions.delete(s);
      byElement.delete(s.field.el);
      for (const listener of dropListeners) listener(s);
    },
    onDrop(listener) {
      dropListeners.push(listener);
    },
    markCount() {
      let n = 0;
      for (const s of sessions) n += s.marks.length;
      return n;
    },
  };
}
