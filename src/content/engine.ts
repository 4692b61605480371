/**
 * The engine: everything the content script needs once someone starts writing. It is built as one
 * self-contained ES module (compromise, the detector, the reframer, the card) and loaded by the tiny
 * content entry on the first focus of an eligible field, so pages where nobody types never load it.
 *
 * It runs in the content script's isolated world and reaches the extension only through the
 * `browser` object the entry hands over. Every listener takes the entry's AbortSignal; when the
 * extension goes away (reloaded, updated, removed) everything it added to the page is removed.
 */
import type { Browser } from 'webextension-polyfill';
import { CATALOGUE } from '../core/catalogue';
import { customRules } from '../core/custom';
import { createDetector, type Detector } from '../core/detect';
import { reframe } from '../core/reframe';
import type { Finding } from '../core/types';
import type { Message } from '../shared/messages';
import {
  detectOptionsFrom,
  isPhraseIgnored,
  isSitePaused,
  normalisePhrase,
  normaliseSite,
  type JournalCounter,
  type Settings,
} from '../shared/settings';
import { createStore, type Store } from '../shared/storage';
import { openCard, type CardHandle, type CardModel } from './card';
import { editingHost, eventTarget, fieldFor, type Field } from './fields';
import { Mirror, type Box } from './mirror';
import { HighlightPainter, Overlay, paletteFor, type Clip, type MarkBox, type Palette } from './paint';
import { mapRich, rewriteSpan } from './rewrite';
import { scanText, sentenceAround } from './scan';
import { createSlicer } from './schedule';
import { diffEdit, shiftFinding, type Edit } from './spans';
import { blankEmailText, offsetOf, rangeFor, type TextMap } from './text-map';

export interface EngineHost {
  browser: Browser;
  /** Aborted when the content script shuts down; every listener and timer follows it. */
  signal: AbortSignal;
  /** The extension context is gone: shut everything down, quietly. */
  invalidate(): void;
}

export interface Engine {
  /** A focus landed in an eligible field. */
  attach(field: Field): void;
  /** The document's listeners were dropped (document.open()): add them again. */
  rebind(): void;
}

/** Typing pause before a scan. */
export const TYPING_PAUSE_MS = 250;
/** Pointer rest on an underline before its card opens. */
export const HOVER_MS = 300;
/** A hover-opened card closes this long after the pointer left both the phrase and the card. */
const HOVER_LEAVE_MS = 700;
/** While underlines are shown, how often to notice changes made without input events. */
const TICK_MS = 1000;
/** Mirror characters built per slice for long textareas. */
const MIRROR_SLICE_CHARS = 16_000;

interface Mark {
  finding: Finding;
  /** The phrase as written, to notice when an edit changed it. */
  phrase: string;
  /** Rich fields: a live Range that follows edits. */
  range: Range | null;
  /** Plain fields: rectangles relative to the field's border box, before scrolling. */
  boxes: Box[];
  /** The layout generation `boxes` were measured in (plain fields measure visible marks only). */
  measured: number;
}

interface Session {
  field: Field;
  doc: Document;
  /** Bumped by every edit. */
  version: number;
  /** Plain fields: the value the marks' offsets refer to. */
  value: string;
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
  /** Last drawn underline boxes in viewport coordinates, per mark (plain fields and overlay fallback). */
  drawn: Array<{ mark: Mark; boxes: MarkBox[] }>;
  resize: ResizeObserver | null;
  /** A rich field whose underlines must be drawn by the overlay (no Highlight API styling here). */
  overlayOnly: boolean;
}

interface OpenCard {
  handle: CardHandle;
  session: Session;
  mark: Mark;
  by: 'hover' | 'click' | 'keyboard';
  restore: () => void;
  lastAction: 'rewrite' | 'other' | null;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function rectContains(r: { left: number; top: number; right: number; bottom: number }, x: number, y: number, slack = 0): boolean {
  return x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;
}

/** Identifies a finding for "Not now": same rule, same sentence text, same place in it. */
function dismissKey(text: string, f: Finding): string {
  return `${f.ruleId}\u0001${text.slice(f.sentence.start, f.sentence.end)}\u0001${f.start - f.sentence.start}`;
}

function isInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated/i.test(message);
}

export async function startEngine(host: EngineHost): Promise<Engine> {
  const { browser, signal } = host;
  const win = window;
  const doc = document;
  const store: Store = createStore(browser.storage);

  let settings: Settings = await store.getSettings();
  let detector: Detector = buildDetector(settings);
  let customKey = settings.customPhrases.join('\n');
  let paused = pausedHere(settings);
  // Compile the match nets and warm the parser now, in a task of its own after the module's
  // evaluation, not on the first real scan. A timer, not scheduler.yield(): continuing from the
  // storage reply, a yield can inherit a low priority and wait seconds on a busy page.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  detector.detect('I feel like such an idiot about this.');

  const sessions = new Set<Session>();
  const byElement = new WeakMap<Element, Session>();
  const painter = HighlightPainter.supported(win) ? new HighlightPainter(win) : null;
  const overlay = new Overlay(doc);
  let card: OpenCard | null = null;
  let lastCount = -1;
  let frame = 0;
  let tick: ReturnType<typeof setInterval> | null = null;
  let hover: { session: Session; mark: Mark } | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | null = null;
  let leaveTimer: ReturnType<typeof setTimeout> | null = null;
  let pointer: { x: number; y: number; target: Element | null } | null = null;
  let pointerFrame = 0;
  let stopWatching: (() => void) | null = null;

  function buildDetector(s: Settings): Detector {
    return createDetector([...CATALOGUE, ...customRules(s.customPhrases)]);
  }

  function hosts(): string[] {
    const out = [location.hostname];
    const ancestors = location.ancestorOrigins;
    if (ancestors && ancestors.length > 0) {
      try {
        out.push(new URL(ancestors[ancestors.length - 1] as string).hostname);
      } catch {
        // An opaque ancestor: only our own host counts.
      }
    }
    return out.filter((h) => h !== '');
  }

  /** The site as the address bar shows it: the top frame's host. */
  function siteHost(): string {
    const h = hosts();
    return h[h.length - 1] ?? '';
  }

  function pausedHere(s: Settings): boolean {
    return hosts().some((h) => isSitePaused(s, h));
  }

  // ───────────────────────── talking to the extension ─────────────────────────

  let checkedAt = Number.NEGATIVE_INFINITY;
  /** Is the extension still there? Asked at most twice a second: typing should not pay for it. */
  function alive(fresh = false): boolean {
    const now = performance.now();
    if (!fresh && now - checkedAt < 500) return true;
    try {
      const ok = typeof browser.runtime.id === 'string' && browser.runtime.id !== '';
      if (ok) checkedAt = now;
      return ok;
    } catch {
      return false;
    }
  }

  function send(message: Message): void {
    try {
      browser.runtime.sendMessage(message).catch((error: unknown) => {
        if (isInvalidated(error)) host.invalidate();
      });
    } catch (error) {
      if (isInvalidated(error)) host.invalidate();
    }
  }

  function journal(counter: JournalCounter): void {
    send({ type: 'mastery:journal-event', counter });
  }

  function updateCount(): void {
    let count = 0;
    if (!paused) for (const s of sessions) count += s.marks.length;
    if (count === lastCount) return;
    lastCount = count;
    send({ type: 'mastery:findings-count', count });
  }

  // ───────────────────────── sessions ─────────────────────────

  function scopeOf(el: Element): Document | ShadowRoot {
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root : doc;
  }

  function clippersOf(el: Element): Element[] {
    const out: Element[] = [];
    for (let cur = parentOf(el); cur && cur !== doc.documentElement && cur !== doc.body; cur = parentOf(cur)) {
      const cs = getComputedStyle(cur);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push(cur);
    }
    return out;
  }

  function sessionFor(field: Field): Session {
    const existing = byElement.get(field.el);
    if (existing) return existing;
    const s: Session = {
      field,
      doc: field.el.ownerDocument,
      version: 0,
      value: '',
      marks: [],
      dismissed: new Set(),
      scanId: 0,
      scanning: null,
      timer: null,
      due: 0,
      pasted: false,
      composing: false,
      edits: [],
      mirror: null,
      palette: paletteFor(field.el),
      restyle: true,
      relayout: true,
      layoutGen: 0,
      clippers: clippersOf(field.el),
      drawn: [],
      resize: null,
      overlayOnly: false,
    };
    if (field.kind === 'plain') {
      s.mirror = new Mirror(field.el, overlay.mirrorContainer());
      if (typeof ResizeObserver === 'function') {
        s.resize = new ResizeObserver(() => {
          s.restyle = true;
          requestFrame();
        });
        s.resize.observe(field.el);
      }
    }
    sessions.add(s);
    byElement.set(field.el, s);
    return s;
  }

  function sessionAt(target: Element | null): Session | null {
    if (!target) return null;
    const direct = byElement.get(target);
    if (direct) return direct;
    const hostEl = editingHost(target);
    return hostEl ? (byElement.get(hostEl) ?? null) : null;
  }

  function dropSession(s: Session): void {
    if (s.timer) clearTimeout(s.timer);
    s.scanId++;
    s.marks = [];
    painter?.clear(s);
    overlay.forget(s);
    s.mirror?.dispose();
    s.resize?.disconnect();
    sessions.delete(s);
    byElement.delete(s.field.el);
    if (card?.session === s) closeCard();
  }

  function clearMarks(s: Session): void {
    s.marks = [];
    s.drawn = [];
    painter?.clear(s);
    overlay.draw(s, [], null);
  }

  // ───────────────────────── scanning ─────────────────────────

  /**
   * Scan `s` once `delay` ms have passed without another call. One timer per pause, not one per
   * keystroke: a keystroke only moves the due time, and the timer re-arms itself if it fires early.
   */
  function scheduleScan(s: Session, delay: number): void {
    const due = performance.now() + delay;
    if (s.timer && due >= s.due) {
      s.due = due;
      return;
    }
    if (s.timer) clearTimeout(s.timer);
    s.due = due;
    const fire = () => {
      const left = s.due - performance.now();
      if (left > 1) {
        s.timer = setTimeout(fire, left);
        return;
      }
      s.timer = null;
      void scan(s);
    };
    s.timer = setTimeout(fire, delay);
  }

  function scan(s: Session): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    if (paused || !s.field.el.isConnected) {
      if (!s.field.el.isConnected) dropSession(s);
      return Promise.resolve();
    }
    const run = runScan(s);
    s.scanning = run;
    return run.finally(() => {
      if (s.scanning === run) s.scanning = null;
    });
  }

  async function runScan(s: Session): Promise<void> {
    if (!alive(true)) {
      host.invalidate();
      return;
    }
    const id = ++s.scanId;
    const version = s.version;
    const field = s.field;
    let text: string;
    let map: TextMap | null = null;
    if (field.kind === 'plain') {
      s.value = field.el.value;
      s.edits = [];
      text = blankEmailText(s.value);
    } else {
      map = mapRich(field.el);
      text = map.text;
    }
    const slicer = createSlicer();
    const found = await scanText({
      text,
      detector,
      options: detectOptionsFrom(settings),
      slicer,
      cancelled: () => id !== s.scanId || signal.aborted,
    });
    if (!found || id !== s.scanId || signal.aborted || paused) return;
    // A rich field edited while we scanned: its text nodes moved; the scan that edit scheduled decides.
    if (field.kind === 'rich' && s.version !== version) return;

    const kept = found.filter((f) => !isPhraseIgnored(settings, text.slice(f.start, f.end)) && !s.dismissed.has(dismissKey(text, f)));
    const marks: Mark[] = [];
    if (field.kind === 'plain') {
      // Move the results across edits made while the scan ran; drop those an edit touched.
      for (const f of kept) {
        let moved: Finding | null = f;
        for (const e of s.edits) moved = moved && shiftFinding(moved, e);
        const phrase = text.slice(f.start, f.end);
        if (moved && s.value.slice(moved.start, moved.end) === phrase)
          marks.push({ finding: moved, phrase, range: null, boxes: [], measured: -1 });
      }
      s.edits = [];
      await buildMirror(s, id);
      if (id !== s.scanId || signal.aborted) return;
    } else if (map) {
      for (const f of kept) {
        const range = rangeFor(map, f.start, f.end, s.doc);
        if (range) marks.push({ finding: f, phrase: text.slice(f.start, f.end), range, boxes: [], measured: -1 });
        if (slicer.due()) {
          await slicer.pause();
          if (id !== s.scanId || signal.aborted || s.version !== version) return;
        }
      }
    }
    s.marks = marks;
    s.relayout = true;
    render(s);
    updateCount();
    ensureTick();
  }

  /** Bring a textarea's mirror up to date with its value, a slice at a time for long texts. */
  async function buildMirror(s: Session, id: number): Promise<void> {
    const mirror = s.mirror;
    if (!mirror) return;
    if (s.restyle) {
      mirror.syncStyle();
      s.restyle = false;
    }
    if (mirror.current() === s.value && mirror.isComplete()) return;
    mirror.setText(s.value, null);
    const slicer = createSlicer();
    while (!mirror.buildSome(MIRROR_SLICE_CHARS)) {
      if (slicer.due()) {
        await slicer.pause();
        if (id !== s.scanId || signal.aborted) return;
        // The field changed while building: start over with its latest value.
        if (mirror.current() !== s.value) mirror.setText(s.value, null);
      }
    }
  }

  // ───────────────────────── drawing ─────────────────────────

  function render(s: Session): void {
    if (s.field.kind === 'rich' && painter && !s.overlayOnly) {
      const ok = painter.set(
        s,
        s.marks.flatMap((m) => (m.range ? [{ range: m.range, severity: m.finding.severity, palette: s.palette }] : [])),
        scopeOf(s.field.el),
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
      for (const s of sessions) drawOverlay(s);
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
      dropSession(s);
      updateCount();
      return;
    }
    const el = s.field.el;
    if (s.field.kind === 'rich') {
      if (painter && !s.overlayOnly) return;
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
    if (s.field.el.value !== s.value) noticeEdit(s, null);
    if (s.restyle) {
      if (mirror.syncStyle()) s.relayout = true;
      s.restyle = false;
    }
    if (mirror.current() !== s.value) {
      // The mirror lags (being built, or an edit it could not follow): draw once it is rebuilt.
      if (s.marks.length > 0 && !s.scanning) scheduleScan(s, 0);
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

  /** Something changed the field: move or drop underlines now, rescan after the pause. */
  function noticeEdit(s: Session, event: InputEvent | null): void {
    s.version++;
    const el = s.field.el;
    if (s.field.kind === 'plain') {
      const value = (el as HTMLTextAreaElement).value;
      const caret = (el as HTMLTextAreaElement).selectionEnd ?? undefined;
      const edit = diffEdit(s.value, value, caret);
      if (edit) {
        if (s.scanning) s.edits.push(edit);
        const before = s.marks.length;
        const next: Mark[] = [];
        for (const m of s.marks) {
          // Before the edit: untouched. After it: shifted (the edit is exact, so the phrase is intact).
          const f = m.finding.end < edit.start ? m.finding : shiftFinding(m.finding, edit);
          if (f) {
            m.finding = f;
            next.push(m);
          }
        }
        s.marks = next;
        s.value = value;
        s.mirror?.setText(value, edit);
        s.relayout = true;
        if (next.length !== before) updateCount();
      }
      requestFrame();
    } else {
      if (s.marks.length === 0) return;
      const selection = s.doc.getSelection();
      const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const before = s.marks.length;
      s.marks = s.marks.filter((m) => {
        const r = m.range;
        if (!r || r.collapsed || r.toString() !== m.phrase) return false;
        if (caret && event && r.startContainer.isConnected) {
          try {
            if (r.isPointInRange(caret.startContainer, caret.startOffset)) return false;
          } catch {
            return false;
          }
        }
        return true;
      });
      if (s.marks.length !== before) {
        render(s);
        updateCount();
      } else if (!painter || s.overlayOnly) {
        requestFrame();
      }
    }
  }

  // ───────────────────────── card ─────────────────────────

  function currentSpan(s: Session, mark: Mark): { text: string; start: number; end: number } | null {
    if (s.field.kind === 'plain') {
      const text = s.field.el.value;
      const { start, end } = mark.finding;
      return text.slice(start, end) === mark.phrase ? { text, start, end } : null;
    }
    const r = mark.range;
    if (!r) return null;
    const map = mapRich(s.field.el);
    const start = offsetOf(map, r.startContainer, r.startOffset);
    const end = offsetOf(map, r.endContainer, r.endOffset);
    if (start === null || end === null || map.text.slice(start, end) !== mark.phrase) return null;
    return { text: map.text, start, end };
  }

  function anchorFor(s: Session, mark: Mark): DOMRect | null {
    if (mark.range) {
      const rects = mark.range.getClientRects();
      const first = rects[0];
      return first ? new DOMRect(first.left, first.top, first.width, first.height) : mark.range.getBoundingClientRect();
    }
    const d = s.drawn.find((x) => x.mark === mark)?.boxes[0];
    if (d) return new DOMRect(d.x, d.y, d.width, d.height);
    const r = s.field.el.getBoundingClientRect();
    return new DOMRect(r.left, r.top, r.width, Math.min(r.height, 24));
  }

  function focusedIn(s: Session): boolean {
    const active = s.doc.activeElement;
    if (!active) return false;
    let a: Element | null = active;
    // Walk into open shadow roots to the real focused element.
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === s.field.el || s.field.el.contains(a);
  }

  function captureCaret(s: Session): () => void {
    if (!focusedIn(s)) return () => undefined;
    const field = s.field;
    if (field.kind === 'plain') {
      const { selectionStart, selectionEnd, selectionDirection } = field.el;
      return () => {
        field.el.focus({ preventScroll: true });
        if (selectionStart !== null && selectionEnd !== null)
          field.el.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
      };
    }
    const selection = s.doc.getSelection();
    const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    return () => {
      field.el.focus({ preventScroll: true });
      const sel = s.doc.getSelection();
      if (saved && sel) {
        sel.removeAllRanges();
        sel.addRange(saved);
      }
    };
  }

  function closeCard(): void {
    if (!card) return;
    const c = card;
    card = null;
    c.handle.close();
  }

  function dropMark(s: Session, mark: Mark): void {
    s.marks = s.marks.filter((m) => m !== mark);
    render(s);
    updateCount();
  }

  async function openCardFor(s: Session, mark: Mark, by: OpenCard['by']): Promise<void> {
    if (card && card.mark === mark && card.handle.isOpen()) return;
    const span = currentSpan(s, mark);
    if (!span) {
      dropMark(s, mark);
      return;
    }
    const sentence = sentenceAround(span.text, span.start, span.end);
    const finding: Finding = { ...mark.finding, start: span.start, end: span.end, sentence };
    const result = reframe(span.text, finding);
    const stories = (r: typeof result) => r.rumbles.map(({ strategy, label, text }) => ({ strategy, label, text }));
    const model: CardModel = {
      phrase: mark.phrase,
      category: finding.category,
      severity: finding.severity,
      reckoning: result.reckoning,
      rumbles: stories(result),
      rewrite: result.rewrite,
      noRewriteReason: result.noRewriteReason,
    };
    const anchor = anchorFor(s, mark);
    if (!anchor) return;
    closeCard();
    const restore = captureCaret(s);
    const state: OpenCard = {
      handle: null as unknown as CardHandle,
      session: s,
      mark,
      by,
      restore,
      lastAction: null,
    };
    state.handle = openCard(
      model,
      anchor,
      {
        useRewrite: () => {
          state.lastAction = 'rewrite';
          if (result.rewrite === null) return;
          // The rewrite covers the whole thought: the flagged sentence and a harsh neighbour.
          const outcome = rewriteSpan(s.field, span.text, result.replaces.start, result.replaces.end, result.rewrite);
          if (outcome.ok) {
            journal('rewritesAccepted');
            dropMark(s, mark);
            noticeEdit(s, null);
            scheduleScan(s, 0);
          }
        },
        notNow: () => {
          state.lastAction = 'other';
          s.dismissed.add(dismissKey(span.text, finding));
          journal('dismissals');
          dropMark(s, mark);
        },
        ignorePhrase: () => {
          state.lastAction = 'other';
          const phrase = normalisePhrase(mark.phrase);
          journal('dismissals');
          for (const other of sessions) {
            const before = other.marks.length;
            other.marks = other.marks.filter((m) => normalisePhrase(m.phrase) !== phrase);
            if (other.marks.length !== before) render(other);
          }
          updateCount();
          void store
            .updateSettings((cur) =>
              cur.ignoredPhrases.includes(phrase) ? cur : { ...cur, ignoredPhrases: [...cur.ignoredPhrases, phrase] },
            )
            .catch(onStorageError);
        },
        moreStories: (round) => stories(reframe(span.text, finding, { seed: round })),
        pauseSite: () => {
          state.lastAction = 'other';
          const site = normaliseSite(siteHost());
          if (site === '') return;
          pauseNow();
          void store
            .updateSettings((cur) => (cur.pausedSites.includes(site) ? cur : { ...cur, pausedSites: [...cur.pausedSites, site] }))
            .catch(onStorageError);
        },
        onClose: (reason) => {
          if (card === state) card = null;
          if (reason === 'escape' || (reason === 'action' && state.lastAction !== 'rewrite')) state.restore();
        },
      },
      { focusFirst: by === 'keyboard', doc: s.doc },
    );
    card = state;
    journal('nudgesSeen');
  }

  function onStorageError(error: unknown): void {
    if (isInvalidated(error)) host.invalidate();
  }

  /** The mark under a viewport point, if any. */
  function markAt(x: number, y: number): { session: Session; mark: Mark } | null {
    for (const s of sessions) {
      if (s.marks.length === 0) continue;
      const fr = s.field.el.getBoundingClientRect();
      if (!rectContains(fr, x, y, 4)) continue;
      if (s.field.kind === 'rich' && painter && !s.overlayOnly) {
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

  /** The mark at (or nearest to) the caret in the focused field. */
  function markAtCaret(s: Session): Mark | null {
    if (s.marks.length === 0) return null;
    let caret: number | null = null;
    let text = '';
    if (s.field.kind === 'plain') {
      caret = s.field.el.selectionStart;
      text = s.field.el.value;
      const inside = s.marks.find((m) => caret !== null && m.finding.start <= caret && caret <= m.finding.end);
      if (inside) return inside;
    } else {
      const sel = s.doc.getSelection();
      if (sel && sel.rangeCount > 0) {
        const r = sel.getRangeAt(0);
        const inside = s.marks.find((m) => {
          try {
            return m.range?.isPointInRange(r.startContainer, r.startOffset) ?? false;
          } catch {
            return false;
          }
        });
        if (inside) return inside;
        const map = mapRich(s.field.el);
        caret = offsetOf(map, r.startContainer, r.startOffset);
        text = map.text;
      }
    }
    if (caret === null) return s.marks[0] ?? null;
    // Nearest by distance, preferring the caret's own sentence.
    const at = caret;
    const sentence = sentenceAround(text, at, at);
    let best: Mark | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const m of s.marks) {
      const pos = s.field.kind === 'plain' ? m.finding.start : currentSpan(s, m)?.start;
      if (pos === undefined) continue;
      const inSentence = pos >= sentence.start && pos <= sentence.end;
      const score = Math.abs(pos - at) - (inSentence ? 1e9 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = m;
      }
    }
    return best;
  }

  // ───────────────────────── events ─────────────────────────

  function onInput(event: Event): void {
    // The target itself is the field, unless the field is inside a shadow root.
    const target = event.target;
    const s = (target instanceof Element ? byElement.get(target) : undefined) ?? sessionAt(eventTarget(event));
    if (!s) return;
    if (!alive()) {
      host.invalidate();
      return;
    }
    noticeEdit(s, event instanceof InputEvent ? event : null);
    if ((event as InputEvent).isComposing || s.composing) return;
    const delay = s.pasted ? 0 : TYPING_PAUSE_MS;
    s.pasted = false;
    scheduleScan(s, delay);
  }

  function checkHover(): void {
    pointerFrame = 0;
    if (!pointer) return;
    const overCard = card !== null && pointer.target !== null && card.handle.contains(pointer.target);
    const hit = overCard ? null : markAt(pointer.x, pointer.y);
    if (card && card.by === 'hover') {
      const overMark = hit !== null && hit.mark === card.mark;
      if (overCard || overMark) {
        if (leaveTimer) clearTimeout(leaveTimer);
        leaveTimer = null;
      } else if (!leaveTimer) {
        leaveTimer = setTimeout(() => {
          leaveTimer = null;
          if (card && card.by === 'hover') closeCard();
        }, HOVER_LEAVE_MS);
      }
    }
    if (hit?.mark === hover?.mark) return;
    hover = hit;
    if (hoverTimer) clearTimeout(hoverTimer);
    hoverTimer = null;
    if (!hit || (card && card.mark === hit.mark)) return;
    hoverTimer = setTimeout(() => {
      hoverTimer = null;
      if (hover && hover.mark === hit.mark && hit.session.marks.includes(hit.mark)) void openCardFor(hit.session, hit.mark, 'hover');
    }, HOVER_MS);
  }

  function ensureTick(): void {
    if (tick !== null) return;
    tick = setInterval(() => {
      if (signal.aborted) return;
      let any = false;
      for (const s of sessions) {
        if (!s.field.el.isConnected) {
          dropSession(s);
          continue;
        }
        if (s.marks.length === 0) continue;
        any = true;
        if (s.field.kind === 'plain') {
          if (s.field.el.value !== s.value) {
            noticeEdit(s, null);
            scheduleScan(s, TYPING_PAUSE_MS);
          }
        } else if (s.marks.some((m) => !m.range || m.range.collapsed || m.range.toString() !== m.phrase)) {
          noticeEdit(s, null);
          scheduleScan(s, TYPING_PAUSE_MS);
        }
      }
      updateCount();
      // Layout may have moved a field without a scroll or resize (content above it grew).
      if (any) requestFrame();
      if (!any && tick !== null) {
        clearInterval(tick);
        tick = null;
      }
    }, TICK_MS);
  }

  function onPaste(e: Event): void {
    const s = sessionAt(eventTarget(e));
    if (s) s.pasted = true;
  }

  function onCompositionStart(e: Event): void {
    const s = sessionAt(eventTarget(e));
    if (s) s.composing = true;
  }

  function onCompositionEnd(e: Event): void {
    const s = sessionAt(eventTarget(e));
    if (!s) return;
    s.composing = false;
    scheduleScan(s, TYPING_PAUSE_MS);
  }

  function onScroll(): void {
    requestFrame();
  }

  function onResize(): void {
    for (const s of sessions) s.restyle = true;
    requestFrame();
  }

  function onPointerMove(e: PointerEvent): void {
    pointer = { x: e.clientX, y: e.clientY, target: eventTarget(e) };
    if (!pointerFrame) pointerFrame = win.requestAnimationFrame(checkHover);
  }

  function onClick(e: MouseEvent): void {
    if (e.button !== 0 || card?.handle.contains(eventTarget(e) as Node)) return;
    const hit = markAt(e.clientX, e.clientY);
    if (!hit) return;
    if (hoverTimer) clearTimeout(hoverTimer);
    hoverTimer = null;
    void openCardFor(hit.session, hit.mark, 'click');
  }

  /** Alt+Shift+R: the card for the phrase at the caret, focus in the card. */
  function onKeyDown(e: KeyboardEvent): void {
    if (!(e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR') || e.isComposing) return;
    const field = fieldFor(eventTarget(e));
    if (!field) return;
    const s = byElement.get(field.el);
    if (!s) return;
    e.preventDefault();
    void (async () => {
      if (s.timer) {
        clearTimeout(s.timer);
        s.timer = null;
        await scan(s);
      } else if (s.scanning) {
        await s.scanning;
      }
      const mark = markAtCaret(s);
      if (mark) await openCardFor(s, mark, 'keyboard');
    })();
  }

  /** Listen on the document (again, after document.open() dropped every listener). */
  function bind(): void {
    const passive = { capture: true, passive: true, signal };
    doc.addEventListener('input', onInput, passive);
    doc.addEventListener('paste', onPaste, passive);
    doc.addEventListener('compositionstart', onCompositionStart, passive);
    doc.addEventListener('compositionend', onCompositionEnd, passive);
    doc.addEventListener('scroll', onScroll, passive);
    doc.addEventListener('pointermove', onPointerMove, passive);
    doc.addEventListener('click', onClick, passive);
    // Not passive: the hotkey must not type anything.
    doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
    win.addEventListener('resize', onResize, { passive: true, signal });
  }
  bind();

  // ───────────────────────── settings ─────────────────────────

  function pauseNow(): void {
    paused = true;
    closeCard();
    for (const s of sessions) {
      if (s.timer) clearTimeout(s.timer);
      s.scanId++;
      clearMarks(s);
    }
    updateCount();
  }

  function applySettings(next: Settings): void {
    settings = next;
    const key = next.customPhrases.join('\n');
    if (key !== customKey) {
      customKey = key;
      detector = buildDetector(next);
    }
    const wasPaused = paused;
    paused = pausedHere(next);
    if (paused) {
      if (!wasPaused) pauseNow();
      return;
    }
    // Through a timer: continuing straight from a storage event, yields between slices could inherit its low priority.
    for (const s of sessions) scheduleScan(s, 0);
  }

  try {
    stopWatching = store.watchSettings(applySettings);
  } catch (error) {
    if (isInvalidated(error)) host.invalidate();
  }

  signal.addEventListener('abort', () => {
    try {
      stopWatching?.();
    } catch {
      // The extension is already gone.
    }
    if (tick !== null) clearInterval(tick);
    if (attachTimer !== null) clearTimeout(attachTimer);
    if (hoverTimer) clearTimeout(hoverTimer);
    if (leaveTimer) clearTimeout(leaveTimer);
    if (frame) win.cancelAnimationFrame(frame);
    if (pointerFrame) win.cancelAnimationFrame(pointerFrame);
    closeCard();
    for (const s of [...sessions]) dropSession(s);
    painter?.dispose();
    overlay.dispose();
  });

  let pendingAttach: Field | null = null;
  let attachTimer: ReturnType<typeof setTimeout> | null = null;

  function attachNow(): void {
    attachTimer = null;
    const field = pendingAttach;
    pendingAttach = null;
    if (!field || signal.aborted) return;
    if (!alive(true)) {
      host.invalidate();
      return;
    }
    const s = sessionFor(field);
    s.palette = paletteFor(field.el);
    s.restyle = true;
    if (paused) return;
    // On focus: scan now (sliced), unless a scan is already under way.
    if (!s.scanning) scheduleScan(s, 0);
  }

  return {
    rebind: bind,
    attach(field) {
      if (signal.aborted) return;
      // Out of the focus event: a click on a field is busy enough for the browser already.
      pendingAttach = field;
      if (attachTimer === null) attachTimer = setTimeout(attachNow, 0);
    },
  };
}
