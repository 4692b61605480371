// @vitest-environment happy-dom
/**
 * The input router's pointer rules, with the card controller and renderer replaced by recorders:
 * which card opens, and how, when the pointer moves over an underline and clicks it.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CardController, OpenCard, OpenedBy } from '../../../src/content/engine/card-controller';
import { createInputRouter, HOVER_MS } from '../../../src/content/engine/input';
import type { Mark, Registry, Session } from '../../../src/content/engine/registry';
import type { Renderer } from '../../../src/content/engine/render';
import type { ScanLoop } from '../../../src/content/engine/scan-loop';

const mark = { phrase: 'I am a total failure' } as Mark;
const session = { marks: [mark] } as unknown as Session;

interface Harness {
  opened: OpenedBy[];
  /** Runs the animation frames requested so far. */
  frame(): void;
  /** The card the user sees, as the controller would report it. */
  setCard(card: OpenCard | null): void;
  dispose(): void;
}

function harness(): Harness {
  const frames: FrameRequestCallback[] = [];
  let card: OpenCard | null = null;
  const opened: OpenedBy[] = [];
  const controller = new AbortController();
  const cards: CardController = {
    open: async (_s, m, by) => {
      opened.push(by);
      card = {
        handle: { close() {}, isOpen: () => true, contains: () => false, reposition() {} },
        session,
        mark: m,
        by,
        restore() {},
        lastAction: null,
      };
    },
    prefetch: () => undefined,
    close: () => {
      card = null;
    },
    current: () => card,
    markAtCaret: () => null,
  };
  // Over the underline everywhere: the test moves only over the phrase.
  const renderer = { markAt: () => ({ session, mark }), requestFrame: () => undefined } as unknown as Renderer;
  const win = Object.assign(Object.create(window) as Window & typeof globalThis, {
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn),
    cancelAnimationFrame: () => undefined,
    addEventListener: () => undefined,
  });
  const router = createInputRouter({
    doc: document,
    win,
    signal: controller.signal,
    registry: { sessions: new Set<Session>() } as unknown as Registry,
    renderer,
    scans: {} as ScanLoop,
    cards,
    engine: { wake: () => undefined },
    bridge: { alive: () => true },
    invalidate: () => undefined,
    countChanged: () => undefined,
    pageKeysOpenCard: () => false,
  });
  router.bind();
  return {
    opened,
    frame: () => {
      for (const fn of frames.splice(0)) fn(0);
    },
    setCard: (next) => {
      card = next;
    },
    dispose: () => {
      router.dispose();
      controller.abort();
    },
  };
}

const move = () => document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
const click = () => document.body.dispatchEvent(new MouseEvent('click', { clientX: 10, clientY: 10, button: 0, bubbles: true }));

let h: Harness;
beforeEach(() => {
  vi.useFakeTimers();
  h = harness();
});
afterEach(() => {
  h.dispose();
  vi.useRealTimers();
});

describe('the pointer on an underline', () => {
  test('resting opens the card by hover', () => {
    move();
    h.frame();
    vi.advanceTimersByTime(HOVER_MS);
    expect(h.opened).toEqual(['hover']);
  });

  test('a click opens it by click; a card then closed with Esc does not open again by itself', () => {
    // The pointer arrives and clicks before the next frame, as a quick click does.
    move();
    click();
    expect(h.opened).toEqual(['click']);
    h.setCard(null); // Esc
    h.frame();
    move();
    h.frame();
    vi.advanceTimersByTime(HOVER_MS * 3);
    expect(h.opened).toEqual(['click']);
  });
});
