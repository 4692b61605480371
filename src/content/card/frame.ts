/**
 * Where to draw the card for a field inside a frame too small to hold it (TinyMCE's 260 px editor
 * iframe, say): in the page around the frame, next to the phrase. Same-origin frames only: their
 * content script can reach the parent document. A cross-origin frame's card stays in the frame,
 * where placeCard keeps it inside the frame's viewport (it scrolls).
 */
import type { Box } from './position';
import { MARGIN, MAX_HEIGHT } from './position';

/**
 * The card's width (card.css) and its full height, with its margins: a frame that cannot hold the whole
 * card hands it up, so a small editor frame never squeezes it.
 */
const NEEDS = { width: 340 + 2 * MARGIN, height: MAX_HEIGHT + 2 * MARGIN };

export interface CardPlace {
  doc: Document;
  /** The phrase's rectangle in `doc`'s viewport. */
  anchor: Box & { right: number };
}

function roomy(win: Window): boolean {
  return win.innerWidth >= NEEDS.width && win.innerHeight >= NEEDS.height;
}

/** The parent's element for the frame `win` is shown in, if the parent is reachable (same origin). */
function frameElementOf(win: Window): Element | null {
  try {
    const frame = win.frameElement;
    return frame?.ownerDocument.defaultView ? frame : null;
  } catch {
    return null;
  }
}

/**
 * The document to draw the card in, and the phrase's rectangle there: the field's own document,
 * unless its frame is too small for the card and the page around it can be reached.
 */
export function cardPlace(doc: Document, anchor: Box & { right: number }): CardPlace {
  let place: CardPlace = { doc, anchor };
  for (let win = doc.defaultView; win && !roomy(win); ) {
    const frame = frameElementOf(win);
    const parent = frame?.ownerDocument.defaultView;
    if (!frame || !parent) break;
    // The frame's viewport starts inside its border and padding.
    const r = frame.getBoundingClientRect();
    const style = parent.getComputedStyle(frame);
    const dx = r.left + frame.clientLeft + (Number.parseFloat(style.paddingLeft) || 0);
    const dy = r.top + frame.clientTop + (Number.parseFloat(style.paddingTop) || 0);
    const a = place.anchor;
    place = {
      doc: frame.ownerDocument,
      anchor: { left: a.left + dx, right: a.right + dx, top: a.top + dy, bottom: a.bottom + dy },
    };
    win = parent;
  }
  return place;
}
