import { describe, expect, test } from 'vitest';
import { contains, intersect, lineBoxes, toLayer } from '../../src/content/geometry';

const r = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('lineBoxes: one box per line of a phrase', () => {
  test('text runs and the elements a Range fully contains merge into one box on their line', () => {
    // "<b>I</b> suck": the <b>, its text, and the text after it.
    expect(lineBoxes([r(10, 20, 6, 17), r(10, 20, 6, 17), r(16, 20, 30, 17)])).toEqual([{ x: 10, y: 20, width: 36, height: 17 }]);
  });

  test('a phrase wrapped over two lines gives two boxes, top first', () => {
    expect(lineBoxes([r(10, 41, 50, 17), r(300, 20, 80, 17)])).toEqual([
      { x: 300, y: 20, width: 80, height: 17 },
      { x: 10, y: 41, width: 50, height: 17 },
    ]);
  });

  test('a taller run on the line (a bigger font) joins it; line ends and empty elements are dropped', () => {
    expect(lineBoxes([r(0, 20, 40, 17), r(40, 16, 30, 22), r(70, 20, 0, 17), r(80, 20, 10, 0)])).toEqual([
      { x: 0, y: 16, width: 70, height: 22 },
    ]);
  });
});

describe('clipping and layer coordinates', () => {
  test('intersect', () => {
    expect(intersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toEqual({
      x: 5,
      y: 5,
      width: 5,
      height: 5,
    });
    expect(intersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).toBeNull();
  });

  test('a layer under a scaled, moved ancestor: viewport boxes map into its own units', () => {
    const frame = { x: 100, y: 50, scaleX: 0.5, scaleY: 2 };
    expect(toLayer({ x: 110, y: 70, width: 20, height: 10 }, frame)).toEqual({ x: 20, y: 10, width: 40, height: 5 });
  });

  test('contains, with slack', () => {
    const box = { x: 0, y: 0, width: 10, height: 4 };
    expect(contains(box, 10, 4)).toBe(true);
    expect(contains(box, 11, 2)).toBe(false);
    expect(contains(box, 11, 2, 1)).toBe(true);
  });
});
