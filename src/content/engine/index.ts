/**
 * The engine: everything the content script needs once someone starts writing. It is built as one
 * self-contained ES module and loaded by the tiny content entry on the first focus of an eligible
 * field, so pages where nobody types never load it.
 *
 * `startEngine` wires the parts, each with one job and explicit inputs:
 *   bridge.ts          the only user of browser.runtime (liveness, badge count, journal)
 *   settings-watch.ts  settings and "paused here", followed live
 *   registry.ts        one session per watched field: text, marks, scan state
 *   scan-loop.ts       typing pause → read the text → findings → marks; edits move marks
 *   render.ts          the underlines, in a layer beside the field; which mark is under the pointer
 *   card-controller.ts the card and its buttons (rewrite, not now, ignore, pause)
 *   input.ts           the page's events routed to the parts above
 *
 * It runs in the content script's isolated world. Every listener takes the entry's AbortSignal;
 * when the extension goes away (reloaded, updated, removed) everything it added to the page goes too.
 */
import type { Browser } from 'webextension-polyfill';
import { createStore } from '../../shared/storage';
import type { Field } from '../fields';
import { paletteFor } from '../paint';
import { createBridge } from './bridge';
import { createCardController } from './card-controller';
import { createInputRouter } from './input';
import { createLocalDetection } from './local-detection';
import { createRegistry } from './registry';
import { createRenderer, type Renderer } from './render';
import { createScanLoop } from './scan-loop';
import { frameHosts, watchSettings } from './settings-watch';

export { TYPING_PAUSE_MS } from './scan-loop';
export { HOVER_MS } from './input';

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

export async function startEngine(host: EngineHost): Promise<Engine> {
  const { browser, signal } = host;
  const win = window;
  const doc = document;
  const store = createStore(browser.storage);
  const bridge = createBridge({ runtime: browser.runtime, invalidate: host.invalidate });
  const watch = await watchSettings(store, frameHosts(location), bridge.failed);
  const detection = createLocalDetection(watch.settings);
  // Compile the match nets and warm the parser now, in a task of its own after the module's
  // evaluation, not on the first real scan. A timer, not scheduler.yield(): continuing from the
  // storage reply, a yield can inherit a low priority and wait seconds on a busy page.
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  detection.warm();

  const countChanged = () => bridge.reportCount(watch.paused ? 0 : registry.markCount());
  const registry = createRegistry({
    doc,
    mirrorContainer: (field) => renderer.mirrorContainer(field),
    resized: () => renderer.requestFrame(),
  });
  const renderer: Renderer = createRenderer({
    win,
    registry,
    signal,
    hooks: {
      valueChanged: (s) => scans.noticeEdit(s, null),
      mirrorLags: (s) => scans.schedule(s, 0),
      fieldGone: countChanged,
      paused: () => watch.paused,
      holds: (s) => cards.current()?.session === s,
    },
  });
  const scans = createScanLoop({
    signal,
    registry,
    renderer,
    source: detection,
    watch,
    bridge,
    invalidate: host.invalidate,
    countChanged,
    marksShown: () => input.ensureTick(),
  });
  const cards = createCardController({
    registry,
    renderer,
    scans,
    reframes: detection,
    watch,
    store,
    bridge,
    pauseHere,
    countChanged,
  });
  const input = createInputRouter({
    doc,
    win,
    signal,
    registry,
    renderer,
    scans,
    cards,
    bridge,
    invalidate: host.invalidate,
    countChanged,
  });
  input.bind();

  /** Paused on this site: no card, no scans, no marks. */
  function pauseHere(): void {
    watch.pauseNow();
    cards.close();
    for (const s of registry.sessions) {
      scans.cancel(s);
      s.marks = [];
      renderer.clear(s);
    }
    countChanged();
  }

  watch.start({
    paused: pauseHere,
    changed(next) {
      detection.update(next);
      // Through a timer: continuing straight from a storage event, yields between slices could inherit its low priority.
      for (const s of registry.sessions) scans.schedule(s, 0);
    },
  });

  let pendingAttach: Field | null = null;
  let attachTimer: ReturnType<typeof setTimeout> | null = null;

  signal.addEventListener('abort', () => {
    watch.stop();
    if (attachTimer !== null) clearTimeout(attachTimer);
    input.dispose();
    cards.close();
    for (const s of [...registry.sessions]) registry.drop(s);
    renderer.dispose();
  });

  function attachNow(): void {
    attachTimer = null;
    const field = pendingAttach;
    pendingAttach = null;
    if (!field || signal.aborted) return;
    if (!bridge.alive(true)) {
      host.invalidate();
      return;
    }
    const s = registry.open(field);
    s.palette = paletteFor(field.el);
    s.restyle = true;
    if (watch.paused) return;
    renderer.activate(s);
    // On focus: scan now (sliced), unless a scan is already under way.
    if (!s.scanning) scans.schedule(s, 0);
  }

  return {
    rebind: input.bind,
    attach(field) {
      if (signal.aborted) return;
      // Out of the focus event: a click on a field is busy enough for the browser already.
      pendingAttach = field;
      if (attachTimer === null) attachTimer = setTimeout(attachNow, 0);
    },
  };
}
