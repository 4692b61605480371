/**
 * Rectangle arithmetic for drawing underlines: merging a phrase's client rects into one box per
 * line, clipping, and mapping viewport coordinates into a layer placed (and maybe scaled) somewhere
 * in the page. Pure functions of numbers, so they are tested without a layout engine.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a layer's own (0, 0) is on screen, and how much its ancestors' transforms scale it. */
export interface LayerFrame {
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
}

/**
 * One box per line of a phrase. A Range's client rects hold one rect per text run and one per
 * element it fully contains (`<b>I</b> suck` gives the `<b>`, "I" and " suck"); those on one line
 * become one box. Rects thinner than half a pixel (line ends, empty elements) are dropped.
 */
export function lineBoxes(rects: ArrayLike<{ left: number; top: number; width: number; height: number }>): Rect[] {
  const sorted: Rect[] = [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (!r || r.width < 0.5 || r.height < 0.5) continue;
    sorted.push({ x: r.left, y: r.top, width: r.width, height: r.height });
  }
  sorted.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Rect[] = [];
  for (const r of sorted) {
    const line = lines.find((l) => sameLine(l, r));
    if (!line) {
      lines.push({ ...r });
      continue;
    }
    const right = Math.max(line.x + line.width, r.x + r.width);
    const bottom = Math.max(line.y + line.height, r.y + r.height);
    line.x = Math.min(line.x, r.x);
    line.y = Math.min(line.y, r.y);
    line.width = right - line.x;
    line.height = bottom - line.y;
  }
  return lines;
}

/** Two boxes are on one line when they share at least half the shorter one's height. */
function sameLine(a: Rect, b: Rect): boolean {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap >= Math.min(a.height, b.height) / 2;
}

/** The part of `a` inside `b`, or null when they do not meet. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** A viewport rectangle in the layer's own coordinates. */
export function toLayer(r: Rect, frame: LayerFrame): Rect {
  return {
    x: (r.x - frame.x) / frame.scaleX,
    y: (r.y - frame.y) / frame.scaleY,
    width: r.width / frame.scaleX,
    height: r.height / frame.scaleY,
  };
}

export function contains(r: Rect, x: number, y: number, slack = 0): boolean {
  return x >= r.x - slack && x <= r.x + r.width + slack && y >= r.y - slack && y <= r.y + r.height + slack;
}

/** Equal to within a hundredth of a pixel: layout gives fractions that jitter in the last bits. */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.01;
}
