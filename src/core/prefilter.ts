import { splitSentences } from './sentences';
import type { Rule, Span } from './types';

/**
 * One RegExp compiled from every rule's trigger words. It decides which sentences are worth
 * parsing: a sentence it does not match can produce no finding, so it never reaches compromise.
 * Each trigger is an alternative anchored at a word start whose only repetitions are bounded
 * ("let (up to three words) down"), so matching stays linear in the text: no nested or unbounded
 * quantifier can backtrack catastrophically (test/core/fuzz.test.ts runs a megabyte line through it).
 */
export function compilePrefilter(rules: readonly Rule[]): RegExp {
  const sources = new Set<string>();
  for (const rule of rules) {
    for (const t of rule.triggers) sources.add(t);
  }
  if (sources.size === 0) return /(?!)/gi;
  // Longer alternatives first, so the cheapest distinguishing prefix is tried last.
  const body = [...sources].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`\\b(?:${body})`, 'gi');
}

/** Does `text` contain any trigger at all? The cheapest possible check. */
export function prefilterMatches(prefilter: RegExp, text: string): boolean {
  prefilter.lastIndex = 0;
  return prefilter.test(text);
}

/**
 * The sentences of `text` that contain a trigger word: the only ones worth parsing. One pass of the
 * prefilter over the whole text; each hit selects the sentence it falls in. `prefilter` is a global
 * RegExp from compilePrefilter (its source may have travelled as a string: it is rebuilt with 'gi').
 */
export function candidateSentences(prefilter: RegExp, text: string): Span[] {
  prefilter.lastIndex = 0;
  let m = prefilter.exec(text);
  if (m === null) return [];
  const spans = splitSentences(text);
  const out: Span[] = [];
  let i = 0;
  while (m !== null) {
    const at = m.index;
    while (i < spans.length && (spans[i] as Span).end <= at) i++;
    const s = spans[i];
    if (!s) break;
    if (s.start <= at) {
      // A trigger that runs past the sentence end (its gap crossed a line break) must also fit inside.
      if (at + m[0].length <= s.end || prefilterMatches(prefilter, text.slice(s.start, s.end))) out.push(s);
      prefilter.lastIndex = Math.max(prefilter.lastIndex, s.end);
    } else {
      prefilter.lastIndex = Math.max(prefilter.lastIndex, s.start);
    }
    m = prefilter.exec(text);
  }
  return out;
}
