import type { Rule } from './types';

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
