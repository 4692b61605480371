import { trieSource } from './trie';
import type { Rule } from './types';

/** A trigger that is plain words ("blame myself", "flawless"): these share one trie instead of an alternative each. */
const LITERAL = /^[\p{L}\p{N}' ]+$/u;

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
  const literals = [...sources].filter((s) => LITERAL.test(s));
  const patterns = [...sources].filter((s) => !LITERAL.test(s));
  // A prefix trie of the plain words (a space in one matches any white space), then the patterns, longer first.
  const words =
    literals.length > 0
      ? [
          trieSource(
            literals.map((s) => s.toLowerCase()),
            (ch) => (ch === ' ' ? '\\s+' : ch),
          ),
        ]
      : [];
  const body = [...words, ...patterns.sort((a, b) => b.length - a.length)].join('|');
  return new RegExp(`\\b(?:${body})`, 'gi');
}
