/**
 * Drawing the marks. The field being written in gets a layer (paint.ts) beside it; once per
 * animation frame, and only when something moved, its underlines are measured (a rich field's
 * live Ranges give their client rects, a textarea's mirror gives its text's) and drawn there, one box
 * per line, clipped to the field and its scrolling ancestors. A layer is in the page only while its
 * field is being written in (focused, or its card is open): when, and what a page can measure of
 * it, never depends on what Mastery found.
 *
 * What "moved" means: the field, its scroll offsets or its clip moved relative to the layer (a page
 * scroll moves both, on the compositor, so nothing is redrawn), its size changed, its marks changed,
 * an edit may have moved a mark (not one made after every mark, as when someone types on at the
 * end: that costs nothing), or a while has passed (an image above a phrase finished loading).
 *
 * Also answers "which mark is under this point?" for hover and click.
 */
import { eventTarget } from '../fields';
import { contains, intersect, lineBoxes, near, toLayer, type LayerFrame, type Rect } from '../geometry';
import { FieldLayer, type MarkBox } from '../paint';
import type { Mark, Registry, Session } from './registry';

export interface RendererHooks {
  /** A plain field's value differs from the session's: the edit must be noticed before drawing. */
  valueChanged(s: Session): void;
  /** A plain field's mirror lags its value while marks are shown: rescan so it is rebuilt. */
  mirrorLags(s: Session): void;
  /** A field left the page and its session was dropped. */
  fieldGone(): void;
  /** Paused on this site: no layer at all. */
  paused(): boolean;
  /** The session's card is open: its layer stays while focus is in the card. */
  holds(s: Session): boolean;
}

export interface RendererDeps {
  win: Window & typeof globalThis;
  registry: Registry;
  signal: AbortSignal;
  hooks: RendererHooks;
}

export interface Renderer {
  /** The session's marks changed: show them in the next animation frame. */
  render(s: Session): void;
  /** Redraw in the next animation frame (scroll, resize, edits). */
  requestFrame(): void;
  /** Remove everything drawn for the session. */
  clear(s: Session): void;
  /** Someone is writing in the session's field: its layer goes in now (a textarea's mirror is built in it). */
  activate(s: Session): void;
  /** Where the mirror of a textarea or input lives (inside its layer's closed shadow root). */
  mirrorContainer(field: Element): HTMLElement;
  /** The mark under a viewport point, if any. */
  markAt(x: number, y: number): { session: Session; mark: Mark } | null;
  dispose(): void;
}

/** A layer stays this long after its field loses focus (a toolbar click, focus coming straight back). */
const IDLE_MS = 400;
/**
 * While a layer is in the page, it is redrawn at least this often (layout changes no event reports),
 * except while someone types: a redraw then would force a layout between keystrokes, and the scan
 * after the typing pause redraws anyway.
 */
const TICK_MS = 1000;
/** Marks are measured again after this long even when nothing seems to have moved. */
const REMEASURE_MS = 900;
/** A textarea's mirror longer than this is emptied when its layer goes, and rebuilt in slices later. */
const MIRROR_KEEP_CHARS = 20_000;

interface Paint {
  layer: FieldLayer;
  /** When the field stopped being written in (performance.now()), or null while it is. */
  idleSince: number | null;
  /** Whether the field clips its own content, per axis (a textarea always does). */
  clipsX: boolean;
  clipsY: boolean;
  /** Rich fields: notices the field changing size (plain fields have the registry's). */
  resize: ResizeObserver | null;
  /** What the last drawing was made from. */
  frame: LayerFrame | null;
  key: number[] | null;
  marks: Mark[] | null;
  version: number;
  layoutGen: number;
  measuredAt: number;
}

function deepActiveElement(doc: Document): Element | null {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function sameNumbers(a: number[] | null, b: number[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!near(a[i] as number, b[i] as number)) return false;
  return true;
}

/** How much transforms scale an element on screen: its box on screen over its layout size. */
function scaleOf(el: Element, r: DOMRect): { x: number; y: number } {
  const w = (el as HTMLElement).offsetWidth;
  const h = (el as HTMLElement).offsetHeight;
  return { x: w > 0 && r.width > 0 ? r.width / w : 1, y: h > 0 && r.height > 0 ? r.height / h : 1 };
}

/** An element's padding box on screen: what it shows of its content. */
function clientBox(el: Element, r: DOMRect): Rect {
  const s = scaleOf(el, r);
  const width = el.clientWidth || r.width / s.x;
  const height = el.clientHeight || r.height / s.y;
  return { x: r.left + el.clientLeft * s.x, y: r.top + el.clientTop * s.y, width: width * s.x, height: height * s.y };
}

/** Blocks whose lines start at the left and run left to right: text before an edit there stays put. */
const startAligned = new WeakMap<Element, boolean>();

function alignsStart(el: Element): boolean {
  let known = startAligned.get(el);
  if (known === undefined) {
    const cs = getComputedStyle(el);
    known = cs.direction === 'ltr' && (cs.textAlign === 'start' || cs.textAlign === 'left') && !/balance|pretty/.test(cs.textWrap ?? '');
    startAligned.set(el, known);
  }
  return known;
}

/**
 * Could an edit at the caret have moved one of a rich field's marks? Not one that ends before the
 * caret's block (the field's child it is in): a block is laid out before, and apart from, what comes
 * after it. Nor, in a block whose lines run left to right from the left, one that ends before the
 * caret: lines are filled from their start, so what precedes an edit keeps its place (the mark the
 * caret is in was dropped by the edit). A change of the field's size is noticed on its own, and a
 * rare exception (an unbreakable run wrapping as a whole) within a second.
 */
function editMayMove(s: Session): boolean {
  if (s.marks.length === 0) return false;
  const selection = s.doc.getSelection();
  if (!selection || selection.rangeCount === 0) return true;
  const caret = selection.getRangeAt(0);
  const field = s.field.el;
  let block: Node = caret.startContainer;
  while (block.parentNode && block.parentNode !== field) block = block.parentNode;
  if (block.parentNode !== field) return true;
  const flowing = alignsStart(block.nodeType === 1 ? (block as Element) : field);
  return s.marks.some((m) => {
    const r = m.range;
    if (!r) return true;
    const end = r.endContainer;
    if (end !== field && block !== end && !block.contains(end) && block.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_PRECEDING)
      return false;
    try {
      return !(flowing && caret.compareBoundaryPoints(Range.END_TO_START, r) >= 0);
    } catch {
      return true;
    }
  });
}

export function createRenderer(deps: RendererDeps): Renderer {
  const { win, registry, signal, hooks } = deps;
  const doc = win.document;
  const paints = new Map<Element, Paint>();
  let frame = 0;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let tick: ReturnType<typeof setInterval> | null = null;
  /** When someone last typed in a watched field (performance.now()). */
  let lastInput = Number.NEGATIVE_INFINITY;

  registry.onDrop((s) => {
    const p = paints.get(s.field.el);
    p?.layer.detach();
    p?.resize?.disconnect();
    paints.delete(s.field.el);
  });

  function paintFor(el: Element): Paint {
    let p = paints.get(el);
    if (!p) {
      p = {
        layer: new FieldLayer(el),
        idleSince: null,
        clipsX: true,
        clipsY: true,
        resize: null,
        frame: null,
        key: null,
        marks: null,
        version: -1,
        layoutGen: -1,
        measuredAt: 0,
      };
      paints.set(el, p);
    }
    return p;
  }

  /** Put the session's layer in the page, and note how its field clips. */
  function show(s: Session): Paint {
    const p = paintFor(s.field.el);
    if (!p.layer.attached) {
      p.layer.attach();
      p.key = null;
      if (s.field.kind === 'rich') {
        const cs = getComputedStyle(s.field.el);
        p.clipsX = cs.overflowX !== 'visible';
        p.clipsY = cs.overflowY !== 'visible';
        if (typeof ResizeObserver === 'function') {
          p.resize ??= new ResizeObserver(() => requestFrame());
          p.resize.observe(s.field.el);
        }
      }
    }
    return p;
  }

  /** Take the session's layer out of the page. */
  function hide(s: Session, p: Paint): void {
    p.layer.detach();
    p.resize?.disconnect();
    p.idleSince = null;
    p.key = null;
    s.drawn = [];
    // Laid out again all at once when the layer comes back, a long mirror would be one long task.
    if (s.mirror && s.value.length > MIRROR_KEEP_CHARS) s.mirror.setText('', null);
  }

  function requestFrame(): void {
    if (frame || signal.aborted) return;
    frame = win.requestAnimationFrame(onFrame);
  }

  function onFrame(): void {
    frame = 0;
    if (signal.aborted) return;
    const now = performance.now();
    const paused = hooks.paused();
    const focused = paused ? null : deepActiveElement(doc);
    const writing = focused ? registry.at(focused) : null;
    let shown = 0;
    let waiting = false;
    for (const s of [...registry.sessions]) {
      if (!s.field.el.isConnected) {
        registry.drop(s);
        hooks.fieldGone();
        continue;
      }
      const p = paints.get(s.field.el);
      if (!paused && (s === writing || hooks.holds(s))) {
        draw(s, show(s), now);
        paintFor(s.field.el).idleSince = null;
        shown++;
        continue;
      }
      if (!p?.layer.attached) continue;
      p.idleSince ??= now;
      if (paused || now - p.idleSince >= IDLE_MS) {
        hide(s, p);
        continue;
      }
      // Focus may come straight back: keep it drawn a moment.
      draw(s, p, now);
      shown++;
      waiting = true;
    }
    if (waiting && idleTimer === null) {
      idleTimer = setTimeout(() => {
        idleTimer = null;
        requestFrame();
      }, IDLE_MS);
    }
    if (shown > 0 && tick === null) {
      tick = setInterval(() => {
        if (performance.now() - lastInput >= TICK_MS) requestFrame();
      }, TICK_MS);
    }
    if (shown === 0 && tick !== null) {
      clearInterval(tick);
      tick = null;
    }
  }

  /**
   * Where the field shows its text, on screen: its own visible box within its scrolling ancestors.
   * Along an axis where the field does not clip, a window's size further each way: a fixed reach,
   * not the text's, which would need measuring on every keystroke.
   */
  function clipFor(s: Session, p: Paint, r: DOMRect): Rect | null {
    let clip: Rect | null = clientBox(s.field.el, r);
    if (!p.clipsX) clip = { ...clip, x: clip.x - win.innerWidth, width: clip.width + 2 * win.innerWidth };
    if (!p.clipsY) clip = { ...clip, y: clip.y - win.innerHeight, height: clip.height + 2 * win.innerHeight };
    for (const c of s.clippers) {
      if (!clip) return null;
      clip = intersect(clip, clientBox(c, c.getBoundingClientRect()));
    }
    return clip;
  }

  function draw(s: Session, p: Paint, now: number): void {
    const { layer } = p;
    layer.attach();
    let at = layer.frame();
    if (!at && !layer.isOnTop && s.field.el.getClientRects().length > 0) {
      // Beside its field the layer is not rendered: it goes on top of the page instead.
      layer.moveOnTop();
      at = layer.frame();
    }
    if (!at) {
      s.drawn = [];
      return;
    }
    const el = s.field.el;
    const mirror = s.mirror;
    if (mirror) {
      if ((el as HTMLTextAreaElement).value !== s.value) hooks.valueChanged(s);
      if (s.restyle) {
        if (mirror.syncStyle()) s.relayout = true;
        s.restyle = false;
      }
    }
    if (s.relayout) {
      s.layoutGen++;
      s.relayout = false;
    }
    const r = el.getBoundingClientRect();
    const clip = clipFor(s, p, r);
    const key = [at.scaleX, at.scaleY, r.x - at.x, r.y - at.y, r.width, r.height, el.scrollLeft, el.scrollTop];
    if (clip) key.push(clip.x - at.x, clip.y - at.y, clip.width, clip.height);
    if (
      sameNumbers(p.key, key) &&
      p.marks === s.marks &&
      p.version === s.version &&
      p.layoutGen === s.layoutGen &&
      now - p.measuredAt < REMEASURE_MS &&
      p.frame
    ) {
      // Everything moved with the layer (the page scrolled): nothing to draw, only to remember where.
      const dx = at.x - p.frame.x;
      const dy = at.y - p.frame.y;
      if (dx !== 0 || dy !== 0) {
        for (const d of s.drawn) {
          for (const b of d.boxes) {
            b.x += dx;
            b.y += dy;
          }
        }
      }
      p.frame = at;
      return;
    }
    p.key = key;
    p.frame = at;
    p.marks = s.marks;
    p.version = s.version;
    p.layoutGen = s.layoutGen;
    p.measuredAt = now;

    let measured: Array<{ mark: Mark; boxes: Rect[] }>;
    if (mirror) {
      if (mirror.current() !== s.value) {
        // The mirror lags (being built, or an edit it could not follow): draw once it is rebuilt.
        if (s.marks.length > 0 && !s.scanning) hooks.mirrorLags(s);
        p.key = null;
        measured = [];
      } else {
        measured = mirrorBoxes(s, at, r);
      }
    } else {
      measured = s.marks.map((mark) => ({ mark, boxes: mark.range ? lineBoxes(mark.range.getClientRects()) : [] }));
    }

    const local: Array<MarkBox> = [];
    s.drawn = [];
    for (const { mark, boxes } of measured) {
      const { severity } = mark.finding;
      const visible: MarkBox[] = [];
      for (const b of boxes) {
        local.push({ ...toLayer(b, at), severity, palette: s.palette });
        const v = clip && intersect(b, clip);
        if (v) visible.push({ ...v, severity, palette: s.palette });
      }
      if (visible.length > 0) s.drawn.push({ mark, boxes: visible });
    }
    layer.draw(local, clip && toLayer(clip, at));
  }

  /** The marks of a textarea or input near its visible part, on screen, from its mirror. */
  function mirrorBoxes(s: Session, at: LayerFrame, r: DOMRect): Array<{ mark: Mark; boxes: Rect[] }> {
    const el = s.field.el;
    const mirror = s.mirror;
    if (!mirror) return [];
    const scale = scaleOf(el, r);
    // Only marks in (or near) the visible part of the field are measured and drawn: a long text may
    // hold thousands.
    const margin = el.clientHeight;
    const visible = mirror.visibleSpan(el.scrollTop - margin, el.scrollTop + el.clientHeight + margin);
    const out: Array<{ mark: Mark; boxes: Rect[] }> = [];
    for (const mark of s.marks) {
      const f = mark.finding;
      if (f.end < visible.start || f.start > visible.end) continue;
      if (mark.measured !== s.layoutGen) {
        // In the mirror's own units (the layer's scale taken out), one box per line: a space where a
        // line wraps gives a rect of its own.
        mark.boxes = lineBoxes(
          mirror
            .rects(f.start, f.end)
            .map((b) => ({ left: b.x / at.scaleX, top: b.y / at.scaleY, width: b.width / at.scaleX, height: b.height / at.scaleY })),
        );
        mark.measured = s.layoutGen;
      }
      out.push({
        mark,
        boxes: mark.boxes.map((b) => ({
          x: r.left + (b.x - el.scrollLeft) * scale.x,
          y: r.top + (b.y - el.scrollTop) * scale.y,
          width: b.width * scale.x,
          height: b.height * scale.y,
        })),
      });
    }
    return out;
  }

  function markAt(x: number, y: number): { session: Session; mark: Mark } | null {
    // The page's layout may have moved the words since the last frame without an event to say so (a
    // style change, a font arriving): bring the drawing up to date before asking what is under the point.
    if (registry.sessions.size > 0) {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      onFrame();
    }
    for (const s of registry.sessions) {
      for (const d of s.drawn) {
        for (const b of d.boxes) if (contains(b, x, y, 1)) return { session: s, mark: d.mark };
      }
    }
    return null;
  }

  const listen = { capture: true, passive: true, signal };
  // Focus moving decides which layer is in the page.
  for (const type of ['focusin', 'focusout']) {
    doc.addEventListener(
      type,
      () => {
        if (registry.sessions.size > 0) requestFrame();
      },
      listen,
    );
  }
  // An edit in a rich field may move its marks (a plain field's edits come through the scan loop).
  doc.addEventListener(
    'input',
    (e) => {
      const s = registry.sessions.size > 0 ? registry.at(eventTarget(e)) : null;
      if (s) lastInput = performance.now();
      if (s?.field.kind === 'rich' && paints.get(s.field.el)?.layer.attached && editMayMove(s)) requestFrame();
    },
    listen,
  );

  return {
    render: requestFrame,
    requestFrame,
    clear(s) {
      s.drawn = [];
      const p = paints.get(s.field.el);
      if (p) p.key = null;
      requestFrame();
    },
    activate(s) {
      if (hooks.paused()) return;
      show(s).idleSince = null;
      requestFrame();
    },
    mirrorContainer: (field) => paintFor(field).layer.mirrors,
    markAt,
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      if (idleTimer !== null) clearTimeout(idleTimer);
      if (tick !== null) clearInterval(tick);
      for (const p of paints.values()) p.layer.detach();
      paints.clear();
    },
  };
}
