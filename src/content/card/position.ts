/**
 * Where the nudge card goes: below the flagged phrase, above it when there is no room below,
 * always inside the viewport. Pure arithmetic so it can be tested without a layout engine.
 */

export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The height the card may use on the chosen side; the card scrolls inside it. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space between the phrase and the card. */
export const GAP = 6;
/** The card never comes closer than this to a viewport edge. */
export const MARGIN = 8;
/**
 * The least height worth showing the card at: header, a line of the story, the rewrite and its
 * buttons. Where neither side of the phrase has this much, the card covers the phrase instead
 * (the card quotes it anyway).
 */
export const MIN_USEFUL_HEIGHT = 300;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * @param anchor the phrase's rectangle in viewport coordinates
 * @param card the card's natural size (before any max-height from here)
 * @param viewport the visible area's size
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const fitsBelow = card.height <= roomBelow;
  const fitsAbove = card.height <= roomAbove;
  // Below is where the eye already is; go above only when it fits there and not below,
  // or when neither fits and above is the roomier side.
  const side: Placement['side'] =
    fitsBelow || (!fitsAbove && (roomBelow >= roomAbove || roomBelow >= MIN_USEFUL_HEIGHT)) ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  const viewportRoom = viewport.height - 2 * MARGIN;
  // A short viewport, or a phrase scrolled (nearly) out of view, leaves too little room on either
  // side: then the card may cover the phrase rather than shrink to nothing.
  const maxHeight = Math.max(Math.min(room, viewportRoom), Math.min(MIN_USEFUL_HEIGHT, viewportRoom));
  const height = Math.min(card.height, maxHeight);
  const preferredTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const top = clamp(preferredTop, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - height));
  const left = clamp(anchor.left, MARGIN, Math.max(MARGIN, viewport.width - MARGIN - card.width));
  return { top: Math.round(top), left: Math.round(left), maxHeight: Math.floor(maxHeight), side };
}
