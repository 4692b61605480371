// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { createDetector } from '../../src/core/detect';
import { blankEmailText, mapElement, offsetOf, rangeFor } from '../../src/content/text-map';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed') as HTMLElement;
}

describe('mapElement', () => {
  test('joins a phrase split across formatting, and maps it back to one Range', () => {
    const ed = editor('Sorry all. <b>I</b> suck at this.');
    const map = mapElement(ed);
    expect(map.text).toBe('Sorry all. I suck at this.');
    const start = map.text.indexOf('I suck');
    const range = rangeFor(map, start, start + 'I suck'.length);
    expect(range?.toString()).toBe('I suck');
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
  });

  test('the detector finds the split phrase and its span maps back to the DOM', () => {
    const ed = editor('<div>Hi team,</div><div><b>I</b> <i>screwed</i> up the numbers.</div>');
    const map = mapElement(ed);
    const findings = createDetector().detect(map.text);
    expect(findings.length).toBeGreaterThan(0);
    const f = findings[0]!;
    expect(rangeFor(map, f.start, f.end)?.toString()).toBe(map.text.slice(f.start, f.end));
  });

  test('<br> is a line break', () => {
    const ed = editor('First line<br>I suck<br><br>Last');
    expect(mapElement(ed).text).toBe('First line\nI suck\n\nLast');
  });

  test('block boundaries are line breaks, without doubling them', () => {
    const ed = editor('<div>One</div><div>Two<br></div><div><br></div><p>Three</p><ul><li>a</li><li>b</li></ul>');
    expect(mapElement(ed).text).toBe('One\nTwo\n\nThree\na\nb\n');
  });

  test('source formatting white space is a space unless the editor preserves lines', () => {
    const ed = editor('I\n   suck');
    expect(mapElement(ed).text).toBe('I    suck');
    expect(mapElement(ed, { preserveLines: true }).text).toBe('I\n   suck');
  });

  test('offsets map one-to-one to text node positions', () => {
    const ed = editor('<div>ab<b>cd</b></div><div>ef</div>');
    const map = mapElement(ed);
    expect(map.text).toBe('abcd\nef\n');
    const cd = ed.querySelector('b')?.firstChild as Text;
    expect(offsetOf(map, cd, 1)).toBe(3);
    const ef = ed.lastChild?.firstChild as Text;
    expect(offsetOf(map, ef, 0)).toBe(5);
    // An element position: before the second block.
    expect(offsetOf(map, ed, 1)).toBe(5);
    // After the last child.
    expect(offsetOf(map, ed, 2)).toBe(7);
  });

  test('a Range never starts at the end of a node or ends at the start of the next', () => {
    const ed = editor('<div>I screwed up</div><div>I suck</div>');
    const map = mapElement(ed);
    const start = map.text.indexOf('I suck');
    const r = rangeFor(map, start, start + 6);
    expect(r?.startContainer.textContent).toBe('I suck');
    expect(r?.startOffset).toBe(0);
    const r2 = rangeFor(map, 0, 'I screwed up'.length);
    expect(r2?.endContainer.textContent).toBe('I screwed up');
    expect(r2?.toString()).toBe('I screwed up');
  });

  test('scripts, styles and templates are not text', () => {
    const ed = editor('Hi<style>.x{}</style><script>var a</script><template>t</template> there');
    expect(mapElement(ed).text).toBe('Hi there');
  });
});

describe('quoted history and signatures become blanks of the same length', () => {
  test('Gmail: .gmail_quote and blockquote', () => {
    const ed = editor(
      '<div>Thanks, I suck at dates.</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:</div>' +
        '<blockquote class="gmail_quote">I screwed this up. I am such an idiot.</blockquote></div>',
    );
    const map = mapElement(ed);
    const raw = ed.textContent ?? '';
    expect(map.text).toContain('Thanks, I suck at dates.');
    expect(map.text).not.toContain('idiot');
    expect(map.text).not.toContain('Sam wrote');
    // Same length: every text node keeps its offsets, only its characters are blanked.
    const total = map.nodes.reduce((n, t) => n + t.length, 0);
    expect(total).toBe(raw.length);
    const quote = ed.querySelector('blockquote')?.firstChild as Text;
    const i = map.nodes.indexOf(quote);
    expect(map.text.slice(map.starts[i], map.starts[i]! + quote.length)).toBe(' '.repeat(quote.length));
  });

  test('[type=cite] and a Gmail signature', () => {
    const ed = editor('<div>Hello</div><div class="gmail_signature">I am an idiot, signed</div><div type="cite">I suck</div>');
    const text = mapElement(ed).text;
    expect(text.trim()).toBe('Hello');
  });

  test('Outlook: everything from the reply marker on', () => {
    const ed = editor(
      '<div>I messed up, sorry.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Sam</div><div>I suck at this</div>',
    );
    const text = mapElement(ed).text;
    expect(text).toContain('I messed up, sorry.');
    expect(text).not.toContain('From');
    expect(text).not.toContain('suck');
  });

  test('plain text: lines starting with > and everything after "-- "', () => {
    const text = 'I am an idiot.\n> I suck\n  > quoted too\nok\n-- \nSam, the idiot\n';
    const out = blankEmailText(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n')).toEqual(['I am an idiot.', ' '.repeat(8), ' '.repeat(14), 'ok', ' '.repeat(3), ' '.repeat(14), '']);
  });

  test('a signature delimiter typed into a rich editor (with a no-break space)', () => {
    const ed = editor('<div>Body text</div><div>--\u00a0</div><div>I suck at signatures</div>');
    expect(mapElement(ed).text).not.toContain('suck');
  });

  test('text without quotes or delimiters is returned unchanged', () => {
    const text = 'a > b, and x -- y';
    expect(blankEmailText(text)).toBe(text);
  });
});
