/**
 * Revolution: the flagged sentence rewritten, fit to send. Every flagged phrase in it is planned and
 * put in place, then the detector reads the result and anything it still finds is planned too. Each
 * plan must keep what the sentence means (meaning.ts); the first one that does wins. When none does,
 * there is no rewrite, and the reason says why.
 */
import { detect } from '../detect';
import { CATEGORIES, type DetectOptions, type Frame, type Span } from '../types';
import { ENDING_MIND_READING, INTERJECTION, stripTails } from './clauses';
import { meaningLost } from './meaning';
import { type Plan, plansFor, type TopicHint } from './plan';
import { tidy } from './style';

const ALL: DetectOptions = { categories: CATEGORIES };
/** Words that only introduce the verdict that follows them. */
const LEAD_IN = /(^|[,;:]\s*|\s)(?:i\s+(?:just\s+)?(?:feel\s+like|feel\s+as\s+if|know|think|guess)|it\s+feels\s+like)\s+$/i;
const MAX_PASSES = 4;

/** A flagged phrase inside one sentence, offsets relative to the sentence. */
export interface Flag extends Span {
  frame: Frame;
}

export interface SentenceRewrite {
  /** The sentence rewritten, or null when no honest rewrite exists. */
  text: string | null;
  /** Why there is no rewrite, for the writer; null when there is one. */
  reason: string | null;
  /** What the plans learnt about the thought while reading it (its topic, something the writer did). */
  hints: TopicHint[];
}

export const NO_PLAN = 'Mastery has no kinder way to say this that keeps what it means.';

function harsh(text: string): boolean {
  return detect(text, ALL).length > 0;
}

/** Put the edit in place and tidy what it leaves: tails, interjections, spacing, case and closing punctuation. */
function applyEdit(original: string, current: string, plan: Plan): string {
  const edit = plan.edit;
  if (!edit) return current;
  let before = current.slice(0, edit.start);
  let after = stripTails(current.slice(edit.end));
  // "... and everyone can tell." closing the sentence: guessing at what others think is part of the story.
  after = after.replace(ENDING_MIND_READING, '');
  if (INTERJECTION.test(before)) before = '';
  // "I feel like I've let everyone down" → "I know this isn't…": a lead-in to a verdict goes with it.
  if (/^i\b/i.test(edit.text)) before = before.replace(LEAD_IN, '$1').replace(/(^|[,;:]\s*|\s)i\s+$/i, '$1');
  // "I couldn't even finish" → "I couldn't finish": the "even" is the old story's sting.
  // "sorry, that didn't go…": mid-sentence, a wording starts in lower case (never "I").
  const text =
    /[\p{L}\p{N},;:]\s*$/u.test(before) && /^[A-Z][a-z]/.test(edit.text) && !/^I\b/.test(edit.text)
      ? edit.text[0]?.toLowerCase() + edit.text.slice(1)
      : edit.text;
  const out = `${before}${text}${after}`.replace(/\b((?:could|can|did|do|was|were|is)n['’]?t|cannot|could not|can not)\s+even\b/gi, '$1');
  // "You never get the numbers right." → "Can we look at the numbers together?": a question closes as one.
  const asks = /^(?:can|could|would|shall|what|how)\b/i.test(edit.text) && /^[\s.!…]*$/.test(after);
  return tidy(asks ? original.replace(/[.!…]+(?=\s*$)/, '?') : original, out);
}

/** The first plan for `flag` whose result keeps the sentence's meaning so far. */
function step(original: string, current: string, flag: Flag, hints: TopicHint[]): { text: string | null; reason: string } {
  let reason: string | null = null;
  let learnt = false;
  for (const plan of plansFor(current, flag, flag.frame)) {
    if (plan.topic && !learnt) {
      hints.push(plan.topic);
      learnt = true;
    }
    const next = applyEdit(original, current, plan);
    if (next === current || next.replace(/[\p{P}\s]/gu, '') === '') continue;
    const lost = meaningLost(original, next);
    if (lost) {
      reason ??= lost;
      continue;
    }
    if (plan.topic && !hints.includes(plan.topic)) hints.unshift(plan.topic);
    return { text: next, reason: '' };
  }
  return { text: null, reason: reason ?? NO_PLAN };
}

/**
 * Rewrite one sentence with its flagged phrases (`flags`, offsets into the sentence). The writer's own
 * findings go first, right to left so earlier offsets stay valid; then whatever the detector still finds.
 */
export function rewriteSentence(sentence: string, flags: readonly Flag[]): SentenceRewrite {
  const hints: TopicHint[] = [];
  let current = sentence;
  for (const flag of [...flags].sort((a, b) => b.start - a.start)) {
    // An earlier edit already rewrote this phrase along with its clause.
    if (current.slice(flag.start, flag.end) !== sentence.slice(flag.start, flag.end)) continue;
    const next = step(sentence, current, flag, hints);
    if (next.text === null) return { text: null, reason: next.reason, hints };
    current = next.text;
  }
  // The text the detector last read and found nothing in: it need not read it again at the end.
  let clean: string | null = null;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const again = detect(current, ALL)[0];
    if (!again) {
      clean = current;
      break;
    }
    const next = step(sentence, current, { start: again.start, end: again.end, frame: again.frame }, hints);
    if (next.text === null) return { text: null, reason: next.reason, hints };
    current = next.text;
  }
  if (current === sentence) return { text: null, reason: NO_PLAN, hints };
  const lost = meaningLost(sentence, current, current === clean ? () => false : harsh);
  return lost ? { text: null, reason: lost, hints } : { text: current, reason: null, hints };
}
