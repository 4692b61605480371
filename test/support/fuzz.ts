/**
 * Fuzzing the detector and the reframer with generated hostile text. Each input is built from its own
 * seed, so any failure can be replayed alone: `npm run fuzz -- --seed <seed> --count 1`.
 *
 * Used by test/core/fuzz.test.ts (a few thousand inputs in every `npm test`) and test/fuzz/run.ts
 * (`npm run fuzz -- --count N --seed S`, for long runs). Plain functions, no test framework, so both
 * can share them.
 */
import { CATALOGUE } from '../../src/core/catalogue';
import type { Detector } from '../../src/core/detect';
import { applyRewrite, reframe } from '../../src/core/reframe';
import { CATEGORIES, type Finding } from '../../src/core/types';
import { rng } from './random';

/** Sentences that flag and near-misses that must not: the catalogue's own examples. */
const EXAMPLES = CATALOGUE.flatMap((r) => [...r.hits, ...r.misses]);

/**
 * Words the prefilter looks for, and text that breaks naive code: white space of every kind, quotes,
 * right-to-left scripts, zero-width and bidi controls, a byte-order mark, NUL and bell, lone
 * surrogates, combining marks, mathematical and full-width letters, markup, and a long run of one letter.
 */
const HOSTILE = [
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

/**
 * The input for one seed: up to 8 pieces, each a catalogue example one time in three, else a hostile
 * piece. (A plain draw from both lists would pick an example nine times in ten: every sentence the
 * parser sees costs about a millisecond, and the odd characters around sentences are what this is for.)
 */
export function fuzzInput(seed: number): string {
  const next = rng(seed);
  const n = Math.floor(next() * 9);
  let s = '';
  for (let i = 0; i < n; i++) {
    const pool = next() < 0.35 ? EXAMPLES : HOSTILE;
    s += pool[Math.floor(next() * pool.length)] ?? '';
  }
  return s;
}

/** What is wrong with `findings` as spans of `text`, or null when nothing is. */
export function spanProblem(text: string, findings: readonly Finding[]): string | null {
  let lastEnd = -1;
  for (const f of findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end}) in sentence [${f.sentence.start}, ${f.sentence.end})`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) return `${where}: offsets are not integers`;
    if (f.start < 0 || f.end > text.length) return `${where}: outside the text (length ${text.length})`;
    if (f.start >= f.end) return `${where}: empty or reversed`;
    if (f.sentence.start > f.start || f.sentence.end < f.end) return `${where}: the sentence does not contain the phrase`;
    if (f.start < lastEnd) return `${where}: overlaps or comes before the previous finding`;
    lastEnd = f.end;
  }
  return null;
}

/** What is wrong with the reframe of `finding`, or null when nothing is. */
function reframeProblem(text: string, finding: Finding): { problem: string | null; rewritten: boolean } {
  const r = reframe(text, finding);
  if (r.reckoning.length === 0) return { problem: `${finding.ruleId}: empty reckoning`, rewritten: false };
  if (r.rumbles.length < 3) return { problem: `${finding.ruleId}: only ${r.rumbles.length} rumbles`, rewritten: false };
  if (r.rewrite === null) {
    if (!r.noRewriteReason) return { problem: `${finding.ruleId}: no rewrite and no reason`, rewritten: false };
    return { problem: null, rewritten: false };
  }
  // The rewrite covers the flagged sentence, and perhaps a harsh neighbour of the same thought.
  const at = r.replaces;
  if (at.start > finding.sentence.start || at.end < finding.sentence.end)
    return { problem: `${finding.ruleId}: the rewrite does not cover its sentence`, rewritten: true };
  const after = applyRewrite(text, at, r.rewrite);
  // Only the flagged thought changes: everything around it is kept to the character.
  const keptBefore = after.slice(0, at.start) === text.slice(0, at.start);
  const keptAfter = after.slice(after.length - (text.length - at.end)) === text.slice(at.end);
  if (!keptBefore || !keptAfter) return { problem: `${finding.ruleId}: the rewrite changed text outside its thought`, rewritten: true };
  return { problem: null, rewritten: true };
}

export interface FuzzFailure {
  /** Replays this input alone: `npm run fuzz -- --seed <seed> --count 1`. */
  seed: number;
  text: string;
  problem: string;
}

export interface FuzzReport {
  firstSeed: number;
  count: number;
  flagged: number;
  rewrites: number;
  failures: FuzzFailure[];
}

/** Detect on one seed's input, check the spans, and reframe every finding. */
export function fuzzOne(detector: Detector, seed: number): { flagged: boolean; rewrites: number; failure: FuzzFailure | null } {
  const text = fuzzInput(seed);
  const fail = (problem: string) => ({ flagged: false, rewrites: 0, failure: { seed, text, problem } });
  let findings: Finding[];
  try {
    findings = detector.detect(text, { categories: CATEGORIES });
  } catch (error) {
    return fail(`detect threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const spans = spanProblem(text, findings);
  if (spans) return fail(spans);
  let rewrites = 0;
  for (const f of findings) {
    try {
      const { problem, rewritten } = reframeProblem(text, f);
      if (problem) return fail(problem);
      if (rewritten) rewrites++;
    } catch (error) {
      return fail(`reframe threw on ${f.ruleId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return { flagged: findings.length > 0, rewrites, failure: null };
}

/** Inputs for seeds firstSeed, firstSeed + 1, … (32-bit, wrapping), `count` of them. Stops at `maxFailures`. */
export function fuzz(detector: Detector, firstSeed: number, count: number, maxFailures = 10): FuzzReport {
  const report: FuzzReport = { firstSeed, count: 0, flagged: 0, rewrites: 0, failures: [] };
  for (let i = 0; i < count && report.failures.length < maxFailures; i++) {
    const one = fuzzOne(detector, (firstSeed + i) >>> 0);
    report.count++;
    if (one.flagged) report.flagged++;
    report.rewrites += one.rewrites;
    if (one.failure) report.failures.push(one.failure);
  }
  return report;
}

/** How to replay a failure, for people reading a test or a terminal. */
export function describeFailure(f: FuzzFailure): string {
  return `seed ${f.seed}: ${f.problem}\n  input: ${JSON.stringify(f.text)}\n  replay: npm run fuzz -- --seed ${f.seed} --count 1`;
}
