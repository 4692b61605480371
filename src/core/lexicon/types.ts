import type { Severity } from '../types';

/**
 * What a word says about the person it is applied to.
 *  - trait: an adjective that passes a verdict on the person ("stupid", "useless", "boring").
 *  - label: a noun that names the whole person ("idiot", "failure", "mess").
 *  - fault: a noun for a failing owned as a possession ("my stupidity", "sorry for my incompetence").
 *  - state: how someone feels or is right now ("tired", "sad", "nervous"). A state is never a verdict on
 *    its own; only a frame that turns it on the self ("ashamed of myself") makes it one.
 */
export const WORD_CLASSES = ['trait', 'label', 'fault', 'state'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/** Words of one class, by how harsh a verdict they pass. */
export type BySeverity = Readonly<Partial<Record<Severity, readonly string[]>>>;

/** One source's reviewed words. */
export interface WordLists {
  trait: BySeverity;
  label: BySeverity;
  fault: BySeverity;
  state: BySeverity;
  /** Traits whose "I feel X" names a state, not a verdict: "I feel bad", "I feel awful", "I feel gross". */
  feltAsState: readonly string[];
  /** Good qualities a person can be told they lack: "I'm not smart enough", "never pretty enough". */
  qualities: readonly string[];
  /**
   * Shortfalls: words for lacking a quality that say nothing about a person on their own ("I'm slow today",
   * "I'm inexperienced") but become a verdict once measured against a place: "too slow for this job".
   */
  shortfalls?: readonly string[];
}

export interface LexiconEntry {
  /** As written: lower case, may hold a hyphen, a space or a diacritic ("short-sighted", "waste of space", "naïve"). */
  word: string;
  class: WordClass;
  /** How harsh a verdict the word passes; for a state, how harsh it is once a frame turns it on the self. */
  severity: Severity;
  /** True for traits whose "I feel X" is a state ("I feel awful"). */
  feltAsState: boolean;
  /** Where the word came from, for provenance. */
  source: string;
}

/** A language's lexicon: every entry, plus the good qualities used by "not … enough" and the shortfalls used by "too … for". */
export interface Lexicon {
  language: string;
  entries: readonly LexiconEntry[];
  qualities: readonly string[];
  shortfalls: readonly string[];
}

/** Flatten one source's lists into entries. */
export function entriesOf(lists: WordLists, source: string): LexiconEntry[] {
  const felt = new Set(lists.feltAsState);
  const out: LexiconEntry[] = [];
  for (const cls of ['trait', 'label', 'fault', 'state'] as const) {
    for (const [severity, words] of Object.entries(lists[cls]) as Array<[Severity, readonly string[]]>) {
      for (const word of words) out.push({ word, class: cls, severity, feltAsState: felt.has(word), source });
    }
  }
  return out;
}
