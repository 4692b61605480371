import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/core/detect';
import { CATEGORIES, type Finding } from '../../src/core/types';
import { describeFailure, fuzz, fuzzInput, spanProblem } from '../support/fuzz';

/**
 * The suite's share of fuzzing: the same inputs on every run, a few seconds' worth. Longer runs from
 * any seed: `npm run fuzz -- --count N --seed S`; every failure prints the seed that replays it.
 */
const SUITE_SEED = 20261122;
const SUITE_COUNT = 2000;

function checkSpans(text: string, findings: Finding[]): void {
  expect(spanProblem(text, findings), JSON.stringify(text.slice(0, 200))).toBeNull();
}

describe('detect on hostile and random input', () => {
  it(`never throws, returns valid spans and reframes every finding, over ${SUITE_COUNT} seeded inputs`, () => {
    const report = fuzz(createDetector(), SUITE_SEED, SUITE_COUNT);
    expect(report.failures.map(describeFailure)).toEqual([]);
    expect(report.count).toBe(SUITE_COUNT);
    // The generator is built from catalogue examples: a run that flags little means detection broke.
    expect(report.flagged).toBeGreaterThan(SUITE_COUNT / 5);
    // The reframer declines a rewrite that would lose what the thought means (every decline carries its
    // reason, checked per finding); most flagged inputs still get one.
    expect(report.rewrites).toBeGreaterThan(SUITE_COUNT / 6);
  }, 120_000);

  it('builds the same input from the same seed, and different inputs from different seeds', () => {
    expect(fuzzInput(42)).toBe(fuzzInput(42));
    const inputs = new Set(Array.from({ length: 200 }, (_, i) => fuzzInput(SUITE_SEED + i)));
    expect(inputs.size).toBeGreaterThan(150);
  });

  it('reports a broken span with what is wrong with it', () => {
    const f: Finding = {
      ruleId: 'shame.test',
      category: 'shame',
      frame: 'label',
      severity: 'strong',
      start: 2,
      end: 9,
      sentence: { start: 0, end: 9 },
      message: '',
    };
    expect(spanProblem('I suck', [f])).toMatch(/outside the text/);
    expect(spanProblem('Oh, I suck.', [f, f])).toMatch(/overlaps/);
    expect(spanProblem('Oh, I suck.', [{ ...f, sentence: { start: 3, end: 9 } }])).toMatch(/does not contain/);
    expect(spanProblem('Oh, I suck.', [f])).toBeNull();
  });

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
