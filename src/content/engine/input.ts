/**
 * What happens when someone types, pastes, scrolls, moves the pointer or presses the card's
 * shortcut: the page's events, heard once on the document (capture, passive), and the browser's
 * command, routed to the scan loop, the renderer and the card. Also the slow tick that notices changes made without any event while marks are shown.
 */
import { isPageOpenCardKey } from '../../shared/shortcuts';
import { eventTarget, fieldFor } from '../fields';
import type { Bridge } from './bridge';
import type { CardController } from './card-controller';
import type { EngineClient } from './engine-client';
import type { Mark, Registry, Session } from './registry';
import type { Renderer } from './render';
import { TYPING_PAUSE_MS, type ScanLoop } from './scan-loop';

/** Pointer rest on an underline before its card opens. */
export const HOVER_MS = 300;
/** A hover-opened card closes this long after the pointer left both the phrase and the card. */
const HOVER_LEAVE_MS = 700;
/** While underlines are shown, how often to notice changes made without input events. */
const TICK_MS = 1000;

export interface InputRouterDeps {
  doc: Document;
  win: Window & typeof globalThis;
  signal: AbortSignal;
  registry: Registry;
  renderer: Renderer;
  scans: ScanLoop;
  cards: CardController;
  engine: Pick<EngineClient, 'wake'>;
  bridge: Pick<Bridge, 'alive'>;
  /** The extension is gone: shut down. */
  invalidate(): void;
  /** The number of open marks may have changed. */
  countChanged(): void;
  /** True while the browser has no keys on the "open the card" command: the page listens for Alt+Shift+R. */
  pageKeysOpenCard(): boolean;
}

export interface InputRouter {
  /** Listen on the document (again, after document.open() dropped every listener). */
  bind(): void;
  /** The "open the card" command arrived: open the card for the phrase at the caret of the focused field. */
  openAtCaret(): void;
  /** Start the tick, if it is not running. */
  ensureTick(): void;
  dispose(): void;
}

export function createInputRouter(deps: InputRouterDeps): InputRouter {
  const { doc, win, signal, registry, renderer, scans, cards } = deps;
  let tick: ReturnType<typeof setInterval> | null = null;
  let hover: { session: Session; mark: Mark } | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | null = null;
  let leaveTimer: ReturnType<typeof setTimeout> | null = null;
  let pointer: { x: number; y: number; target: Element | null } | null = null;
  let pointerFrame = 0;

  function onInput(event: Event): void {
    // The target itself is the field, unless the field is inside a shadow root.
    const target = event.target;
    const s = (target instanceof Element ? registry.of(target) : undefined) ?? registry.at(eventTarget(event));
    if (!s) return;
    if (!deps.bridge.alive()) {
      deps.invalidate();
      return;
    }
    s.lastEditAt = performance.now();
    scans.noticeEdit(s, event instanceof InputEvent ? event : null);
    // The background engine may have gone to sleep since the last pause: wake it while the writer types.
    deps.engine.wake();
    if ((event as InputEvent).isComposing || s.composing) return;
    const delay = s.pasted ? 0 : TYPING_PAUSE_MS;
    s.pasted = false;
    scans.schedule(s, delay);
  }

  function checkHover(): void {
    pointerFrame = 0;
    if (!pointer) return;
    const card = cards.current();
    const overCard = card !== null && pointer.target !== null && card.handle.contains(pointer.target);
    const hit = overCard ? null : renderer.markAt(pointer.x, pointer.y);
    if (card && card.by === 'hover') {
      const overMark = hit !== null && hit.mark === card.mark;
      if (overCard || overMark) {
        if (leaveTimer) clearTimeout(leaveTimer);
        leaveTimer = null;
      } else if (!leaveTimer) {
        leaveTimer = setTimeout(() => {
          leaveTimer = null;
          if (cards.current()?.by === 'hover') cards.close();
        }, HOVER_LEAVE_MS);
      }
    }
    if (hit?.mark === hover?.mark) return;
    hover = hit;
    if (hoverTimer) clearTimeout(hoverTimer);
    hoverTimer = null;
    if (!hit || (card && card.mark === hit.mark)) return;
    // Ask for the card's words now: they arrive while the pointer rests.
    cards.prefetch(hit.session, hit.mark);
    hoverTimer = setTimeout(() => {
      hoverTimer = null;
      if (hover && hover.mark === hit.mark && hit.session.marks.includes(hit.mark)) void cards.open(hit.session, hit.mark, 'hover');
    }, HOVER_MS);
  }

  function ensureTick(): void {
    if (tick !== null) return;
    tick = setInterval(() => {
      if (signal.aborted) return;
      let any = false;
      for (const s of registry.sessions) {
        if (!s.field.el.isConnected) {
          registry.drop(s);
          continue;
        }
        if (s.marks.length === 0) continue;
        any = true;
        if (s.field.kind === 'plain') {
          if (s.field.el.value !== s.value) {
            scans.noticeEdit(s, null);
            scans.schedule(s, TYPING_PAUSE_MS);
          }
        } else if (s.marks.some((m) => !m.range || m.range.collapsed || m.range.toString() !== m.phrase)) {
          scans.noticeEdit(s, null);
          scans.schedule(s, TYPING_PAUSE_MS);
        }
      }
      deps.countChanged();
      // (Layout that moves without an event is the renderer's to notice: it has a tick of its own.)
      if (!any && tick !== null) {
        clearInterval(tick);
        tick = null;
      }
    }, TICK_MS);
  }

  function onPaste(e: Event): void {
    const s = registry.at(eventTarget(e));
    if (s) s.pasted = true;
  }

  function onCompositionStart(e: Event): void {
    const s = registry.at(eventTarget(e));
    if (s) s.composing = true;
  }

  function onCompositionEnd(e: Event): void {
    const s = registry.at(eventTarget(e));
    if (!s) return;
    s.composing = false;
    scans.schedule(s, TYPING_PAUSE_MS);
  }

  function onScroll(): void {
    renderer.requestFrame();
  }

  function onResize(): void {
    for (const s of registry.sessions) s.restyle = true;
    renderer.requestFrame();
  }

  function onPointerMove(e: PointerEvent): void {
    pointer = { x: e.clientX, y: e.clientY, target: eventTarget(e) };
    if (!pointerFrame) pointerFrame = win.requestAnimationFrame(checkHover);
  }

  function onClick(e: MouseEvent): void {
    if (e.button !== 0 || cards.current()?.handle.contains(eventTarget(e) as Node)) return;
    const hit = renderer.markAt(e.clientX, e.clientY);
    if (!hit) return;
    if (hoverTimer) clearTimeout(hoverTimer);
    hoverTimer = null;
    // The pointer is on this phrase already: the hover check that may still be waiting for its frame
    // must not start a hover of its own, or a card closed quickly (Esc) would open again by itself.
    hover = hit;
    void cards.open(hit.session, hit.mark, 'click');
  }

  /**
   * The browser's "open the card" command, forwarded by the service worker to every frame: the card
   * for the phrase at the caret, focus in the card. Only the frame whose document has focus, in a
   * field, acts; the others find no focused field.
   */
  function openAtCaret(): void {
    if (!doc.hasFocus()) return;
    let active = doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const field = fieldFor(active);
    if (field) openFor(field.el);
  }

  /** Alt+Shift+R while the browser has no keys on the command (see src/shared/shortcuts.ts). */
  function onKeyDown(e: KeyboardEvent): void {
    if (!isPageOpenCardKey(e) || e.isComposing || !deps.pageKeysOpenCard()) return;
    const field = fieldFor(eventTarget(e));
    if (!field || !registry.of(field.el)) return;
    e.preventDefault();
    openFor(field.el);
  }

  function openFor(el: Element): void {
    const s = registry.of(el);
    if (!s) return;
    void (async () => {
      if (s.timer) {
        clearTimeout(s.timer);
        s.timer = null;
        await scans.scan(s);
      } else if (s.scanning) {
        await s.scanning;
      }
      let mark = cards.markAtCaret(s);
      if (!mark && s.marks.length === 0) {
        // The marks were all left behind by a redraw no input event told us of (an editor's undo): look again.
        await scans.scan(s);
        mark = cards.markAtCaret(s);
      }
      if (mark) await cards.open(s, mark, 'keyboard');
    })();
  }

  function bind(): void {
    const passive = { capture: true, passive: true, signal };
    doc.addEventListener('input', onInput, passive);
    doc.addEventListener('paste', onPaste, passive);
    doc.addEventListener('compositionstart', onCompositionStart, passive);
    doc.addEventListener('compositionend', onCompositionEnd, passive);
    doc.addEventListener('scroll', onScroll, passive);
    doc.addEventListener('pointermove', onPointerMove, passive);
    doc.addEventListener('click', onClick, passive);
    // Not passive: the keys must not type anything.
    doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
    win.addEventListener('resize', onResize, { passive: true, signal });
  }

  return {
    bind,
    openAtCaret,
    ensureTick,
    dispose() {
      if (tick !== null) clearInterval(tick);
      tick = null;
      if (hoverTimer) clearTimeout(hoverTimer);
      if (leaveTimer) clearTimeout(leaveTimer);
      if (pointerFrame) win.cancelAnimationFrame(pointerFrame);
    },
  };
}
