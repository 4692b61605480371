/**
 * The one module that reaches compromise. Everything else in the core talks to it through
 * `compileMatcher()`, so a browser bundle can load the parser lazily with a single `import()`.
 */
import nlp from 'compromise/two';
import type { Rule } from './types';

/** A rule's match inside one sentence, offsets relative to that sentence. */
export interface RawMatch {
  ruleId: string;
  start: number;
  end: number;
  /** How many words the pattern consumed: longer matches are more specific. */
  words: number;
}

export interface SentenceMatcher {
  match(sentence: string): RawMatch[];
  /** Build every rule's match-net now rather than on first use (at idle time, in a long-lived engine). */
  prepare(): void;
}

type Doc = ReturnType<typeof nlp>;

/** An entry of a vocabulary, split into words, with the tags it gives. */
interface Entry {
  words: string[];
  tags: string[];
}

/** first word → the entries it opens ("waste" → "waste", "waste of space"), longest first, from every rule's vocabulary. */
type TagIndex = ReadonlyMap<string, Entry[]>;

function tagIndex(rules: readonly Rule[]): TagIndex {
  const byPhrase = new Map<string, Entry>();
  const seen = new Set<object>();
  for (const rule of rules) {
    const vocabulary = rule.vocabulary;
    if (!vocabulary || seen.has(vocabulary)) continue;
    seen.add(vocabulary);
    for (const [tag, phrases] of Object.entries(vocabulary)) {
      for (const phrase of phrases) {
        const entry = byPhrase.get(phrase) ?? { words: phrase.split(' '), tags: [] };
        if (!entry.tags.includes(tag)) entry.tags.push(tag);
        byPhrase.set(phrase, entry);
      }
    }
  }
  const index = new Map<string, Entry[]>();
  for (const entry of byPhrase.values()) {
    const first = entry.words[0] as string;
    index.set(
      first,
      [...(index.get(first) ?? []), entry].sort((a, b) => b.words.length - a.words.length),
    );
  }
  return index;
}

/**
 * Chat runs words into an ellipsis ("because...I'm", "so…dumb"), which the tokenizer reads as one word.
 * Its last dot becomes a space: the same length, so every offset still points into the writer's text.
 */
function spaced(sentence: string): string {
  return sentence.replace(/(?<=\.\.)\.(?=\p{L})|…(?=\p{L})/gu, ' ').replace(ADDRESSEE, (m) => ' '.repeat(m.length));
}

/** A chat line opens with the nick it answers ("bazhang: sorry, am dumb"): blanked, so the sentence starts after it. */
const ADDRESSEE = /^[\p{L}\p{N}_\-[\]`^{}|]+:\s/u;

/** Parse a sentence and give the words of each vocabulary entry its tags, so patterns can say `#LexTrait+`. */
function parseTagged(sentence: string, index: TagIndex): Doc {
  const doc = nlp(spaced(sentence));
  if (index.size === 0) return doc;
  for (const terms of doc.docs as Term[][]) {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as Term;
      // "an idiot/beginner": a slashed word carries the tags of its parts.
      if (term.normal.includes('/')) {
        for (const part of term.normal.split('/')) {
          for (const entry of index.get(part) ?? []) if (entry.words.length === 1) for (const tag of entry.tags) term.tags.add(tag);
        }
      }
      for (const entry of index.get(term.normal) ?? []) {
        const n = entry.words.length;
        if (i + n > terms.length || entry.words.some((w, k) => (terms[i + k] as Term).normal !== w)) continue;
        for (let k = 0; k < n; k++) for (const tag of entry.tags) (terms[i + k] as Term).tags.add(tag);
      }
    }
  }
  return doc;
}

/** A parser that tags the lexicon words of these rules, as the matcher does: for tests and tools. */
export function parserFor(rules: readonly Rule[]): (sentence: string) => Doc {
  const index = tagIndex(rules);
  return (sentence) => parseTagged(sentence, index);
}

type Net = ReturnType<typeof nlp.buildNet>;

interface Term {
  text: string;
  normal: string;
  machine?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** [sentence index, first term, end term (exclusive)] */
type Pointer = [number, number, number];

interface SweepView {
  ptrs: Pointer[];
  match(pattern: unknown, group: number): SweepView;
  found: boolean;
}

interface SweepFound {
  id?: string;
  /** The pattern that matched, as compromise parsed it. */
  match?: unknown;
  view: SweepView;
}

function sweep(doc: Doc, net: Net | undefined): SweepFound[] {
  return net ? ((doc.sweep(net).found as unknown as SweepFound[] | undefined) ?? []) : [];
}

/** A pattern with a `[...]` capture group: only the group is flagged ("…, [feel stupid] now"). */
const CAPTURE = /(?:^|\s)!?\[/;

/** Words that make what follows hypothetical: "if I mess up the order, tell me". */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'lest', 'case']);
/** Verbs that report someone else's words: "she said I suck at golf". */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'thinks',
  'think',
  'thought',
  'claims',
  'claimed',
  'wrote',
  'writes',
  'joked',
  'jokes',
  'texted',
  'tweeted',
  'posted',
  'replied',
  'asked',
  'yelled',
  'shouted',
  'screamed',
  'called',
]);
const FIRST_PERSON = new Set(['i', 'we']);
/** Words we may skip when looking back from a match to the clause that governs it. */
const SKIPPABLE = new Set([
  'that',
  'me',
  'us',
  'him',
  'her',
  'them',
  'everyone',
  'maybe',
  'like',
  'just',
  'really',
  'honestly',
  'probably',
  'then',
  'ever',
  'basically',
  'to',
  'try',
  'trying',
  'want',
  'mean',
  'going',
  'gonna',
  'even',
]);

function termWord(t: Term): string {
  return t.machine ?? t.normal;
}

function isNegative(t: Term): boolean {
  return t.tags.has('Negative');
}

type Guard = (terms: Term[], first: number, last: number) => boolean;

/** The match itself carries a negation the rule does not expect: "I'm not such an idiot". */
const negatedInside: Guard = (terms, first, last) => {
  for (let i = first; i <= last; i++) {
    const t = terms[i];
    if (t && isNegative(t)) return true;
  }
  return false;
};

/** Auxiliaries that, right before "I", make a question: "did I mess up the invite?" */
const QUESTION_AUX = new Set([
  'did',
  'do',
  'does',
  'have',
  'has',
  'had',
  'am',
  'was',
  'could',
  'would',
  'should',
  'will',
  'can',
  'shall',
  'might',
]);

/** Words that may stand before a question's auxiliary: "so did I mess up?", "wait, did I…" */
const QUESTION_OPENERS = new Set([
  'so',
  'and',
  'but',
  'or',
  'then',
  'ok',
  'okay',
  'wait',
  'hmm',
  'also',
  'what',
  'where',
  'when',
  'how',
  'who',
  'which',
]);

/**
 * A negation, hypothetical, question or report right before the match: "if I screw up",
 * "did I mess up the invite?", "he told me I suck", "it doesn't try to make me feel stupid".
 */
const governedBefore = (terms: Term[], first: number, negationIsPart = false): boolean => {
  const before = terms[first - 1];
  if (before && QUESTION_AUX.has(termWord(before)) && terms[first] && termWord(terms[first] as Term) === 'i') {
    // An auxiliary opens the question ("did I…", "so could I…"); "why did I screw up?" is the story itself,
    // and "no matter what I do I never…" is no question at all.
    const asked = terms[first - 2];
    if (!asked) return true;
    const w = termWord(asked);
    if (w !== 'why' && QUESTION_OPENERS.has(w)) return true;
  }
  let i = first - 1;
  let looked = 0;
  while (i >= 0 && looked < 3) {
    const t = terms[i];
    if (!t) break;
    const w = termWord(t);
    if (HYPOTHETICAL.has(w) || (!negationIsPart && (w === 'not' || w === 'never'))) return true;
    if (w === 'what' && terms[i + 1] && termWord(terms[i + 1] as Term) === 'if') return true;
    if (REPORTING.has(w)) {
      // "he said I suck" reports another's words; "I said I suck" is still the writer's own story.
      const subject = terms[i - 1];
      return !(subject && FIRST_PERSON.has(termWord(subject)));
    }
    if (!SKIPPABLE.has(w) && !t.tags.has('Adverb')) return false;
    i--;
    looked++;
  }
  return false;
};

/** Words a phrase never ends on: an optional object the parser could not fill leaves "I messed up the". */
const DANGLING = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'and', 'or', 'but']);

function spanOf(terms: Term[], first: number, last: number): { start: number; end: number } | null {
  while (last > first) {
    const t = terms[last];
    if (!t || !DANGLING.has(termWord(t))) break;
    last--;
  }
  let start = Infinity;
  let end = -1;
  for (let i = first; i <= last; i++) {
    const o = terms[i]?.offset;
    if (!o || o.length === 0) continue;
    start = Math.min(start, o.start);
    end = Math.max(end, o.start + o.length);
  }
  return end > start ? { start, end } : null;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Compile the rules into two compromise match-nets (patterns and vetoes), built once per rule set.
 */
export function compileMatcher(rules: readonly Rule[]): SentenceMatcher {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const captures = new Set(rules.filter((r) => r.patterns.some((p) => CAPTURE.test(p))).map((r) => r.id));
  const index = tagIndex(rules);
  // A rule can only match a sentence that holds one of its own triggers: only those rules' patterns are swept.
  const gates = rules.map((r) => (r.triggers.length > 0 ? new RegExp(`\\b(?:${r.triggers.join('|')})`, 'i') : null));
  // One net per rule, so a sentence is swept only with the rules it can match. Each is built the
  // first time a sentence holds one of its triggers: a command that checks one line, or a background
  // that has just woken, compiles only the rules that line can reach.
  const nets = new Map<number, Net>();
  const netFor = (i: number): Net => {
    let net = nets.get(i);
    if (!net) {
      const rule = rules[i] as Rule;
      net = nlp.buildNet(rule.patterns.map((match) => ({ match, id: rule.id })));
      nets.set(i, net);
    }
    return net;
  };
  const vetoNets = new Map<string, Net | null>();
  const vetoNetFor = (id: string | undefined): Net | undefined => {
    if (id === undefined) return undefined;
    let net = vetoNets.get(id);
    if (net === undefined) {
      const unless = byId.get(id)?.unless ?? [];
      net = unless.length > 0 ? nlp.buildNet(unless.map((match) => ({ match, id }))) : null;
      vetoNets.set(id, net);
    }
    return net ?? undefined;
  };

  return {
    prepare() {
      rules.forEach((rule, i) => {
        netFor(i);
        vetoNetFor(rule.id);
      });
    },
    match(sentence: string): RawMatch[] {
      const active: number[] = [];
      gates.forEach((gate, i) => {
        if (gate?.test(sentence)) active.push(i);
      });
      if (active.length === 0) return [];
      const doc = parseTagged(sentence, index);
      const found = active.flatMap((i) => sweep(doc, netFor(i)));
      if (found.length === 0) return [];
      doc.compute('offset');
      const terms = (doc.docs[0] ?? []) as Term[];
      const vetoes = [...new Set(found.map((f) => f.id))].flatMap((id) => sweep(doc, vetoNetFor(id)));
      const out: RawMatch[] = [];
      for (const f of found) {
        const rule = f.id ? byId.get(f.id) : undefined;
        let ptr = f.view.ptrs[0];
        if (rule && captures.has(rule.id) && f.match) {
          const group = f.view.match(f.match, 0);
          if (group.found) ptr = group.ptrs[0];
        }
        if (!rule || !ptr) continue;
        const [sIdx, first, endExcl] = ptr;
        const sentenceTerms = (doc.docs[sIdx] ?? terms) as Term[];
        const last = endExcl - 1;
        if (!rule.negationIsPart && negatedInside(sentenceTerms, first, last)) continue;
        if (governedBefore(sentenceTerms, first, rule.negationIsPart)) continue;
        const vetoed = vetoes.some((v) => {
          const vp = v.view.ptrs[0];
          return v.id === rule.id && vp !== undefined && vp[0] === sIdx && overlaps([vp[1], vp[2] - 1], [first, last]);
        });
        if (vetoed) continue;
        const span = spanOf(sentenceTerms, first, last);
        if (!span) continue;
        out.push({ ruleId: rule.id, start: span.start, end: span.end, words: endExcl - first });
      }
      return out;
    },
  };
}

/**
 * A compromise pattern that matches `phrase` and its contracted or sloppy spellings
 * ("I'm such a klutz" also finds "im such a klutz"), or null when the phrase has no words.
 */
export function phrasePattern(phrase: string): string | null {
  const terms = (nlp(phrase).docs.flat() as Term[]).map((t) => termWord(t).replace(/[^\p{L}\p{N}'-]/gu, '')).filter(Boolean);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** The words of a phrase as the parser reads them, each with its part-of-speech tags ("I'm" is "i" and "am"). */
export function phraseTerms(phrase: string): Array<{ word: string; tags: string[] }> {
  return (nlp(phrase).docs.flat() as Term[])
    .map((t) => ({ word: termWord(t).replace(/[^\p{L}\p{N}'-]/gu, ''), tags: [...t.tags] }))
    .filter((t) => t.word !== '');
}

/** A phrase inside one sentence, offsets relative to that sentence. */
export interface PhraseSpan {
  start: number;
  end: number;
  text: string;
}

interface JsonTerm {
  text: string;
  offset?: { start: number; length: number };
}

/**
 * Noun phrases that open with a determiner or possessive, with one prepositional attachment:
 * "the report", "the client call", "the numbers in the deck", "my job". Parses only `sentence`.
 * A plural the tagger read as a verb at the end of the phrase ("the release notes,", "the invoice totals for")
 * is taken back into the phrase.
 */
const NOUN_PHRASE = '(#Determiner|#Possessive) #Adjective{0,3} #Noun+';

interface TaggedTerm {
  text: string;
  post: string;
  tags: string[];
  offset?: { start: number; length: number };
}

const ATTACHING = new Set(['of', 'in', 'on', 'for', 'from']);

export function nounPhrases(sentence: string): PhraseSpan[] {
  const known = phraseCache.get(sentence);
  if (known) return known;
  const found = findNounPhrases(sentence);
  if (phraseCache.size > 500) phraseCache.clear();
  phraseCache.set(sentence, found);
  return found;
}

/** The reframer asks about the same sentence several times while it plans a rewrite: parse it once. */
const phraseCache = new Map<string, PhraseSpan[]>();

function findNounPhrases(sentence: string): PhraseSpan[] {
  const doc = parsed(sentence);
  const terms = (doc.json({ offset: true }) as Array<{ terms: TaggedTerm[] }>)
    .flatMap((s) => s.terms)
    .filter((t) => t.offset && t.offset.length > 0);
  const matches = (doc.match(NOUN_PHRASE).json({ offset: true }) as Array<{ terms: Array<JsonTerm & { tags?: string[] }> }>).flatMap(
    (m) => {
      // A pronoun read as a noun ends the phrase: "this exam I'm worthless" is "this exam".
      const cut = m.terms.findIndex((t, i) => i > 0 && t.tags?.includes('Pronoun'));
      const words = (cut > 0 ? m.terms.slice(0, cut) : m.terms).filter((t) => t.offset && t.offset.length > 0);
      const first = words[0]?.offset;
      const last = words[words.length - 1]?.offset;
      return first && last ? [{ start: first.start, end: last.start + last.length }] : [];
    },
  );
  const indexAt = (offset: number) => terms.findIndex((t) => t.offset?.start === offset);
  const endOf = (t: TaggedTerm) => (t.offset ? t.offset.start + t.offset.length : 0);
  const isNoun = (t: TaggedTerm | undefined) => Boolean(t?.tags.includes('Noun') && !t.tags.includes('Pronoun'));
  /** A plural noun tagged as a present-tense verb: "notes", "totals". */
  const pluralReadAsVerb = (i: number): boolean => {
    const t = terms[i];
    if (!t?.tags.includes('PresentTense') || t.tags.some((g) => g === 'Copula' || g === 'Auxiliary' || g === 'Modal')) return false;
    if (!/s$/i.test(t.text)) return false;
    const next = terms[i + 1];
    return !next || /[,.;:!?]/.test(t.post) || ATTACHING.has(next.text.toLowerCase());
  };

  const out: PhraseSpan[] = [];
  for (const m of matches) {
    let end = m.end;
    let last = indexAt(m.start);
    if (last < 0) continue;
    while (terms[last + 1] && endOf(terms[last] as TaggedTerm) < end) last++;
    if (pluralReadAsVerb(last + 1) && !/[,.;:!?]/.test(terms[last]?.post ?? '')) {
      last++;
      end = endOf(terms[last] as TaggedTerm);
    }
    // One attachment: "the numbers in the deck", "the invoice totals for Acme".
    const prep = terms[last + 1];
    if (prep && ATTACHING.has(prep.text.toLowerCase()) && !/[,.;:!?]/.test(terms[last]?.post ?? '')) {
      let j = last + 2;
      if (terms[j]?.tags.some((g) => g === 'Determiner' || g === 'Possessive')) j++;
      while (terms[j]?.tags.includes('Adjective') && !isNoun(terms[j])) j++;
      let k = j;
      while (isNoun(terms[k]) && (k === j || !/[,.;:!?]/.test(terms[k - 1]?.post ?? ''))) k++;
      if (k > j) end = endOf(terms[k - 1] as TaggedTerm);
    }
    if (out.some((o) => m.start < o.end)) continue;
    out.push({ start: m.start, end, text: sentence.slice(m.start, end) });
  }
  return out;
}

/** The forms of one English verb, from any of its forms. */
export interface VerbForms {
  infinitive: string;
  past: string;
  participle: string;
  gerund: string;
}

interface VerbTransform {
  toInfinitive(word: string, model: unknown, form: string): string;
  conjugate(inf: string, model: unknown): Record<string, string | undefined>;
}

const FORM_TAGS = { gerund: 'Gerund', past: 'PastTense', participle: 'Participle', present: 'PresentTense' } as const;

/**
 * Conjugate a single verb from any of its forms ("missing" → missed, "seen" → see), or from the form
 * given as `hint` when the caller knows it. Null when `word` is not a plain word.
 */
export function verbForms(word: string, hint?: keyof typeof FORM_TAGS): VerbForms | null {
  const w = word.trim().toLowerCase();
  if (!/^[a-z]+$/.test(w)) return null;
  const transform = (nlp as unknown as { methods(): { two: { transform: { verb: VerbTransform } } } }).methods().two.transform.verb;
  const model = (nlp as unknown as { model(): unknown }).model();
  const forms: string[] = hint
    ? [FORM_TAGS[hint]]
    : w.endsWith('ing')
      ? ['Gerund', 'PastTense', 'Participle']
      : ['PastTense', 'Participle'];
  const candidates = forms.map((form) => transform.toInfinitive(w, model, form)).filter((inf) => inf && inf !== w);
  // Prefer the reading that conjugates back to the word itself; else trust the first one.
  const exact = candidates.find((inf) => {
    const all = transform.conjugate(inf, model);
    return all.PastTense === w || all.Participle === w || all.Gerund === w;
  });
  const infinitive = exact ?? candidates[0] ?? w;
  const all = transform.conjugate(infinitive, model);
  const past = all.PastTense ?? `${infinitive}ed`;
  return {
    infinitive,
    past,
    participle: all.Participle ?? past,
    gerund: w.endsWith('ing') && infinitive !== w ? w : (all.Gerund ?? `${infinitive}ing`),
  };
}

/** One word of a short phrase with compromise's tags: what a typed template slot is checked against. */
export interface TaggedWord {
  text: string;
  /** Lowercase, contractions expanded by compromise ("I'm" → "i" then "am"). */
  normal: string;
  tags: readonly string[];
}

/**
 * The words of a short phrase, tagged. A contraction gives two words ("can't" → can, not), so a check
 * sees the modal and the negation it carries.
 */
export function tagWords(phrase: string): TaggedWord[] {
  return wordsInContext(phrase) ?? termsOf(phrase).map(({ start: _s, end: _e, ...word }) => word);
}

type PlacedWord = TaggedWord & { start: number; end: number };

/** Sentences the reframer reads more than once (its noun phrases, its tagged words), parsed once. */
const docs = new Map<string, Doc>();
const words = new Map<string, PlacedWord[]>();

function parsed(text: string): Doc {
  const known = docs.get(text);
  if (known) return known;
  const doc = nlp(text);
  doc.compute('offset');
  if (docs.size > 64) {
    const oldest = docs.keys().next().value as string;
    docs.delete(oldest);
    words.delete(oldest);
  }
  docs.set(text, doc);
  return doc;
}

function termsOf(text: string): PlacedWord[] {
  const known = words.get(text);
  if (known) return known;
  const doc = parsed(text);
  const out = (
    doc.json({ offset: true }) as Array<{
      terms: Array<{ text: string; normal: string; machine?: string; tags: string[]; offset?: { start: number; length: number } }>;
    }>
  )
    .flatMap((s) => s.terms)
    .map((t) => ({
      text: t.text,
      normal: t.machine ?? t.normal,
      tags: t.tags,
      start: t.offset?.start ?? 0,
      end: (t.offset?.start ?? 0) + (t.offset?.length ?? 0),
    }));
  words.set(text, out);
  return out;
}

/**
 * A phrase cut from a sentence just read is tagged as it stands there, without parsing it again: the
 * words of the most recent sentence that holds it, word for word.
 */
function wordsInContext(phrase: string): TaggedWord[] | null {
  const recent = [...docs.keys()].slice(-8).reverse();
  for (const text of recent) {
    const at = text.indexOf(phrase);
    if (at < 0 || text === phrase) continue;
    const terms = termsOf(text);
    const inside = terms.filter((t) => t.start >= at && t.end <= at + phrase.length && t.end > t.start);
    const first = inside[0];
    const last = inside[inside.length - 1];
    // Only a phrase that starts and ends on word boundaries there, with nothing left out.
    if (!first || !last || first.start !== at || last.end !== at + phrase.trimEnd().length) continue;
    const covered = terms.filter((t) => t.end > at && t.start < at + phrase.length);
    if (covered.length !== inside.length) continue;
    return inside.map(({ start: _s, end: _e, ...word }) => word);
  }
  return null;
}
