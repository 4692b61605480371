// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { Mirror } from '../../src/content/mirror';
import { diffEdit } from '../../src/content/spans';

function mirrorText(m: Mirror): string {
  return Array.from(m.box.children)
    .map((d) => d.textContent ?? '')
    .join('\n');
}

describe('Mirror: one block per line, following edits line by line', () => {
  test('builds a long text in slices', () => {
    document.body.innerHTML = '<textarea></textarea><div id="c"></div>';
    const m = new Mirror(document.querySelector('textarea') as HTMLTextAreaElement, document.getElementById('c') as HTMLElement);
    const text = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? '' : `Line ${i} of a long note.`)).join('\n');
    m.setText(text, null);
    let slices = 1;
    while (!m.buildSome(1000)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(m.isComplete()).toBe(true);
    expect(mirrorText(m)).toBe(text);
    // Empty lines hold a <br> so they keep their height.
    expect(m.box.children[0]?.querySelector('br')).not.toBeNull();
  });

  test('every kind of edit leaves the mirror equal to the text, touching only the lines it must', () => {
    document.body.innerHTML = '<textarea></textarea><div id="c"></div>';
    const m = new Mirror(document.querySelector('textarea') as HTMLTextAreaElement, document.getElementById('c') as HTMLElement);
    let text = 'First line.\nSecond line, I suck.\n\nFourth.';
    m.setText(text, null);
    m.buildSome();
    const untouched = m.box.children[3];
    const steps = [
      (t: string) => t.replace('I suck', 'I am learning'), // inside one line
      (t: string) => t.replace('Second line, ', 'Second\nline, '), // a new line
      (t: string) => t.replace('First line.\nSecond', 'First Second'), // join two lines
      (t: string) => `${t}\nA last line.`, // append
      (t: string) => `Top.\n${t}`, // prepend
      (t: string) => t.replace('\n\n', '\n'), // remove an empty line
      () => '', // delete everything
      () => 'Fresh start.',
    ];
    for (const [i, step] of steps.entries()) {
      const next = step(text);
      m.setText(next, diffEdit(text, next));
      m.buildSome();
      text = next;
      expect(mirrorText(m), `after step ${i}`).toBe(text);
      expect(m.current()).toBe(text);
      if (i === 0) expect(m.box.children[3]).toBe(untouched);
    }
  });
});
