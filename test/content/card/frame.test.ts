import { describe, expect, test } from 'vitest';
import { cardPlace } from '../../../src/content/card/frame';

/** Just enough of a window and its frame element for cardPlace: sizes, a box, borders, padding. */
interface FakeWindow {
  innerWidth: number;
  innerHeight: number;
  frameElement: unknown;
  getComputedStyle(el: unknown): { paddingLeft: string; paddingTop: string };
}

function page(width: number, height: number): { win: FakeWindow; doc: Document } {
  const win: FakeWindow = {
    innerWidth: width,
    innerHeight: height,
    frameElement: null,
    getComputedStyle: () => ({ paddingLeft: '2px', paddingTop: '3px' }),
  };
  const doc = { defaultView: win } as unknown as Document;
  return { win, doc };
}

/** A frame of `width`×`height` at (`left`, `top`) in `parent`, with a 1 px border. */
function frame(parent: { doc: Document }, left: number, top: number, width: number, height: number, crossOrigin = false) {
  const inner = page(width, height);
  const element = {
    ownerDocument: parent.doc,
    clientLeft: 1,
    clientTop: 1,
    getBoundingClientRect: () => ({ left, top, right: left + width, bottom: top + height }),
  };
  if (crossOrigin) {
    Object.defineProperty(inner.win, 'frameElement', { get: () => null });
  } else inner.win.frameElement = element;
  return inner;
}

const PHRASE = { left: 20, right: 90, top: 40, bottom: 58 };

describe('cardPlace', () => {
  test('a roomy document keeps its card', () => {
    const top = page(1200, 800);
    expect(cardPlace(top.doc, PHRASE)).toEqual({ doc: top.doc, anchor: PHRASE });
  });

  test('a frame too short for the card (TinyMCE’s 260 px) hands it to the page around it, at the phrase', () => {
    const top = page(1200, 800);
    const editor = frame(top, 100, 150, 640, 208);
    const place = cardPlace(editor.doc, PHRASE);
    expect(place.doc).toBe(top.doc);
    // Frame box + border (1) + padding (2 left, 3 top).
    expect(place.anchor).toEqual({ left: 123, right: 193, top: 194, bottom: 212 });
  });

  test('a frame too narrow hands it up as well; a roomy frame inside a page does not', () => {
    const top = page(1200, 800);
    expect(cardPlace(frame(top, 0, 0, 300, 600).doc, PHRASE).doc).toBe(top.doc);
    const roomy = frame(top, 0, 0, 800, 600);
    expect(cardPlace(roomy.doc, PHRASE).doc).toBe(roomy.doc);
  });

  test('climbs through nested small frames, adding up their offsets', () => {
    const top = page(1200, 800);
    const outer = frame(top, 10, 20, 500, 250);
    const inner = frame(outer, 30, 40, 400, 150);
    const place = cardPlace(inner.doc, PHRASE);
    expect(place.doc).toBe(top.doc);
    expect(place.anchor.left).toBe(20 + 30 + 3 + 10 + 3);
    expect(place.anchor.top).toBe(40 + 40 + 4 + 20 + 4);
  });

  test('a cross-origin frame keeps its card (its parent cannot be reached from inside)', () => {
    const top = page(1200, 800);
    const editor = frame(top, 100, 150, 640, 208, true);
    expect(cardPlace(editor.doc, PHRASE).doc).toBe(editor.doc);
  });
});
