import type { Rule } from '../../types';
import { ALL_OR_NOTHING } from './all-or-nothing';
import { APOLOGY } from './apology';
import { VOCABULARY } from './fragments';
import { MANAGER } from './manager';
import { PERFECTIONISM } from './perfectionism';
import { SELF_BLAME } from './self-blame';
import { SHAME } from './shame';

/**
 * The English catalogue, one file per family of frames, every rule reading the English lexicon's tags.
 * The order matters only for ties when findings overlap: the earlier rule wins.
 */
export const EN_CATALOGUE: Rule[] = [...SHAME, ...SELF_BLAME, ...PERFECTIONISM, ...ALL_OR_NOTHING, ...APOLOGY, ...MANAGER].map((rule) => ({
  ...rule,
  vocabulary: VOCABULARY,
}));
