// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { EVERYTHING, RichText } from '../../src/content/rich-text';
import { mapElement, offsetOf, rangeFor } from '../../src/content/text-map';
import { rng } from '../support/random';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed') as HTMLElement;
}

const text = (el: HTMLElement) => mapElement(el).text;

describe('RichText: a rich field’s text, kept up to date from its edits', () => {
  test('maps like mapElement, quoted replies and reply history blanked', () => {
    const ed = editor(
      '<div>Hi <b>Sam</b>,</div><div>I suck at this.</div><div><br></div><blockquote>I am an idiot.</blockquote><div id="appendonsend"></div><div>Old mail.</div>',
    );
    const rich = new RichText(ed, false);
    expect(rich.map().text).toBe(text(ed));
    rich.dispose();
  });

  test('an edit re-reads only the block it touched, and says which', () => {
    const ed = editor('<div>One.</div><div>Two.</div><div>Three.</div>');
    const rich = new RichText(ed, false);
    rich.map();
    rich.takeChanges();
    const second = ed.children[1] as HTMLElement;
    (second.firstChild as Text).data = 'Two, I suck.';
    const changed = rich.takeChanges();
    expect(changed).not.toBe(EVERYTHING);
    expect(changed !== EVERYTHING && [...changed]).toEqual([second]);
    expect(rich.map().text).toBe('One.\nTwo, I suck.\nThree.\n');
    rich.dispose();
  });

  test('knows which lines are unscanned: all at first, then only what changed since', () => {
    const ed = editor('<div>One.</div><div>Two.</div><div>Three.</div>');
    const rich = new RichText(ed, false);
    const first = rich.unscannedSpans();
    expect(first.spans).toEqual([{ start: 0, end: rich.map().text.length }]);
    rich.scanned(first.upTo);
    expect(rich.unscannedSpans().spans).toEqual([]);
    (ed.children[2]?.firstChild as Text).data = 'Three, I suck.';
    const { spans, upTo } = rich.unscannedSpans();
    const t = rich.map().text;
    expect(spans.map((s) => t.slice(s.start, s.end).trim())).toEqual(['Three, I suck.']);
    // An edit after the scan started stays unscanned.
    (ed.children[0]?.firstChild as Text).data = 'One more.';
    rich.scanned(upTo);
    expect(rich.unscannedSpans().spans.map((s) => rich.map().text.slice(s.start, s.end).trim())).toEqual(['One more.']);
    rich.dispose();
  });

  test('a new paragraph, a removed one, and text typed straight into the root', () => {
    const ed = editor('<div>One.</div><div>Two.</div>');
    const rich = new RichText(ed, false);
    rich.scanned(rich.unscannedSpans().upTo);
    const added = document.createElement('div');
    added.textContent = 'New, I am an idiot.';
    ed.insertBefore(added, ed.children[1] ?? null);
    expect(rich.takeChanges()).toBe(EVERYTHING);
    expect(rich.map().text).toBe(text(ed));
    ed.children[0]?.remove();
    ed.append('loose text');
    expect(rich.map().text).toBe(text(ed));
    const spans = rich.unscannedSpans().spans.map((s) => rich.map().text.slice(s.start, s.end));
    expect(spans.join('|')).toContain('New, I am an idiot.');
    rich.dispose();
  });

  test('after any mix of edits, the map equals a full walk, and Ranges map back', async () => {
    const ed = editor('<div>Start.</div>');
    const rich = new RichText(ed, false);
    const next = rng(11);
    const words = ['I', 'suck', 'at', 'this.', 'Fine', 'all', 'good.', 'idiot'];
    for (let step = 0; step < 300; step++) {
      const blocks = Array.from(ed.children);
      const pick = blocks[Math.floor(next() * blocks.length)];
      const roll = next();
      if (roll < 0.35 && pick?.firstChild) (pick.firstChild as Text).data += ` ${words[Math.floor(next() * words.length)]}`;
      else if (roll < 0.55) {
        const div = document.createElement('div');
        div.innerHTML = next() < 0.5 ? `<b>${words[step % words.length]}</b> more` : '<br>';
        ed.insertBefore(div, pick?.nextSibling ?? null);
      } else if (roll < 0.65 && blocks.length > 1) pick?.remove();
      else if (roll < 0.75 && pick) pick.className = next() < 0.5 ? 'gmail_quote' : '';
      else if (roll < 0.85) ed.append(` ${words[step % words.length]}`);
      else if (pick?.firstChild) pick.firstChild.remove();
      if (step % 7 === 0) await Promise.resolve();
      const map = rich.map();
      expect(map.text).toBe(text(ed));
      const full = mapElement(ed);
      expect(map.nodes).toEqual(full.nodes);
      expect(map.starts).toEqual(full.starts);
    }
    const map = rich.map();
    const at = map.text.lastIndexOf('more');
    if (at >= 0) {
      const range = rangeFor(map, at, at + 4);
      expect(range?.toString()).toBe('more');
      expect(offsetOf(map, range!.startContainer, range!.startOffset)).toBe(at);
    }
    rich.dispose();
  });
});
