/**
 * Where the nudge card goes: below the flagged phrase, above it when there is no room below, and
 * beside it when neither side has room enough to be useful. It never covers the line being written:
 * below and above keep clear of the phrase's line, and beside keeps clear of the phrase. Always inside
 * the viewport. Pure arithmetic so it can be tested without a layout engine.
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
  /** The phrase's right edge; without it the phrase is taken as a point at `left`. */
  right?: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The height the card may use where it is; its story scrolls inside it, its actions stay in view. */
  maxHeight: number;
  side: 'below' | 'above' | 'left' | 'right';
}

/** Space between the phrase and the card. */
export const GAP = 6;
/** The card never comes closer than this to a viewport edge. */
export const MARGIN = 8;
/** The card is never taller than this: on a laptop screen it leaves the writing in view. */
export const MAX_HEIGHT = 360;
/**
 * The least height worth showing the card at above or below the line: its header, a line of the story and
 * its actions. With less than this on both sides, the card goes beside the phrase.
 */
export const MIN_USEFUL_HEIGHT = 200;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * @param anchor the phrase's rectangle in viewport coordinates
 * @param card the card's natural size (before any max-height from here)
 * @param viewport the visible area's size
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const height = Math.min(card.height, MAX_HEIGHT, viewport.height - 2 * MARGIN);
  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const alignedLeft = clamp(anchor.left, MARGIN, Math.max(MARGIN, viewport.width - MARGIN - card.width));

  // Below is where the eye already is; above when it fits only there; else the roomier side, if it is enough.
  let side: Placement['side'] | null = null;
  if (height <= roomBelow) side = 'below';
  else if (height <= roomAbove) side = 'above';
  else if (Math.max(roomBelow, roomAbove) >= MIN_USEFUL_HEIGHT) side = roomBelow >= roomAbove ? 'below' : 'above';
  if (side === 'below' || side === 'above') {
    const room = side === 'below' ? roomBelow : roomAbove;
    const maxHeight = Math.min(room, height);
    const preferred = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - maxHeight;
    // A phrase scrolled out of view still gets a card inside the viewport.
    const top = clamp(preferred, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - maxHeight));
    return { top: Math.round(top), left: Math.round(alignedLeft), maxHeight: Math.floor(maxHeight), side };
  }

  // Too little room above and below the line (a short window, a phrase near the middle): beside the phrase,
  // before it if there is room (what was already written), else after it.
  const right = anchor.right ?? anchor.left;
  const roomLeft = anchor.left - GAP - MARGIN;
  const roomRight = viewport.width - MARGIN - (right + GAP);
  const top = Math.round(clamp(anchor.top - height / 2, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - height)));
  if (roomLeft >= card.width) return { top, left: Math.round(anchor.left - GAP - card.width), maxHeight: Math.floor(height), side: 'left' };
  if (roomRight >= card.width) return { top, left: Math.round(right + GAP), maxHeight: Math.floor(height), side: 'right' };

  // Nowhere clear of the phrase (a tiny window): the roomier side, as tall as the viewport allows.
  const below = roomBelow >= roomAbove;
  const maxHeight = Math.max(below ? roomBelow : roomAbove, Math.min(MIN_USEFUL_HEIGHT, viewport.height - 2 * MARGIN));
  const shown = Math.min(height, maxHeight);
  const preferred = below ? anchor.bottom + GAP : anchor.top - GAP - shown;
  return {
    top: Math.round(clamp(preferred, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - shown))),
    left: Math.round(alignedLeft),
    maxHeight: Math.floor(maxHeight),
    side: below ? 'below' : 'above',
  };
}
