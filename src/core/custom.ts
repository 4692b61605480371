/**
 * The user's own phrases ("I'm such a klutz") as rules, flagged wherever the detector runs, checked
 * as a careful person would check them before adding: a phrase, not a paragraph; at least one word
 * that carries meaning (a phrase of only "the", "I am" or "so" would flag nearly every sentence);
 * not one already added; and a word when Mastery's own patterns already notice it.
 */
import { createDetector, type Detector } from './detect';
import { phrasePattern, phraseTerms } from './nlp';
import { CATEGORIES, type Finding, type Rule } from './types';

export const MAX_CUSTOM_WORDS = 12;
export const MAX_CUSTOM_CHARS = 80;

/**
 * Words that carry no meaning of their own: English function words (pronouns, determiners,
 * prepositions, conjunctions, auxiliary and modal verbs, and their contractions, after the closed
 * word classes of English grammar), plus the degree and frequency adverbs people wrap harsh words in
 * ("so", "really", "always"). The parser's tags catch the function words this list leaves out.
 */
const FUNCTION_WORDS = new Set(
  (
    'i me my mine myself im ive id ill you your yours yourself we us our ours ourselves they them their theirs he him his ' +
    'she her hers it its itself one someone something anyone anything everyone everything ' +
    'a an the this that these those some any each every no none all both either neither such what which who whom whose ' +
    'of in on at to for from with by about as into onto like over after before under up down out off through than then ' +
    'and or but nor so if because while when where how why though although ' +
    'am is are was were be been being have has had having do does did doing will would shall should can could may might must ' +
    'not dont cant wont isnt arent wasnt didnt doesnt ' +
    'very really so too just quite totally completely utterly truly such pretty rather bit kind sort even still also only ' +
    'always never ever again much more most less least lot lots'
  ).split(' '),
);
/** Tags the parser gives words that carry no meaning of their own. */
const FUNCTION_TAGS = ['Pronoun', 'Possessive', 'Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Modal', 'Copula', 'Negative'];

/** Among the words kept as the trigger, the ones too common to let a sentence through cheaply. */
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

/** The words of `phrase` that carry meaning: at least two letters, and no function word. */
export function contentWords(phrase: string): string[] {
  return phraseTerms(phrase)
    .filter(({ word, tags }) => {
      const bare = word.toLowerCase().replace(/['’-]/g, '');
      return bare.replace(/[^\p{L}]/gu, '').length >= 2 && !FUNCTION_WORDS.has(bare) && !tags.some((t) => FUNCTION_TAGS.includes(t));
    })
    .map(({ word }) => word);
}

export type CustomPhraseCheck = { ok: true; rule: Rule } | { ok: false; reason: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The phrase as it is stored: white space collapsed. */
export function cleanPhrase(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim();
}

/**
 * Turn a phrase into a rule, or say plainly why it cannot be one. `taken` are the rule ids of the
 * phrases already added (ruleIds()): the same phrase again, in any spelling that makes the same
 * rule ("I'm a klutz", "i am a  klutz"), is refused.
 */
export function customRule(phrase: string, taken: ReadonlySet<string> = new Set()): CustomPhraseCheck {
  const clean = cleanPhrase(phrase);
  if (clean === '') return { ok: false, reason: 'Type a phrase first.' };
  if (clean.length > MAX_CUSTOM_CHARS)
    return { ok: false, reason: `Keep it to ${MAX_CUSTOM_CHARS} characters or fewer: a phrase, not a paragraph.` };
  const words = clean.split(' ');
  if (words.length > MAX_CUSTOM_WORDS) return { ok: false, reason: `Keep it to ${MAX_CUSTOM_WORDS} words or fewer.` };
  const letters = clean.replace(/[^\p{L}]/gu, '');
  const pattern = letters.length < 2 ? null : phrasePattern(clean);
  if (!pattern) return { ok: false, reason: 'Use at least one real word.' };
  const meaningful = contentWords(clean);
  if (meaningful.length === 0) {
    return {
      ok: false,
      reason: `“${clean}” alone would be noticed in almost every sentence. Add the word that makes it harsh, as “klutz” in “I’m such a klutz”.`,
    };
  }
  // The longest meaningful word is the rarest: it is the trigger that lets a sentence reach the parser.
  const longest = [...meaningful].sort((a, b) => b.length - a.length).find((w) => !COMMON.has(w.toLowerCase())) ?? meaningful[0] ?? clean;
  const slug =
    pattern
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'phrase';
  const id = `custom.${slug}`;
  if (taken.has(id)) return { ok: false, reason: 'You already added this phrase.' };
  return {
    ok: true,
    rule: {
      id,
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

/** The rule ids of `phrases`, for customRule's `taken`. */
export function ruleIds(phrases: readonly string[]): Set<string> {
  return new Set(customRules(phrases).map((r) => r.id));
}

/** Rules for every valid phrase; invalid and repeated ones are skipped (the options page explains them as they are typed). */
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

const FIRST_PERSON = new Set(['i', 'im', "i'm", 'i’m', 'ive', "i've", 'id', "i'd", 'ill', "i'll", 'me', 'my', 'myself']);

/** "klutz", "total potato": a noun at the end, and no article or "my" to go with it. */
function nounWithoutArticle(terms: ReadonlyArray<{ tags: string[] }>): boolean {
  const last = terms[terms.length - 1];
  const isNoun = (t: { tags: string[] } | undefined) => Boolean(t?.tags.includes('Noun') && !t.tags.includes('Pronoun'));
  const hasArticle = terms.some((t) => t.tags.includes('Determiner') || t.tags.includes('Possessive'));
  const modifier = (t: { tags: string[] }) => t.tags.includes('Adjective') || t.tags.includes('Adverb') || isNoun(t);
  return isNoun(last) && !hasArticle && !terms[0]?.tags.includes('Verb') && terms.slice(0, -1).every(modifier);
}

/** "an" before a vowel sound, as written (good enough for a sample sentence). */
const article = (word: string) => (/^[aeio]/i.test(word) ? 'an' : 'a');

/**
 * A sentence that uses `phrase` the way people write it, and where the phrase is in it: "I’m such a
 * klutz." as it stands, "I’m so slow." for words that describe someone, "I’m a klutz." for a bare
 * noun, "I messed up the order." for something done, "What a dork I am!" for an exclamation.
 */
export function samplePhrase(phrase: string): { text: string; start: number; end: number } {
  const clean = cleanPhrase(phrase).replace(/[.!?…]+$/u, '');
  const terms = phraseTerms(clean);
  const tags = new Set(terms[0]?.tags ?? []);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  let before = '';
  let shown = clean;
  if (terms[0] && FIRST_PERSON.has(terms[0].word.toLowerCase())) {
    shown = capital(clean); // already a sentence about me
  } else if (/^(what|how)\b/i.test(clean) || tags.has('Expression')) {
    shown = capital(clean);
  } else if (nounWithoutArticle(terms)) {
    before = `I’m ${article(clean)} `;
  } else if (tags.has('Verb') && !tags.has('Copula') && !tags.has('Adjective')) {
    before = 'I ';
  } else {
    before = 'I’m ';
  }
  const end = /^(what|how)\b/i.test(clean) ? '!' : '.';
  return { text: `${before}${shown}${end}`, start: before.length, end: before.length + shown.length };
}

/** Mastery's own finding over the phrase, when its catalogue already notices it in its sample sentence. */
export function catalogueNotices(phrase: string, catalogue: Detector = createDetector()): Finding | null {
  const { text, start, end } = samplePhrase(phrase);
  return catalogue.detect(text, { categories: CATEGORIES }).find((f) => f.start < end && f.end > start) ?? null;
}
