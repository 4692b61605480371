/**
 * Words that judge a whole person. No rewrite and no rumble may say one of them in a first-person
 * clause ("I'm useless", "a failure as a mother"), whatever the detector's rules notice.
 *
 * This is the one place the person-judging lexicon plugs in: when the detector's own lexicon of
 * verdict words lands in src/core, `isVerdictWord` should read it instead of the short list below
 * (written for Mastery from the labels its catalogue's rules match).
 */

const VERDICT_WORDS = new Set(
  `idiot idiots idiotic stupid stupidest dumb dumbest moron moronic useless worthless failure failures loser
  pathetic hopeless incompetent inept fraud burden disappointment disgrace embarrassment embarrassing garbage
  trash rubbish terrible awful horrible inadequate lazy weak weakest disgusting unlovable screwup screw-up
  dunce dummy dumbass klutz clown joke waste annoying careless sloppy fool foolish imposter impostor
  liability letdown let-down unforgivable inexcusable incompetence stupidity laziness uselessness gross worst weakest lamest`.split(/\s+/),
);

/** Does this word pass a verdict on a person? */
export function isVerdictWord(word: string): boolean {
  return VERDICT_WORDS.has(word.toLowerCase());
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
