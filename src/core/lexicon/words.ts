/**
 * Turning a lexicon into the two forms the detector needs: compromise alternations for the frames'
 * patterns, and RegExp sources for the prefilter. Pure string work; no parser.
 */
import { severityRank, type Severity } from '../types';
import { escapeRegExp, trieSource } from '../trie';
import type { Lexicon, WordClass } from './types';

export interface WordQuery {
  /** Only words of these classes. */
  classes: readonly WordClass[];
  /** Leave out traits whose "I feel X" is a state: for frames built on feel. */
  felt?: boolean;
  /** Only words at least this harsh. */
  atLeast?: Severity;
}

export function wordsOf(lexicon: Lexicon, query: WordQuery): string[] {
  const floor = severityRank(query.atLeast ?? 'gentle');
  const words = lexicon.entries
    .filter((e) => query.classes.includes(e.class) && !(query.felt && e.feltAsState) && severityRank(e.severity) >= floor)
    .map((e) => e.word);
  return [...new Set(words)].sort();
}

/** How compromise sees a written word: no diacritics, a hyphen splits it into terms ("short-sighted" → "short sighted"). */
export function patternWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/-/g, ' ').toLowerCase();
}

/**
 * A RegExp source that matches any of the words as a whole word, shaped as a trie (see trieSource). A hyphen
 * or space inside a word matches a hyphen or any white space.
 */
export function wordsRegExp(words: readonly string[]): string {
  const piece = (ch: string) => (ch === '-' || ch === ' ' ? '[-\\s]' : escapeRegExp(ch));
  // Not inside a longer word ("idiots", "idiot-proof", "idiot's"), but a closing quote may follow ("'idiot'").
  return `${trieSource(
    words.map((w) => w.toLowerCase()),
    piece,
  )}(?![\\w-]|['’]\\w)`;
}

/**
 * Each verdict word's severity, by the form compromise sees; a word listed twice keeps its harshest.
 * With `states`, states count too: for frames that turn a state on the self ("ashamed of myself").
 */
export function gradesOf(lexicon: Lexicon, options: { states?: boolean } = {}): ReadonlyMap<string, Severity> {
  const grades = new Map<string, Severity>();
  for (const e of lexicon.entries) {
    if (e.class === 'state' && !options.states) continue;
    const key = patternWord(e.word);
    const had = grades.get(key);
    if (!had || severityRank(e.severity) > severityRank(had)) grades.set(key, e.severity);
  }
  return grades;
}
