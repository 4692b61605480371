/**
 * Drawing the marks. Rich fields get CSS Custom Highlights (live Ranges, no node added to the page)
 * where the browser allows it; textareas, inputs and the remaining rich fields get the overlay, drawn
 * once per animation frame from the marks' boxes, clipped to the field and its scrolling ancestors.
 * Also answers "which mark is under this point?" for hover and click.
 */
import { HighlightPainter, type Clip, type Overlay } from '../paint';
import type { Mark, Registry, Session } from './registry';

export interface RendererHooks {
  /** A plain field's value differs from the session's: the edit must be noticed before drawing. */
  valueChanged(s: Session): void;
  /** A plain field's mirror lags its value while marks are shown: rescan so it is rebuilt. */
  mirrorLags(s: Session): void;
  /** A field left the page and its session was dropped. */
  fieldGone(): void;
}

export interface RendererDeps {
  win: Window & typeof globalThis;
  registry: Registry;
  overlay: Overlay;
  signal: AbortSignal;
  hooks: RendererHooks;
}

export interface Renderer {
  /** The session's marks changed: show them (now for highlights, next frame for the overlay). */
  render(s: Session): void;
  /** Redraw overlays in the next animation frame (scroll, resize, edits). */
  requestFrame(): void;
  /** Remove everything drawn for the session. */
  clear(s: Session): void;
  /** True when the session's marks are CSS highlights (live Ranges), false when the overlay draws them. */
  usesHighlights(s: Session): boolean;
  /** The mark under a viewport point, if any. */
  markAt(x: number, y: number): { session: Session; mark: Mark } | null;
  dispose(): void;
}

function rectContains(r: { left: number; top: number; right: number; bottom: number }, x: number, y: number, slack = 0): boolean {
  return x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
}

function scopeOf(el: Element, doc: Document): Document | ShadowRoot {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root : doc;
}

export function createRenderer(deps: RendererDeps): Renderer {
  const { win, registry, overlay, signal, hooks } = deps;
  const painter = HighlightPainter.supported(win) ? new HighlightPainter(win) : null;
  let frame = 0;

  registry.onDrop((s) => {
    painter?.clear(s);
    overlay.forget(s);
  });

  /** Highlights draw this session's marks (no overlay work for it). */
  function highlighted(s: Session): boolean {
    return s.field.kind === 'rich' && painter !== null && !s.overlayOnly;
  }

  function render(s: Session): void {
    if (highlighted(s) && painter) {
      const ok = painter.set(
        s,
        s.marks.flatMap((m) => (m.range ? [{ range: m.range, severity: m.finding.severity, palette: s.palette }] : [])),
        scopeOf(s.field.el, win.document),
      );
      if (ok) return;
      // The stylesheet could not be adopted here: draw this field's underlines as an overlay.
      s.overlayOnly = true;
      painter.clear(s);
    }
    requestFrame();
  }

  function requestFrame(): void {
    if (frame || signal.aborted) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (signal.aborted) return;
      painter?.refresh();
      for (const s of registry.sessions) drawOverlay(s);
    });
  }

  function clipFor(s: Session): Clip | null {
    const el = s.field.el;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    let left = r.left + el.clientLeft;
    let top = r.top + el.clientTop;
    let right = left + (el.clientWidth || r.width);
    let bottom = top + (el.clientHeight || r.height);
    for (const c of s.clippers) {
      const cr = c.getBoundingClientRect();
      left = Math.max(left, cr.left + c.clientLeft);
      top = Math.max(top, cr.top + c.clientTop);
      right = Math.min(right, cr.left + c.clientLeft + c.clientWidth);
      bottom = Math.min(bottom, cr.top + c.clientTop + c.clientHeight);
    }
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, win.innerWidth);
    bottom = Math.min(bottom, win.innerHeight);
    if (right <= left || bottom <= top) return null;
    return { x: left, y: top, width: right - left, height: bottom - top };
  }

  function drawOverlay(s: Session): void {
    if (!s.field.el.isConnected) {
      registry.drop(s);
      hooks.fieldGone();
      return;
    }
    const el = s.field.el;
    if (s.field.kind === 'rich') {
      if (highlighted(s)) return;
      // Fallback for rich fields: the Ranges' own rectangles.
      const drawn = s.marks.map((mark) => ({
        mark,
        boxes: mark.range
          ? Array.from(mark.range.getClientRects()).map((r) => ({
              x: r.left,
              y: r.top,
              width: r.width,
              height: r.height,
              severity: mark.finding.severity,
              palette: s.palette,
            }))
          : [],
      }));
      s.drawn = drawn;
      overlay.draw(
        s,
        drawn.flatMap((d) => d.boxes),
        clipFor(s),
      );
      return;
    }
    const mirror = s.mirror;
    if (!mirror) return;
    if (s.field.el.value !== s.value) hooks.valueChanged(s);
    if (s.restyle) {
      if (mirror.syncStyle()) s.relayout = true;
      s.restyle = false;
    }
    if (mirror.current() !== s.value) {
      // The mirror lags (being built, or an edit it could not follow): draw once it is rebuilt.
      if (s.marks.length > 0 && !s.scanning) hooks.mirrorLags(s);
      overlay.draw(s, [], null);
      return;
    }
    if (s.relayout) {
      s.layoutGen++;
      s.relayout = false;
    }
    const r = el.getBoundingClientRect();
    const dx = r.left - el.scrollLeft;
    const dy = r.top - el.scrollTop;
    // Only marks in (or near) the visible part of the field are measured and drawn: a long text may
    // hold thousands.
    const margin = el.clientHeight;
    const visible = mirror.visibleSpan(el.scrollTop - margin, el.scrollTop + el.clientHeight + margin);
    s.drawn = [];
    for (const mark of s.marks) {
      const f = mark.finding;
      if (f.end < visible.start || f.start > visible.end) continue;
      if (mark.measured !== s.layoutGen) {
        mark.boxes = mirror.rects(f.start, f.end);
        mark.measured = s.layoutGen;
      }
      s.drawn.push({
        mark,
        boxes: mark.boxes.map((b) => ({
          x: b.x + dx,
          y: b.y + dy,
          width: b.width,
          height: b.height,
          severity: f.severity,
          palette: s.palette,
        })),
      });
    }
    overlay.draw(
      s,
      s.drawn.flatMap((d) => d.boxes),
      clipFor(s),
    );
  }

  function markAt(x: number, y: number): { session: Session; mark: Mark } | null {
    for (const s of registry.sessions) {
      if (s.marks.length === 0) continue;
      const fr = s.field.el.getBoundingClientRect();
      if (!rectContains(fr, x, y, 4)) continue;
      if (highlighted(s)) {
        for (const mark of s.marks) {
          for (const r of Array.from(mark.range?.getClientRects() ?? [])) {
            if (rectContains(r, x, y, 1)) return { session: s, mark };
          }
        }
      } else {
        const clip = clipFor(s);
        if (!clip || !rectContains({ left: clip.x, top: clip.y, right: clip.x + clip.width, bottom: clip.y + clip.height }, x, y)) continue;
        for (const d of s.drawn) {
          for (const b of d.boxes) {
            if (rectContains({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height }, x, y, 1))
              return { session: s, mark: d.mark };
          }
        }
      }
    }
    return null;
  }

  return {
    render,
    requestFrame,
    clear(s) {
      s.drawn = [];
      painter?.clear(s);
      overlay.draw(s, [], null);
    },
    markAt,
    usesHighlights: highlighted,
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      painter?.dispose();
      overlay.dispose();
    },
  };
}
