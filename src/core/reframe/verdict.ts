/**
 * Words that judge a whole person. No rewrite and no rumble may say one of them in a first-person
 * clause ("I'm useless", "a failure as a mother"), whatever the detector's rules notice.
 *
 * The words are the detector's own lexicon of person-judging words (src/core/lexicon: its traits, labels
 * and faults, never its states), plus a short list written for Mastery from the labels its catalogue's
 * rules match. A few lexicon labels are everyday words too ("problem", "tool", "nothing"): they judge a
 * person only inside a rule's frame, so a rewrite may say them, and they are left out of the check.
 */
import { EN_LEXICON } from '../lexicon/en';
import { PEOPLE, ROLES } from './lexicon';

const VERDICT_WORDS = new Set(
  `idiot idiots idiotic stupid stupidest dumb dumbest moron moronic useless worthless failure failures loser
  pathetic hopeless incompetent inept fraud burden disappointment disgrace embarrassment embarrassing garbage
  trash rubbish terrible awful horrible inadequate lazy weak weakest disgusting unlovable screwup screw-up
  dunce dummy dumbass klutz clown joke waste annoying careless sloppy fool foolish imposter impostor
  liability letdown let-down unforgivable inexcusable incompetence stupidity laziness uselessness gross worst weakest lamest`.split(/\s+/),
);

/** Words of longer lexicon entries that say nothing alone ("good" of "good-for-nothing", "down" of "let down"). */
const COMMON = new Set([
  'good',
  'down',
  'short',
  'sighted',
  'piece',
  'excuse',
  'train',
  'head',
  'space',
  'basket',
  'case',
  'dead',
  'weight',
  'lost',
  'cause',
  'minded',
  'willed',
  'rate',
  'second',
  'self',
  'centered',
  'centred',
  'absorbed',
  'potential',
  'oxygen',
]);

/** "My punctuation sucks": the verb is the verdict; "such a noob" is chat for a label. */
const SUCKS = new Set(['suck', 'sucks', 'sucked', 'sucky', 'noob', 'n00b', 'newb']);

/** Lexicon words that are everyday words as well: a rewrite or a rumble may use them. */
const EVERYDAY = new Set(
  `problem tool nothing nobody pain space joke hack monster baby sorry dud flop lump dupe dense thick fat dim
  difficult awkward silly boring weak bad lame mediocre rash moody`.split(/\s+/),
);

const JUDGING_ENTRIES = EN_LEXICON.entries.filter((e) => e.class !== 'state').map((e) => e.word);

/** The lexicon's one-word traits, labels and faults ("screw-up" counts as one word). */
const LEXICON_WORDS = new Set(JUDGING_ENTRIES.filter((w) => !/\s/.test(w) && !PEOPLE.has(w) && !ROLES.has(w)));

/** The words of its longer entries too ("crybaby", "cadet" of "space cadet"): part of a verdict, not facts. */
const LEXICON_PARTS = new Set(
  JUDGING_ENTRIES.flatMap((w) => w.split(/[\s-]+/)).filter((w) => w.length > 3 && !PEOPLE.has(w) && !ROLES.has(w) && !COMMON.has(w)),
);

/** Does this word pass a verdict on a person, wherever it is said? */
export function isVerdictWord(word: string): boolean {
  const w = word.toLowerCase();
  return VERDICT_WORDS.has(w) || (LEXICON_WORDS.has(w) && !EVERYDAY.has(w));
}

/**
 * Is this word part of a verdict when a thought names the self with it ("I'm such a crybaby", "a total
 * screw-up")? Such a word is the story, not a fact of the thought: a rewrite need not keep it.
 */
export function isJudgingWord(word: string): boolean {
  const w = word.toLowerCase();
  return VERDICT_WORDS.has(w) || LEXICON_WORDS.has(w) || LEXICON_PARTS.has(w) || SUCKS.has(w);
}

const FIRST_PERSON = /\b(?:i|i['’]m|im|i['’]ve|i['’]ll|i['’]d|me|my|myself|mine)\b/i;

/** A verdict word said in a first-person clause of `text`, or null. */
export function selfVerdictIn(text: string): string | null {
  for (const clause of text.split(/[,;:.!?…]+|\s+(?:and|but|because)\s+/i)) {
    if (!FIRST_PERSON.test(clause)) continue;
    for (const w of clause.match(/[\p{L}'’-]+/gu) ?? []) if (isVerdictWord(w)) return w;
  }
  return null;
}
