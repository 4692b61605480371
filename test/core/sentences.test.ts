import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/core/sentences';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on end punctuation followed by space, and on line breaks', () => {
    expect(texts('I screwed this up. I suck.')).toEqual(['I screwed this up.', 'I suck.']);
    expect(texts('Hi Ana,\n\nWhat is wrong with me?! It broke…  Again')).toEqual([
      'Hi Ana,',
      'What is wrong with me?!',
      'It broke…',
      'Again',
    ]);
  });

  it('keeps closing quotes with their sentence and decimals inside', () => {
    expect(texts("Mark said, 'I suck at golf.' Then he left.")).toEqual(["Mark said, 'I suck at golf.'", 'Then he left.']);
    expect(texts('Version 3.5 is out. Great.')).toEqual(['Version 3.5 is out.', 'Great.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('cuts very long runs without punctuation into bounded pieces, never inside a surrogate pair', () => {
    const text = `${'word '.repeat(500)}${'😀'.repeat(600)}`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      const code = text.charCodeAt(s.start);
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
    }
    expect(
      spans
        .map((s) => text.slice(s.start, s.end))
        .join('')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''));
  });
});
