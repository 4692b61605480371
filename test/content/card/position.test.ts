import { describe, expect, test } from 'vitest';
import { GAP, MARGIN, MIN_USEFUL_HEIGHT, placeCard } from '../../../src/content/card/position';

const viewport = { width: 1200, height: 800 };
const card = { width: 340, height: 420 };
const phrase = (top: number, left = 100, height = 20) => ({ top, bottom: top + height, left });

describe('placeCard', () => {
  test('goes below the phrase, aligned with its start, when there is room', () => {
    expect(placeCard(phrase(100), card, viewport)).toEqual({
      top: 120 + GAP,
      left: 100,
      maxHeight: 800 - MARGIN - 120 - GAP,
      side: 'below',
    });
  });

  test('flips above when it fits only there', () => {
    const p = placeCard(phrase(600), card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(600 - GAP);
  });

  test('when it fits neither side, takes the roomier one and scrolls inside it', () => {
    const short = { width: 1200, height: 600 };
    const above = placeCard(phrase(380), card, short);
    expect(above).toMatchObject({ side: 'above', top: MARGIN, maxHeight: 380 - GAP - MARGIN });
    const below = placeCard(phrase(150), card, short);
    expect(below).toMatchObject({ side: 'below', top: 170 + GAP, maxHeight: 600 - MARGIN - 170 - GAP });
  });

  test('prefers below, even when above is roomier, if below has enough to be useful', () => {
    const tall = { width: 1200, height: 1000 };
    const p = placeCard(phrase(560), { width: 340, height: 600 }, tall);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_USEFUL_HEIGHT);
  });

  test('covers the phrase rather than shrinking to nothing in a short viewport', () => {
    const tiny = { width: 800, height: 400 };
    const p = placeCard(phrase(190), card, tiny);
    expect(p.maxHeight).toBe(MIN_USEFUL_HEIGHT);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(400 - MARGIN);
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
