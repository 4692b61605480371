import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/core/types';
import { diffEdit, extendDirty, shiftFinding, shiftFindings, shiftSpan, unionSpan } from '../../src/content/spans';

function finding(text: string, phrase: string, sentence: string): Finding {
  const s = text.indexOf(sentence);
  const start = text.indexOf(phrase, s);
  return {
    ruleId: 'shame.test',
    category: 'shame',
    frame: 'label',
    severity: 'strong',
    start,
    end: start + phrase.length,
    sentence: { start: s, end: s + sentence.length },
    message: '',
  };
}

describe('diffEdit', () => {
  test('equal texts: no edit', () => {
    expect(diffEdit('abc', 'abc')).toBeNull();
  });

  test('typing, deleting and replacing, with and without a caret hint', () => {
    expect(diffEdit('I suck.', 'Oh, I suck.')).toEqual({ start: 0, removed: 0, inserted: 4 });
    expect(diffEdit('I suck.', 'Oh, I suck.', 4)).toEqual({ start: 0, removed: 0, inserted: 4 });
    expect(diffEdit('I suck. Bye', 'I suck. ye', 8)).toEqual({ start: 8, removed: 1, inserted: 0 });
    expect(diffEdit('I suck. Bye', 'I suck. ye')).toEqual({ start: 8, removed: 1, inserted: 0 });
    expect(diffEdit('the cat sat', 'the dog sat')).toEqual({ start: 4, removed: 3, inserted: 3 });
  });

  test('a wrong caret hint falls back to comparing the texts', () => {
    expect(diffEdit('abcdef', 'abXcdef', 6)).toEqual({ start: 2, removed: 0, inserted: 1 });
  });

  test('repeated characters resolve to one consistent edit', () => {
    const e = diffEdit('aaaa', 'aaaaa');
    expect(e).not.toBeNull();
    const { start, removed, inserted } = e!;
    expect('aaaa'.slice(0, start) + 'a'.repeat(inserted) + 'aaaa'.slice(start + removed)).toBe('aaaaa');
  });

  test('on a megabyte, the caret hint places the edit itself, without comparing the texts', () => {
    const big = 'I made a mistake and fixed it. '.repeat(35_000);
    // Type a second "I" before the "I" at `at`. Comparing the texts character by character would put
    // the insertion one later, after the run of equal letters; only the caret says where it was typed.
    const at = big.indexOf('I', 500_000);
    const after = `${big.slice(0, at)}I${big.slice(at)}`;
    expect(diffEdit(big, after, at + 1)).toEqual({ start: at, removed: 0, inserted: 1 });
    expect(diffEdit(big, after)).toEqual({ start: at + 1, removed: 0, inserted: 1 });
    // Deleting that "I" again with Backspace: the caret, not the comparison, says which one went.
    expect(diffEdit(after, big, at)).toEqual({ start: at, removed: 1, inserted: 0 });
    // (How fast this is: diff_edit_1mb_ms in npm run bench.)
  });
});

describe('shiftFinding across an edit', () => {
  const text = 'Hi Sam. I screwed this up. I suck. Bye.';
  const suck = finding(text, 'I suck', 'I suck.');

  test('an edit before the phrase moves it and its sentence', () => {
    const moved = shiftFinding(suck, { start: 0, removed: 0, inserted: 4 });
    expect(moved).toMatchObject({
      start: suck.start + 4,
      end: suck.end + 4,
      sentence: { start: suck.sentence.start + 4, end: suck.sentence.end + 4 },
    });
  });

  test('an edit after the sentence leaves it alone', () => {
    expect(shiftFinding(suck, { start: text.indexOf('Bye'), removed: 3, inserted: 0 })).toEqual(suck);
  });

  test('an edit inside the sentence but after the phrase only stretches the sentence', () => {
    const moved = shiftFinding(suck, { start: suck.end + 1, removed: 0, inserted: 5 });
    expect(moved).toMatchObject({ start: suck.start, end: suck.end, sentence: { start: suck.sentence.start, end: suck.sentence.end + 5 } });
  });

  test('an edit that touches the phrase, or types right against it, drops it', () => {
    expect(shiftFinding(suck, { start: suck.start + 2, removed: 1, inserted: 1 })).toBeNull();
    expect(shiftFinding(suck, { start: suck.end, removed: 0, inserted: 1 })).toBeNull();
    expect(shiftFinding(suck, { start: suck.start, removed: 0, inserted: 1 })).toBeNull();
    expect(shiftFinding(suck, { start: 0, removed: text.length, inserted: 0 })).toBeNull();
  });

  test('several findings: those after move, the touched one goes, the one before stays', () => {
    const screwed = finding(text, 'I screwed this up', 'I screwed this up.');
    const edit = { start: screwed.start + 2, removed: 7, inserted: 6 }; // "screwed" → "messed"
    const out = shiftFindings([screwed, suck], edit);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ start: suck.start - 1, end: suck.end - 1 });
    const after = `${text.slice(0, edit.start)}messed${text.slice(edit.start + edit.removed)}`;
    expect(after.slice(out[0]!.start, out[0]!.end)).toBe('I suck');
  });
});

describe('what is left to scan, across edits', () => {
  test('a span moves with edits before it, stays before edits after it, and shrinks where text was removed', () => {
    const span = { start: 10, end: 20 };
    expect(shiftSpan(span, { start: 0, removed: 0, inserted: 5 })).toEqual({ start: 15, end: 25 });
    expect(shiftSpan(span, { start: 30, removed: 4, inserted: 0 })).toEqual(span);
    expect(shiftSpan(span, { start: 15, removed: 10, inserted: 2 })).toEqual({ start: 10, end: 17 });
    expect(shiftSpan(span, { start: 5, removed: 20, inserted: 0 })).toEqual({ start: 5, end: 5 });
  });

  test('the stretch to scan grows with each edit, in the new text’s offsets', () => {
    let dirty = extendDirty(null, { start: 40, removed: 0, inserted: 1 });
    expect(dirty).toEqual({ start: 40, end: 41 });
    dirty = extendDirty(dirty, { start: 41, removed: 0, inserted: 1 });
    expect(dirty).toEqual({ start: 40, end: 42 });
    // Text pasted before it moves it along and joins it.
    dirty = extendDirty(dirty, { start: 5, removed: 0, inserted: 10 });
    expect(dirty).toEqual({ start: 5, end: 52 });
    // A deletion is a point to look at again.
    expect(extendDirty(null, { start: 7, removed: 3, inserted: 0 })).toEqual({ start: 7, end: 7 });
    expect(unionSpan(null, null)).toBeNull();
  });
});
