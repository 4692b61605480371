/**
 * The user's own phrases ("I'm such a klutz") as rules, flagged wherever the detector runs.
 */
import { phrasePattern } from './nlp';
import type { Rule } from './types';

export const MAX_CUSTOM_WORDS = 12;

/** Words too common to be a useful trigger. */
const COMMON = new Set([
  'i',
  'im',
  'am',
  'a',
  'an',
  'the',
  'what',
  'such',
  'so',
  'is',
  'my',
  'me',
  'really',
  'just',
  'that',
  'this',
  'very',
  'totally',
]);

export type CustomPhraseCheck = { ok: true; rule: Rule } | { ok: false; reason: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turn a phrase into a rule, or say plainly why it cannot be one. */
export function customRule(phrase: string): CustomPhraseCheck {
  const clean = phrase.replace(/\s+/g, ' ').trim();
  if (clean === '') return { ok: false, reason: 'Type a phrase first.' };
  const words = clean.split(' ');
  if (words.length > MAX_CUSTOM_WORDS) return { ok: false, reason: `Keep it to ${MAX_CUSTOM_WORDS} words or fewer.` };
  const letters = clean.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return { ok: false, reason: 'Use at least one real word.' };
  const pattern = phrasePattern(clean);
  if (!pattern) return { ok: false, reason: 'Use at least one real word.' };
  // The longest uncommon word is the rarest: it is the trigger that lets a sentence reach the parser.
  const candidates = [...clean.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length);
  const longest = candidates.find((w) => !COMMON.has(w.toLowerCase())) ?? candidates[0] ?? clean;
  const slug =
    pattern
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'phrase';
  return {
    ok: true,
    rule: {
      id: `custom.${slug}`,
      category: 'shame',
      frame: 'custom',
      severity: 'strong',
      patterns: [pattern],
      triggers: [escapeRegExp(longest.toLowerCase())],
      message: 'You asked Mastery to notice this phrase: is it a fair way to talk about yourself?',
      hits: [clean],
      misses: [],
      custom: true,
    },
  };
}

/** Rules for every valid phrase; invalid ones are skipped (the options page explains them as they are typed). */
export function customRules(phrases: readonly string[]): Rule[] {
  const out: Rule[] = [];
  const seen = new Set<string>();
  for (const p of phrases) {
    const r = customRule(p);
    if (r.ok && !seen.has(r.rule.id)) {
      seen.add(r.rule.id);
      out.push(r.rule);
    }
  }
  return out;
}
