/**
 * The engine's page side: everything the content script needs once someone starts writing, except
 * the detector and the reframer, which run once per browser in the extension's background (see
 * src/background/engine-host.ts). It is loaded by the tiny content entry on the first focus of an
 * eligible field, so pages where nobody types never load it.
 *
 * `startEngine` wires the parts, each with one job and explicit inputs:
 *   bridge.ts          the only user of browser.runtime (liveness, badge count, journal, requests)
 *   engine-client.ts   the background engine as this frame sees it: prefilter, epoch, cached results
 *   settings-watch.ts  settings and "paused here", followed live
 *   registry.ts        one session per watched field: text, marks, scan state
 *   scan-loop.ts       typing pause → what changed → candidate sentences → findings → marks; edits move marks
 *   render.ts          the underlines, in a layer beside the field; which mark is under the pointer
 *   card-controller.ts the card and its buttons (rewrite, not now, ignore, pause)
 *   input.ts           the page's events routed to the parts above
 *
 * It runs in the content script's isolated world. Every listener takes the entry's AbortSignal;
 * when the extension goes away (reloaded, updated, removed) everything it added to the page goes too.
 */
import { openCardKeys } from '../../shared/shortcuts';
import { createStore, type StorageAreas } from '../../shared/storage';
import type { Field } from '../fields';
import { paletteFor } from '../paint';
import { preservesLines } from '../text-map';
import { createBridge, type RuntimeLike } from './bridge';
import { createCardController } from './card-controller';
import { createEngineClient } from './engine-client';
import { createInputRouter } from './input';
import { createRegistry } from './registry';
import { createRenderer, type Renderer } from './render';
import { createScanLoop, TYPING_PAUSE_MS } from './scan-loop';
import { frameHosts, watchSettings } from './settings-watch';

export { TYPING_PAUSE_MS } from './scan-loop';
export { HOVER_MS } from './input';

/** What the engine uses of the extension API (the entry passes webextension-polyfill's `browser`). */
export interface EngineBrowser {
  runtime: RuntimeLike;
  storage: StorageAreas;
}

export interface EngineHost {
  browser: EngineBrowser;
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
  /** The "open the card" command: the card for the phrase at the caret, if this frame has focus in a field. */
  openAtCaret(): void;
}

export async function startEngine(host: EngineHost): Promise<Engine> {
  const { browser, signal } = host;
  const win = window;
  const doc = document;
  const bridge = createBridge({ runtime: browser.runtime, invalidate: host.invalidate });
  const engine = createEngineClient({ bridge });
  // Wake the background engine now, while the settings load: it has its detector ready sooner.
  void engine.prefilter();
  const store = createStore(browser.storage);
  const watch = await watchSettings(store, frameHosts(location), bridge.failed);

  const countChanged = () => bridge.reportCount(watch.paused ? 0 : registry.markCount());
  const registry = createRegistry({
    doc,
    mirrorContainer: (field) => renderer.mirrorContainer(field),
    resized: () => renderer.requestFrame(),
    changedQuietly: (s) => scans.schedule(s, TYPING_PAUSE_MS),
  });
  const renderer: Renderer = createRenderer({
    win,
    registry,
    signal,
    hooks: {
      valueChanged: (s) => {
        // Changed by a script, without an input event: follow it now, look at it after a pause.
        scans.noticeEdit(s, null);
        scans.schedule(s, TYPING_PAUSE_MS);
      },
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
    engine,
    watch,
    bridge,
    invalidate: host.invalidate,
    countChanged,
    marksShown: () => input.ensureTick(),
  });
  // The keys on the "open the card" command, asked once per page ('' while unknown or unbound: the
  // page then listens for Alt+Shift+R itself). Keys changed in the browser apply from the next page on.
  let boundKeys = '';
  void bridge.openCardKeys().then((keys) => {
    boundKeys = keys;
  });
  const cards = createCardController({
    registry,
    renderer,
    scans,
    engine,
    watch,
    store,
    bridge,
    pauseHere,
    countChanged,
    openCardKeys: () => openCardKeys(boundKeys),
  });
  const input = createInputRouter({
    doc,
    win,
    signal,
    registry,
    renderer,
    scans,
    cards,
    engine,
    bridge,
    invalidate: host.invalidate,
    countChanged,
    pageKeysOpenCard: () => boundKeys === '',
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

  /** Look at every field again (settings changed what is found or what is shown). */
  function rescanAll(): void {
    if (watch.paused) return;
    for (const s of registry.sessions) {
      scans.rescanAll(s);
      // Through a timer: continuing straight from a storage event, yields between slices could inherit its low priority.
      scans.schedule(s, 0);
    }
  }

  engine.onEpochChange(rescanAll);
  watch.start({
    paused: pauseHere,
    changed() {
      // The engine re-reads the settings first; if what it finds changed, its new epoch rescans too.
      void engine.refresh().then(rescanAll);
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
    s.rich?.setPreserveLines(preservesLines(field.el));
    if (watch.paused) return;
    renderer.activate(s);
    // On focus: scan what is new since the last look (everything, the first time), sliced.
    if (!s.scanning) scans.schedule(s, 0);
  }

  return {
    rebind: input.bind,
    openAtCaret: input.openAtCaret,
    attach(field) {
      if (signal.aborted) return;
      // Out of the focus event: a click on a field is busy enough for the browser already.
      pendingAttach = field;
      if (attachTimer === null) attachTimer = setTimeout(attachNow, 0);
    },
  };
}
