/**
 * Sentence analysis at the level of clauses: where one clause ends and the next begins, whether a
 * clause can stand on its own, and the tails that keep an old story going ("again", "as usual",
 * "and everyone can tell", "or I'll look incompetent").
 */
import type { Span } from '../types';
import { closingOf } from './style';
import { GENERALISING_TAILS } from './wording/tails';

export interface Clause extends Span {
  /** Where the separator that follows the clause (", ", " and ") ends; the clause's end when it is last. */
  sepEnd: number;
}

const CLAUSE_BREAK =
  /\s*(?:[,;:]|\.{2,}|…|\s[—–-]\s|[—–]|(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+)\s*|\s+(?:and|but|because|though|although)\s+/giu;

export function clausesOf(s: string): Clause[] {
  const bodyEnd = s.length - closingOf(s).length;
  const out: Clause[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    if (m.index >= bodyEnd) break;
    if (m[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    if (m.index > from) out.push({ start: from, end: m.index, sepEnd: Math.min(m.index + m[0].length, bodyEnd) });
    from = m.index + m[0].length;
  }
  if (bodyEnd > from) out.push({ start: from, end: bodyEnd, sepEnd: bodyEnd });
  return out;
}

/** The clause range covering [a, b): from the start of the clause holding `a` to the end of the one holding `b`. */
export function clauseRange(s: string, a: number, b: number): { range: Span; index: [number, number]; clauses: Clause[] } {
  const clauses = clausesOf(s);
  let i = clauses.findIndex((c) => c.sepEnd > a);
  if (i < 0) i = clauses.length - 1;
  let j = clauses.findIndex((c) => c.end >= b);
  if (j < 0) j = clauses.length - 1;
  if (j < i) j = i;
  const first = clauses[i];
  const last = clauses[j];
  const range = first && last ? { start: Math.min(first.start, a), end: Math.max(last.end, b) } : { start: a, end: b };
  return { range, index: [i, j], clauses };
}

const SUBJECT_START =
  /^(?:[Ii]|[Ww]e|[Ii]t|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]ere|[Tt]here|[Mm]y|[Oo]ur|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ee]verything|[Nn]othing|[Ss]omeone|[A-Z][a-z]+)\b/;
const HAS_VERB =
  /\b(?:am|is|are|was|were|be|been|have|has|had|do|does|did|will|would|can|could|should|may|might|must|\w+ed|\w+[^s]s|\w+n['’]?t|forgot|sent|made|got|went|wrote|left|lost|put|took|gave|told|said|came|saw|knew|kept|found|broke|ate|spent|bought|did|ran|fell|threw|hit|cut|let|won|drank|slept|overslept|forgave|chose|drove|rode|sang|spoke|swore|tore|wore|woke)\b|['’](?:s|re|ll|ve|m|d)\b/i;

/** Guessing what others think of you: a tail that belongs to the story, not the news. */
export const MIND_READING =
  /\b(?:everyone|everybody|they|people|someone|anyone)\b.*\b(?:see|sees|saw|know|knows|notice|notices|figure|find out|think|thinks|realise|realize|tell|tells)\b|\b(?:everyone|everybody)\s+else\b/i;
const MIND_READING_TAIL =
  /^\s*,?\s*(?:and|but)?\s*(?:(?:sooner or later\s+|soon\s+)?(?:everyone|everybody|they|people|someone|anyone)\b[^,.;!?]*\b(?:see|sees|saw|know|knows|notice|notices|figure|find out|think|thinks|realise|realize|tell|tells)\b[^,.;!?]*|(?:everyone|everybody)\s+else\b[^,.;!?]*)/i;

/** A clause that could stand as a sentence: a subject and a verb, and not a guess at what others think. */
export function isIndependent(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length < 2) return false;
  if (MIND_READING.test(t)) return false;
  return SUBJECT_START.test(t) && HAS_VERB.test(t);
}

const TAIL_WORDS = GENERALISING_TAILS.map((t) => t.replace(/ /g, '\\s+')).join('|');
export const GENERALISING_TAIL = new RegExp(`^\\s*,?\\s*(?:${TAIL_WORDS})\\b`, 'i');
const THREAT_TAIL =
  /^\s*,?\s*(?:or|otherwise|or else)\s+(?:[^,.;!?]*\b(?:worthless|pointless|useless|incompetent|stupid|an idiot|a failure|fired|a disaster|ruined|wasted|a joke|look bad|failed)\b[^,.;!?]*|(?:they|people|everyone|everybody|the\s+\w+)(?:['’]ll|\s+will)\s+(?:think|know|see|regret|realise|realize|find out|notice)\b[^,.;!?]*)/i;
const NO_MISTAKES_TAIL = /^\s*,?\s*(?:no|zero)\s+(?:mistakes|errors|typos)(?:\s+(?:allowed|at all))?\b/i;

/** Remove story-keeping tails right after a rewritten part: "again", "as usual", "or I'll look incompetent". */
export function stripTails(rest: string): string {
  let r = rest;
  for (let k = 0; k < 4; k++) {
    const m = GENERALISING_TAIL.exec(r) ?? THREAT_TAIL.exec(r) ?? NO_MISTAKES_TAIL.exec(r) ?? MIND_READING_TAIL.exec(r);
    if (!m) break;
    r = r.slice(m[0].length);
  }
  return r;
}

/** "... and everyone can tell." closing the sentence: guessing at what others think is part of the story. */
export const ENDING_MIND_READING =
  /\s*,?\s+(?:(?:and|but)\s+(?:sooner or later\s+|soon\s+)?(?:everyone|everybody|they|people)\b[^,.;!?]*\b(?:see|sees|saw|know|knows|notice|notices|figure|find out|think|thinks|realise|realize|tell|tells)\b[^,.;!?]*|(?:(?:and|but|while)\s+)?(?:everyone|everybody)\s+else\b[^,.;!?]*|(?:or|otherwise)\s+(?:they|people|everyone|everybody)(?:['’]ll|\s+will)\s+(?:think|know|see|regret|realise|realize|find out|notice)\b[^,.;!?]*)(?=[.!?…]*\s*$)/i;

/** A sigh before the story ("ugh,", "god,"): it goes with the story. */
export const INTERJECTION = /^\s*(?:ugh+|argh+|god|gosh|jeez|sigh|omg|oh god|oh no|ffs|man)\s*[,.!…-]*\s*$/i;

/** A clause that is nothing but a generalising tail: "again", "as usual". */
export function isTailOnly(text: string): boolean {
  const t = ` ${text.trim()}`;
  const g = GENERALISING_TAIL.exec(t);
  return g !== null && g[0].trim().length === text.trim().length;
}
