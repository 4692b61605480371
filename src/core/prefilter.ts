import type { Rule } from './types';

/**
 * One RegExp compiled from every rule's trigger words. It decides which sentences are worth
 * parsing: a sentence it does not match can produce no finding, so it never reaches compromise.
 * Each trigger is a plain alternative anchored at a word start, so the engine never backtracks
 * more than a trigger's length.
 */
export function compilePrefilter(rules: readonly Rule[]): RegExp {
  const sources = new Set<string>();
  for (const rule of rules) {
    for (const t of rule.triggers) sources.add(t);
  }
  if (sources.size === 0) return /(?!)/giu;
  // Longer alternatives first, so the cheapest distinguishing prefix is tried last.
  const body = [...sources].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`\\b(?:${body})`, 'gi');
}
