import { describe, expect, test } from 'vitest';
import { GAP, MARGIN, MAX_HEIGHT, MIN_USEFUL_HEIGHT, placeCard } from '../../../src/content/card/position';

const viewport = { width: 1200, height: 800 };
const card = { width: 340, height: 320 };
const phrase = (top: number, left = 100, height = 20, width = 120) => ({ top, bottom: top + height, left, right: left + width });

/** Does the card, placed at `p`, cover the phrase's line? */
const coversLine = (p: { top: number; left: number; maxHeight: number }, line: { top: number; bottom: number }, height: number) =>
  p.top < line.bottom && p.top + Math.min(height, p.maxHeight) > line.top;

describe('placeCard', () => {
  test('goes below the phrase, aligned with its start, when there is room', () => {
    expect(placeCard(phrase(100), card, viewport)).toEqual({ top: 120 + GAP, left: 100, maxHeight: 320, side: 'below' });
  });

  test('is never taller than 360 px', () => {
    const p = placeCard(phrase(100), { width: 340, height: 600 }, viewport);
    expect(p.maxHeight).toBe(MAX_HEIGHT);
  });

  test('flips above when it fits only there, ending just above the line', () => {
    const p = placeCard(phrase(600), card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(600 - GAP);
  });

  test('on a 1366×768 window, never covers the line being written, wherever the line is', () => {
    const window = { width: 1366, height: 768 - 130 };
    for (let top = 20; top < window.height - 20; top += 17) {
      const line = phrase(top, 400);
      const p = placeCard(line, { width: 340, height: 340 }, window);
      expect(coversLine(p, line, 340), `line at ${top}: ${JSON.stringify(p)}`).toBe(false);
      expect(p.top).toBeGreaterThanOrEqual(MARGIN);
      expect(p.top + Math.min(340, p.maxHeight)).toBeLessThanOrEqual(window.height - MARGIN);
      expect(Math.min(340, p.maxHeight)).toBeGreaterThanOrEqual(MIN_USEFUL_HEIGHT);
    }
  });

  test('takes the roomier side and scrolls inside it when neither side has the whole card', () => {
    const short = { width: 1200, height: 600 };
    const above = placeCard(phrase(330), card, short);
    expect(above).toMatchObject({ side: 'above', top: MARGIN, maxHeight: 330 - GAP - MARGIN });
    const below = placeCard(phrase(260), card, short);
    expect(below).toMatchObject({ side: 'below', top: 280 + GAP, maxHeight: 600 - MARGIN - 280 - GAP });
  });

  test('goes beside the phrase when neither side has room enough to be useful', () => {
    const tiny = { width: 1200, height: 380 };
    const before = placeCard(phrase(180, 700), card, tiny);
    expect(before.side).toBe('left');
    expect(before.left + card.width).toBeLessThanOrEqual(700 - GAP);
    const after = placeCard(phrase(180, 100), card, tiny);
    expect(after.side).toBe('right');
    expect(after.left).toBeGreaterThanOrEqual(220 + GAP);
  });

  test('never leaves the viewport horizontally', () => {
    expect(placeCard(phrase(100, 1100), card, viewport).left).toBe(1200 - MARGIN - 340);
    expect(placeCard(phrase(100, -50), card, viewport).left).toBe(MARGIN);
    // Narrower than the card: pinned to the left margin (CSS caps the card's width).
    expect(placeCard(phrase(100, 100), card, { width: 300, height: 800 }).left).toBe(MARGIN);
  });

  test('a phrase scrolled out of view still gives a card inside the viewport', () => {
    for (const top of [-500, 2000]) {
      const p = placeCard(phrase(top), card, viewport);
      expect(p.top).toBeGreaterThanOrEqual(MARGIN);
      expect(p.top + Math.min(card.height, p.maxHeight)).toBeLessThanOrEqual(viewport.height - MARGIN);
    }
  });
});
