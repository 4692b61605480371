/**
 * What a thought is and what a rewrite must keep of it.
 *  - A thought is the flagged sentence plus a harsh sentence right next to it, in the same paragraph:
 *    "Sorry, I know I'm a burden. I always ruin everything." is one thought, and "Use this" must not
 *    leave half of it behind.
 *  - A rewrite keeps what the thought means: every noun that names a person or a task, a condition as a
 *    condition, a worry about what is coming as a worry about what is coming; and it carries no harsh
 *    story and no verdict on the self.
 */
import { splitSentences } from '../sentences';
import type { Finding, Span } from '../types';
import { ENDING_MIND_READING } from './clauses';
import { PEOPLE, ROLES } from './lexicon';
import { FUTURE, namedNouns } from './topic';
import { selfVerdictIn } from './verdict';

export interface SentenceOfThought {
  span: Span;
  /** Findings inside this sentence, offsets into the whole text. */
  findings: Finding[];
}

export interface Thought {
  span: Span;
  sentences: SentenceOfThought[];
}

/** How far around the sentence to look for its neighbours. */
const WINDOW = 1200;
/** The most sentences one thought spans. */
const MAX_SENTENCES = 3;

/** The sentences right before and after `sentence`, each whole, from a window of the text (never the whole document). */
function neighbours(text: string, sentence: Span): Span[] {
  const from = Math.max(0, sentence.start - WINDOW);
  const to = Math.min(text.length, sentence.end + WINDOW);
  const spans = splitSentences(text.slice(from, to)).map((s) => ({ start: s.start + from, end: s.end + from }));
  // A sentence cut by the window's edge is not whole: leave it out.
  return spans.filter((s) => (s.start > from || from === 0) && (s.end < to || to === text.length));
}

/** Is the gap between two sentences inside one paragraph? */
function sameParagraph(text: string, a: Span, b: Span): boolean {
  return !/\n\s*\n/.test(text.slice(a.end, b.start));
}

/**
 * The thought `finding` belongs to. `flagged(span)` gives the findings inside a sentence (the caller's
 * own, or the detector's for that sentence alone).
 */
export function thoughtOf(text: string, finding: Finding, flagged: (s: Span) => Finding[]): Thought {
  const own = flagged(finding.sentence).filter((f) => f !== finding && !(f.start < finding.end && finding.start < f.end));
  const sentences: SentenceOfThought[] = [{ span: finding.sentence, findings: [finding, ...own].sort((a, b) => a.start - b.start) }];
  const around = neighbours(text, finding.sentence);
  const at = around.findIndex((s) => s.start === finding.sentence.start);
  if (at >= 0) {
    for (let i = at + 1; i < around.length && sentences.length < MAX_SENTENCES; i++) {
      const s = around[i] as Span;
      const last = sentences[sentences.length - 1] as SentenceOfThought;
      const found = flagged(s);
      if (found.length === 0 || !sameParagraph(text, last.span, s)) break;
      sentences.push({ span: s, findings: found });
    }
    for (let i = at - 1; i >= 0 && sentences.length < MAX_SENTENCES; i--) {
      const s = around[i] as Span;
      const first = sentences[0] as SentenceOfThought;
      const found = flagged(s);
      if (found.length === 0 || !sameParagraph(text, s, first.span)) break;
      sentences.unshift({ span: s, findings: found });
    }
  }
  const first = sentences[0] as SentenceOfThought;
  const last = sentences[sentences.length - 1] as SentenceOfThought;
  return { span: { start: first.span.start, end: last.span.end }, sentences };
}

/**
 * The sentences right around a thought, in its paragraph: where the writer may have said what the
 * situation is ("I skipped the gym again. I have no discipline.").
 */
export function contextOf(text: string, span: Span): string {
  return contextAround(text, span).join(' ');
}

/** The sentence before the thought and the one after it, each when it is in the same paragraph ('' when not). */
export function contextAround(text: string, span: Span): [string, string] {
  const around = neighbours(text, span);
  const at = around.findIndex((s) => s.start >= span.start);
  const before = at > 0 ? around[at - 1] : undefined;
  const last = around.findIndex((s) => s.end >= span.end);
  const after = last >= 0 ? around[last + 1] : undefined;
  return [
    before && sameParagraph(text, before, span) ? text.slice(before.start, before.end) : '',
    after && sameParagraph(text, span, after) ? text.slice(after.start, after.end) : '',
  ];
}

const CONDITION = /\b(?:if|unless)\b/i;
/** Guesses at what others will think, and threats, that end a harsh story. */
const STORY_TAIL =
  /\s*,?\s*(?:and\s+|or\s+|otherwise\s+)?(?:sooner or later\s+|soon\s+)?(?:they|people|everyone|everybody)(?:['’]ll|\s+will)\s+(?:think|know|see|regret|realise|realize|find out|figure|notice)\b[^.!?]*/gi;
/** An "if" that only softens: "sorry if this is…", "not sure if…". */
const HEDGE = /\b(?:sorry|apologies|forgive me|excuse me|not sure|wondering|wonder|see|ask|asking|check)\s+if\b/gi;

const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);

/**
 * A word of `original` is kept when the rewrite has it as a whole word, in the singular or the plural
 * (the stem, then nothing, "s" or "es"). Read by hand rather than by a pattern built per word: a long
 * sentence asks this for every noun after every plan it tries.
 */
function keeps(rewrite: string, word: string): boolean {
  const text = rewrite.toLowerCase();
  const stem = word.toLowerCase().replace(/(?:es|s)$/, '');
  if (stem === '') return false;
  for (let at = text.indexOf(stem); at !== -1; at = text.indexOf(stem, at + 1)) {
    if (isLetter(text[at - 1])) continue;
    const end = at + stem.length;
    for (const ending of ['', 's', 'es']) {
      if (text.startsWith(ending, end) && !isLetter(text[end + ending.length])) return true;
    }
  }
  return false;
}

/**
 * Why `rewrite` would not say what `original` means, as a short sentence for the writer; null when it does.
 * `harsh(text)` tells whether the detector still finds a story in a text; without it (halfway through a
 * sentence with more flagged phrases still to rewrite) only the facts, the condition and the tense are checked.
 */
export function meaningLost(original: string, rewrite: string, harsh?: (text: string) => boolean): string | null {
  // What belongs to the harsh story itself is not a fact to keep: "…and sooner or later they'll figure it out",
  // "or I'll look incompetent", "sorry if this is a stupid question".
  const facts = original.replace(ENDING_MIND_READING, '').replace(STORY_TAIL, '').replace(HEDGE, '');
  // A comparison closing the story ("everyone else is a real engineer") may still name the writer's role: kept.
  const tail = ENDING_MIND_READING.exec(original)?.[0] ?? '';
  const roles = tail === '' ? [] : namedNouns(tail).filter((w) => ROLES.has(w) || PEOPLE.has(w));
  const lost = [...namedNouns(facts), ...roles].find((w) => !keeps(rewrite, w));
  if (lost) return `A rewrite would lose “${lost}”.`;
  if (CONDITION.test(facts) && !CONDITION.test(rewrite)) return 'A rewrite would turn a condition into a fact.';
  if (FUTURE.test(facts) && !FUTURE.test(rewrite)) return 'A rewrite would move a worry about what is coming into the past.';
  if (harsh && (harsh(rewrite) || selfVerdictIn(rewrite) !== null)) return 'Every rewrite Mastery found still carried a harsh story.';
  return null;
}
