/*
 * The phrase catalogue: data, not code. Each rule names one familiar story people tell about themselves
 * (its frame), with compromise match patterns built from a grammar of self-judgment and a lexicon of
 * person-judging words, the words that let a sentence reach the parser, and examples that must hit and
 * near-misses that must not (test/core/catalogue.test.ts runs them all).
 *
 * Catalogues are keyed by language: another language is added as its own folder of frames and lexicon,
 * parsed by compromise's fork for that language. English is the one shipped.
 */
import type { Rule } from '../types';
import { EN_CATALOGUE } from './en';

export const CATALOGUES = { en: EN_CATALOGUE } as const satisfies Record<string, Rule[]>;
export type Language = keyof typeof CATALOGUES;

/** The catalogue the extension ships: English. */
export const CATALOGUE: Rule[] = CATALOGUES.en;
