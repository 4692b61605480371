import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { createDetector } from '../../src/core/detect';
import { applyRewrite, reframe } from '../../src/core/reframe';
import { CATEGORIES, type Finding } from '../../src/core/types';
import { rng } from '../support/random';

const PIECES = [
  ...CATALOGUE.flatMap((r) => [...r.hits, ...r.misses]),
  'I',
  "I'm",
  'im',
  'not',
  'suck',
  'idiot',
  'perfect',
  'never',
  'always',
  'sorry',
  ' ',
  '  ',
  '\n',
  '\t',
  '.',
  '?!',
  '…',
  ',',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '(',
  ')',
  '😀',
  '👩‍💻',
  '🙈',
  'שלום',
  'مرحبا',
  '\u200b',
  '\u200d',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\r\n',
  '\ud800',
  '\udc00',
  '\udbff',
  'é',
  'e\u0301',
  '𝓘 𝓼𝓾𝓬𝓴',
  'ＩＳＵＣＫ',
  '<b>',
  '</b>',
  '&nbsp;',
  'x'.repeat(50),
];

function generate(next: () => number): string {
  const n = Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return s;
}

function checkSpans(text: string, findings: Finding[]): void {
  let lastEnd = -1;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.sentence.start).toBeLessThanOrEqual(f.start);
    expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
    expect(f.start).toBeGreaterThanOrEqual(lastEnd); // sorted, no overlaps
    lastEnd = f.end;
  }
}

describe('detect on hostile and random input', () => {
  it('never throws, returns valid spans and reframes every finding, over 10,000 generated inputs', () => {
    const detector = createDetector();
    const next = rng(20261122);
    let flagged = 0;
    let reframed = 0;
    for (let i = 0; i < 10_000; i++) {
      const text = generate(next);
      const findings = detector.detect(text, { categories: CATEGORIES });
      checkSpans(text, findings);
      if (findings.length > 0) flagged++;
      for (const f of findings) {
        const r = reframe(text, f);
        expect(r.reckoning.length).toBeGreaterThan(0);
        expect(r.rumbles.length).toBeGreaterThanOrEqual(3);
        if (r.rewrite !== null) {
          const after = applyRewrite(text, f, r.rewrite);
          // Only the flagged sentence changes: everything around it is kept to the character.
          expect(after.slice(0, f.sentence.start)).toBe(text.slice(0, f.sentence.start));
          expect(after.slice(after.length - (text.length - f.sentence.end))).toBe(text.slice(f.sentence.end));
          reframed++;
        }
      }
    }
    console.log(`fuzz: 10000 inputs, ${flagged} flagged, ${reframed} rewrites checked, 0 exceptions`);
    // The generator is built from catalogue examples: a run that flags nothing means detection broke.
    expect(flagged).toBeGreaterThan(200);
    // A generous timeout: ten thousand parses and reframes take minutes on a busy two-core machine; speed is the bench's job.
  }, 600_000);

  it('handles the classic edge cases', () => {
    const detector = createDetector();
    const cases = [
      '',
      ' ',
      '\u0000'.repeat(100),
      '\ud800I suck\udc00',
      '\u202eI suck',
      'I\u200b suck',
      '🙈'.repeat(1000),
      'a'.repeat(100_000),
    ];
    for (const text of cases) checkSpans(text, detector.detect(text, { categories: CATEGORIES }));
    expect(detector.detect('\ud800I suck\udc00').length).toBe(1);
  });

  it('finishes a megabyte of text, including a single unpunctuated megabyte line', () => {
    const detector = createDetector();
    const paragraph = 'Thanks for the notes on the quarterly plan, I will send the revised numbers on Monday. ';
    const big = `${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}I screwed this up. I suck.`;
    const found = detector.detect(big);
    checkSpans(big, found);
    expect(found.map((f) => big.slice(f.start, f.end))).toEqual(['I screwed this up', 'I suck']);

    const line = `${'idiot perfect never sorry '.repeat(40_000)}I suck`;
    const onLine = detector.detect(line, { categories: CATEGORIES });
    checkSpans(line, onLine);
  }, 60_000);
});
