/**
 * A condition stays a condition. "If I don't get an A on this exam I'm worthless" hangs worth on an
 * outcome that has not happened: the rewrite keeps the "if" and what it is about, and changes only what
 * the writer says would follow ("…, I'll be disappointed, and I'll learn from it"). When the condition
 * itself is a demand for perfection ("if this release isn't flawless"), the rewrite says what the writer
 * wants instead and keeps the "if" for what might go wrong.
 */
import { nounPhrases } from '../../nlp';
import { midSentence } from '../style';
import { type Ctx, nounPhraseIn, type Plan, replaceRange, say, task } from './context';

const PERFECTION =
  /\b(?:perfect(?:ly)?|flawless(?:ly)?|100%|a single (?:typo|mistake|error|slip)|one (?:typo|mistake|error|slip)|any (?:typo|mistake|error)s?)\b/i;
/** Where what follows the condition begins: the writer's next subject ("I'm", "I'll", "there's"). */
const CONSEQUENCE_START =
  /(?:,\s*|\s+(?:then\s+)?)(?=(?:i['’]m|i\s+am|im|i['’]ll|i\s+will|i['’]d|i\s+would|i|there['’]s|there\s+is|it['’]s|that['’]s|my\s+life|what['’]s\s+the\s+point)\b)/gi;

interface Split {
  /** "If I don't get an A on this exam" */
  condition: string;
  conditionStart: number;
  /** Where the consequence begins and ends in the sentence. */
  start: number;
  end: number;
}

/** The condition and its consequence, when the flag sits in the consequence or holds them both. */
function split(c: Ctx): Split | null {
  const body = c.s.slice(0, c.clause.end);
  const iff = /\b(?:if|unless)\b/i.exec(body);
  if (!iff || iff.index >= c.b) return null;
  // The flag may hold the whole condition ("If I fail this exam I'm worthless"): what follows it is then
  // the last consequence inside the flag.
  const until = iff.index >= c.a ? c.b : c.a;
  // Skip the condition's own subject ("if I", "if this release") before looking for the next one.
  const subject =
    /^(?:if|unless)\s+(?:i\b|[^,]*?\b(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|don['’]t|doesn['’]t|do|does|can['’]t|get|gets|fail|fails)\b)/i.exec(
      body.slice(iff.index),
    );
  const from = iff.index + (subject ? subject[0].length : 2);
  CONSEQUENCE_START.lastIndex = from;
  let found: RegExpExecArray | null = null;
  for (let m = CONSEQUENCE_START.exec(body); m; m = CONSEQUENCE_START.exec(body)) {
    const at = m.index + m[0].length;
    if (at <= until) found = m;
    if (at >= until) break;
  }
  if (!found) return null;
  const start = found.index + found[0].length;
  return { condition: body.slice(iff.index, found.index).trim(), conditionStart: iff.index, start, end: c.clause.end };
}

/** "If this release isn't flawless" → "this release"; "if it isn't perfect" → "this". */
function subjectOf(condition: string): string | null {
  const m = /^(?:if|unless)\s+(.+?)\s+(?:isn['’]t|is not|aren['’]t|are not|is|are|wasn['’]t|doesn['’]t|does not|won['’]t|will not)\b/i.exec(
    condition,
  );
  const s = m?.[1]?.trim();
  if (!s) return null;
  if (/^(?:it|this|that)$/i.test(s)) return 'this';
  return /^(?:the|this|that|these|those|my|our|your)\b/i.test(s) ? midSentence(s) : null;
}

/**
 * Worth that rests on a thing with no "if": "My whole worth depends on this review", "I'm worth nothing
 * without this job" → "This review matters a lot to me": the thing matters; the worth was never in question.
 */
export function worthRestsOn(c: Ctx): Plan | null {
  const m =
    /^(?:my\s+(?:whole\s+|entire\s+)?(?:self-)?worth\s+(?:depends|hangs|rests)\s+(?:entirely\s+)?on|i(?:['’]m|\s+am)\s+worth(?:less|\s+nothing)\s+without)\s+((?:the|this|that|my|our)\s+[^,;]+)$/i.exec(
      c.s.slice(c.clause.start, c.clause.end),
    );
  if (!m) return null;
  const thing = (m[1] ?? '').trim();
  const subject = thing.charAt(0).toUpperCase() + thing.slice(1);
  return replaceRange(c, c.clause.start, c.clause.end, `${subject} ${say('matters-to-me', {}, c.style)}`, task(midSentence(thing)));
}

/** The last thing the condition names with "the", "this" or "my": "If I don't get an A on this exam" → "this exam". */
function aboutOf(c: Ctx, from: number, to: number): string | null {
  const named = nounPhrases(c.s).filter((p) => p.start >= from && p.end <= to && /^(?:the|this|that|my|our)\s/i.test(p.text));
  const last = named[named.length - 1];
  return last ? midSentence(last.text) : nounPhraseIn(c, from, to);
}

export function conditional(c: Ctx): Plan | null {
  const parts = split(c);
  if (!parts) return null;
  const { condition } = parts;
  if (PERFECTION.test(condition)) {
    // "If I'm not perfect at this job, …" → "I want to do well at this job, and if something slips I'll learn from it".
    const self = /^(?:if|unless)\s+i(?:['’]m|\s+am)\s+not\s+(?:\w+\s+)?(?:perfect|flawless)\b(.*)$/i.exec(condition);
    if (self)
      return replaceRange(
        c,
        parts.conditionStart,
        parts.end,
        `${say('do-well', {}, c.style)}${self[1] ?? ''}, and ${say('if-slips', {}, c.style)}`,
      );
    const subject = subjectOf(condition);
    if (subject && subject !== 'this')
      return replaceRange(c, parts.conditionStart, parts.end, say('want-solid-if', { object: subject }, c.style), task(subject));
    return replaceRange(c, parts.conditionStart, parts.end, say('want-solid-if-none', {}, c.style));
  }
  // What the condition is about ("this exam") is the thought's topic.
  return replaceRange(
    c,
    parts.conditionStart,
    parts.end,
    `${condition}, ${say('then-disappointed', {}, c.style)}`,
    task(aboutOf(c, parts.conditionStart, parts.start)),
  );
}
