/**
 * Typed template slots. A slot says what it accepts (a noun phrase naming a task, a gerund clause, a
 * role…) and its filler is checked against compromise's tags before it goes in, so a template is never
 * filled with a clause that starts with a modal, a negation or a pronoun that does not fit
 * ("I would go easy on a friend for can never get these rollouts right" cannot happen). A filler that
 * does not fit makes the template unusable: the caller picks another one, or a topic-free variant.
 */
import { tagWords, type TaggedWord } from '../nlp';
import { LABEL_NOUNS, PEOPLE, ROLES } from './lexicon';
import { isJudgingWord } from './verdict';
import type { SlotType } from './wording/types';

const is = (w: TaggedWord | undefined, tag: string): boolean => w?.tags.includes(tag) ?? false;

/** Words that stand for everything or nothing in particular: never a topic. */
const VAGUE = new Set(['everything', 'anything', 'nothing', 'something', 'things', 'stuff', 'it', 'this', 'that', 'life', 'all']);
const OWNERS = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'its']);

/** No modal, no copula, no question word anywhere; no negation unless `allowNot` lets a leading "not" through. */
function clean(words: readonly TaggedWord[], allowNot = false): boolean {
  return words.every(
    (w, i) =>
      !is(w, 'Modal') &&
      !is(w, 'Copula') &&
      !is(w, 'QuestionWord') &&
      !(is(w, 'Negative') && !(allowNot && i === 0 && w.normal === 'not')) &&
      !(is(w, 'Auxiliary') && !is(w, 'Noun')),
  );
}

/** A plural the tagger read as a verb: "these rollouts", "the release notes". */
function pluralReadAsVerb(words: readonly TaggedWord[], i: number): boolean {
  const w = words[i];
  const before = words[i - 1];
  return Boolean(
    w &&
      is(w, 'PresentTense') &&
      /s$/i.test(w.text) &&
      before &&
      (is(before, 'Determiner') || is(before, 'Adjective') || is(before, 'Noun')),
  );
}

function nounLike(words: readonly TaggedWord[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  // A noun the tagger read as an adjective, right after a determiner at the end of the phrase: "this deliverable".
  if (is(w, 'Adjective') && is(words[i - 1], 'Determiner') && (i === words.length - 1 || is(words[i + 1], 'Preposition')))
    return !VAGUE.has(w.normal);
  return ((is(w, 'Noun') && !is(w, 'Pronoun')) || is(w, 'Value') || is(w, 'Acronym') || pluralReadAsVerb(words, i)) && !VAGUE.has(w.normal);
}

/** Where the phrase's own words end: before a prepositional tail ("the numbers | in the deck", "the presentation | on Monday"). */
function coreEnd(words: readonly TaggedWord[]): number {
  const at = words.findIndex((w, i) => i > 0 && is(w, 'Preposition') && !is(w, 'Hyphenated'));
  return at > 0 ? at : words.length;
}

/** The head noun: the last noun-like word of the phrase's own words, past a trailing date ("the interview tomorrow"). */
function headIndex(words: readonly TaggedWord[]): number {
  let i = coreEnd(words) - 1;
  while (i > 0 && (is(words[i], 'Date') || is(words[i], 'Adverb'))) i--;
  return nounLike(words, i) ? i : -1;
}

/** The head noun of a noun phrase, lowercase ("the invoice totals for Acme" → "totals"), or null. */
export function headNoun(text: string): string | null {
  return readHead(text).head;
}

/** Is the noun phrase plural ("these rollouts", "the release notes")? */
export function isPlural(text: string): boolean {
  return readHead(text).plural;
}

const heads = new Map<string, { head: string | null; plural: boolean }>();

function readHead(text: string): { head: string | null; plural: boolean } {
  const known = heads.get(text);
  if (known) return known;
  const words = tagWords(text);
  const i = headIndex(words);
  const head = words[i];
  const read = { head: head ? head.normal : null, plural: head ? is(head, 'Plural') || pluralReadAsVerb(words, i) : false };
  if (heads.size > 2000) heads.clear();
  heads.set(text, read);
  return read;
}

function isNounPhrase(words: readonly TaggedWord[]): boolean {
  if (words.length === 0 || !clean(words)) return false;
  const first = words[0] as TaggedWord;
  if (is(first, 'Preposition') && !is(first, 'Hyphenated')) return false;
  if (is(first, 'Conjunction')) return false;
  if (is(first, 'Pronoun') && !is(first, 'Possessive') && !OWNERS.has(first.normal)) return false;
  const head = headIndex(words);
  if (head < 0) return false;
  const headWord = words[head] as TaggedWord;
  if (LABEL_NOUNS.has(headWord.normal) || isJudgingWord(headWord.normal)) return false;
  // No finite verb inside a noun phrase; a plural read as a verb is a noun.
  return words.every(
    (w, i) =>
      !is(w, 'Verb') ||
      is(w, 'Noun') ||
      is(w, 'Adjective') ||
      (is(w, 'Gerund') && i < head) ||
      pluralReadAsVerb(words, i) ||
      is(w, 'Hyphenated'),
  );
}

function isPersonHead(words: readonly TaggedWord[]): boolean {
  const head = words[headIndex(words)];
  return Boolean(head && (PEOPLE.has(head.normal) || is(head, 'Person')));
}

function isGerundClause(words: readonly TaggedWord[]): boolean {
  if (words.length === 0 || !clean(words, true)) return false;
  let at = words[0]?.normal === 'not' ? 1 : 0;
  // "double-booking" is two words to the tagger: the gerund is the second.
  if (is(words[at], 'Hyphenated') && is(words[at + 1], 'Hyphenated')) at++;
  const first = words[at];
  if (!first) return false;
  return is(first, 'Gerund') || (/ing$/i.test(first.text) && (is(first, 'Hyphenated') || is(first, 'Verb') || is(first, 'Noun')));
}

const cache = new Map<string, boolean>();

function check(type: SlotType, text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /[{}]/.test(trimmed)) return false;
  const words = tagWords(trimmed);
  switch (type) {
    case 'np':
      return isNounPhrase(words);
    case 'task':
    case 'event':
      return isNounPhrase(words) && !isPersonHead(words);
    case 'person':
      return isNounPhrase(words) && isPersonHead(words);
    case 'role': {
      const [article, ...rest] = words;
      const noun = rest[rest.length - 1];
      return (
        (article?.normal === 'a' || article?.normal === 'an') &&
        noun !== undefined &&
        (ROLES.has(noun.normal) || is(noun, 'Actor')) &&
        !LABEL_NOUNS.has(noun.normal) &&
        !isJudgingWord(noun.normal) &&
        rest.slice(0, -1).every((w) => is(w, 'Adjective'))
      );
    }
    case 'skill':
      return !VAGUE.has(trimmed.toLowerCase()) && (isGerundClause(words) || isNounPhrase(words));
    case 'act':
      return isGerundClause(words);
    case 'verb': {
      const first = words[0];
      return (
        words.length > 0 &&
        words.length <= 6 &&
        first !== undefined &&
        /^[a-z][a-z-]*$/i.test(first.text) &&
        !is(first, 'Modal') &&
        !is(first, 'Copula') &&
        !is(first, 'Negative') &&
        !is(first, 'Pronoun') &&
        !is(first, 'Determiner') &&
        !is(first, 'Preposition')
      );
    }
  }
}

/** Does `text` fit a slot of this type? */
export function fits(type: SlotType, text: string): boolean {
  const key = `${type}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const ok = check(type, text);
  if (cache.size > 2000) cache.clear();
  cache.set(key, ok);
  return ok;
}

/** The `{slot}` names a template uses, lowercased. */
export function slotsIn(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => {
    const name = m[1] ?? '';
    return name.charAt(0).toLowerCase() + name.slice(1);
  });
}

/**
 * Fill `{slot}` (as given) and `{Slot}` (capitalised). `[is|are]` agrees with the slot just before it
 * ("the report is", "these rollouts are"). Null when a slot has no filler, or a typed slot's filler does
 * not fit its type.
 */
export function fillSlots(
  template: string,
  fillers: Readonly<Record<string, string | undefined>>,
  types: Readonly<Record<string, SlotType>> = {},
): string | null {
  for (const name of slotsIn(template)) {
    const value = fillers[name];
    if (value === undefined) return null;
    const type = types[name];
    if (type && !fits(type, value)) return null;
  }
  let plural = false;
  return template.replace(
    /\{(\w+)\}|\[([\w']+)\|([\w']+)\]/g,
    (_whole, name: string | undefined, one: string | undefined, many: string | undefined) => {
      if (name === undefined) return (plural ? many : one) ?? '';
      const lower = name.charAt(0).toLowerCase() + name.slice(1);
      const value = fillers[lower] ?? '';
      if (lower !== 'prep') plural = isPlural(value);
      return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
    },
  );
}
