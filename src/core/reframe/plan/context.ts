/**
 * What every rewrite plan works with: the sentence, the flagged span inside it, the clause(s) that
 * hold it, the writer's style, and the small operations plans are made of (replace a range, drop a
 * clause, find the noun phrase a story is about).
 */
import { nounPhrases, verbForms } from '../../nlp';
import type { Span } from '../../types';
import { type Clause, clauseRange, GENERALISING_TAIL, isIndependent, isTailOnly, MIND_READING } from '../clauses';
import { fillSlots } from '../slots';
import { closingOf, type Style, styled, styleOf } from '../style';
import { REWRITES, type RewriteId } from '../wording/rewrites';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * What a plan learnt about the thought while reading it, in the writer's words: the thing it is about
 * ("the migration"), the people ("my parents"), something they did ("missing that deadline"), a skill
 * still being learnt ("spreadsheets", with the preposition they used), a place they are growing into
 * ("this job"), or a role they hold ("a mother").
 */
export type TopicHint =
  | { kind: 'task' | 'person' | 'act' | 'place' | 'role'; text: string }
  | { kind: 'skill'; text: string; prep: string };

export interface Plan {
  edit: Edit | null;
  topic: TopicHint | null;
}

export interface Ctx {
  s: string;
  a: number;
  b: number;
  phrase: string;
  style: Style;
  /** The clause(s) holding the flag. */
  clause: Span;
  clauses: Clause[];
  clauseIndex: [number, number];
  /** What follows the flag inside its clause. */
  after: string;
}

/** A typed slot was offered a filler that does not fit: the plan gives way to the next one. */
export class SlotMismatch extends Error {}

export function makeCtx(s: string, a: number, bIn: number): Ctx {
  let b = bIn;
  while (b > a && /[\s,;:.!?…]/.test(s.charAt(b - 1))) b--;
  const { range, index, clauses } = clauseRange(s, a, b);
  return { s, a, b, phrase: s.slice(a, b), style: styleOf(s), clause: range, clauses, clauseIndex: index, after: s.slice(b, range.end) };
}

/** A rewrite piece, filled and in the writer's style. Throws SlotMismatch when a typed slot's filler does not fit. */
export function say(id: RewriteId, slots: Record<string, string>, style: Style): string {
  const w = REWRITES[id];
  const types = 'slots' in w ? w.slots : {};
  const filled = fillSlots(styled(w.text, style), slots, types);
  if (filled === null) throw new SlotMismatch(id);
  return filled;
}

export const EXCLUDED_TOPIC =
  /\b(?:mistakes?|errors?|typos?|slips?|blunders?|fault|question|questions|idiot|moron|failure|loser|fraud|mess|disaster|option|room|point|way|thing|things|time|week|day|month|year|morning|afternoon|everyone|everybody|people|team|myself|me|wrong|right|best|worst)\b/i;
/** An object that names nothing in particular: "this", "it all". */
export const PRONOUN_OBJECT =
  /^(?:it|this|that|things|everything|them|stuff|all of this|all of it|it all|this one|that one|anything|life)$/i;
export const TIME_PHRASE =
  /^(?:(?:this|last|the past)\s+(?:week|month|year|morning|afternoon|quarter|sprint|few days|term)|today|yesterday|tonight|lately|recently)\b/i;

/** The first noun phrase (compromise) starting inside [from, to) of the sentence, as the writer wrote it. */
export function nounPhraseIn(c: Ctx, from: number, to: number): string | null {
  for (const p of nounPhrases(c.s)) {
    if (p.start < from || p.start >= to) continue;
    let text = p.text;
    // "Any error in the payroll run": the mistake is not the topic, the payroll run is.
    if (EXCLUDED_TOPIC.test(text)) {
      const tail = /\s(?:of|in|on|for|from)\s+((?:the|this|that|these|those|my|our|your)\s.+)$/i.exec(text);
      if (!tail || EXCLUDED_TOPIC.test(tail[1] ?? '')) continue;
      text = tail[1] ?? '';
    }
    return text.replace(/\b(whole|entire)\s+/i, '');
  }
  // The tagger sometimes reads a noun as an adjective ("this deliverable"): take the determiner's phrase as written.
  const plain =
    /\b(?:the|this|that|these|those|my|our|your)\s+[\p{L}-]+(?:\s+(?!(?:and|but|or|is|are|was|were|has|have|to|in|on|at|for|of|with|by|from|the|a|an)\b)[\p{L}-]+){0,2}/iu.exec(
      c.s.slice(from, to),
    );
  return plain && !EXCLUDED_TOPIC.test(plain[0]) ? plain[0].replace(/\b(whole|entire)\s+/i, '') : null;
}

export function task(text: string | null): TopicHint | null {
  return text ? { kind: 'task', text } : null;
}

/** "I forgot the attachment again" → "forgetting the attachment again"; null when it is not that shape. */
export function actOf(clause: string): string | null {
  const m =
    /^i\s+(?:(didn['’]?t|did not|couldn['’]?t|could not|wasn['’]?t)\s+)?(?:even\s+|just\s+|totally\s+|completely\s+)?([a-z]+)\b(.*)$/i.exec(
      clause.trim(),
    );
  if (!m) return null;
  const verb = (m[2] ?? '').toLowerCase();
  // A modal or an auxiliary is not something the writer did: "I can never get…", "I should have…".
  if (/^(?:can|could|will|would|shall|should|may|might|must|do|does|am|was|were|is|are|have|has|had|never|always|keep|kept)$/.test(verb))
    return null;
  const forms = verbForms(verb, m[1] ? undefined : 'past');
  if (!forms || forms.infinitive === 'be' || forms.infinitive === 'have') return null;
  return `${m[1] ? 'not ' : ''}${forms.gerund}${m[3] ?? ''}`.trim();
}

export function replaceRange(_c: Ctx, start: number, end: number, text: string, topic: TopicHint | null = null): Plan {
  return { edit: { start, end, text }, topic };
}

function tailOnly(text: string): boolean {
  return isTailOnly(text);
}

/**
 * Drop the flagged clause (and any mind-reading tail) when an independent clause remains:
 * "I'm such an idiot, I forgot the attachment." → "I forgot the attachment."
 */
export function dropClause(c: Ctx, range: Span = c.clause): Plan | null {
  const remaining = c.clauses.filter((cl) => cl.end <= range.start || cl.start >= range.end);
  const kept = remaining.filter((cl) => !MIND_READING.test(c.s.slice(cl.start, cl.end)) && !tailOnly(c.s.slice(cl.start, cl.end)));
  const independent = kept.find((cl) => isIndependent(c.s.slice(cl.start, cl.end)));
  if (!independent) return null;
  const parts: string[] = [];
  kept.forEach((cl, i) => {
    const next = kept[i + 1];
    parts.push(c.s.slice(cl.start, cl.end));
    if (next) {
      const sep = c.s.slice(cl.end, cl.sepEnd);
      const nextIsNeighbour = cl.sepEnd === next.start;
      parts.push(nextIsNeighbour ? sep : /^\s*[,;:]/.test(sep) || sep.trim() === '' ? ', ' : sep);
    }
  });
  const bodyEnd = c.s.length - closingOf(c.s).length;
  const act = actOf(c.s.slice(independent.start, independent.end));
  return { edit: { start: 0, end: bodyEnd, text: parts.join('') }, topic: act ? { kind: 'act', text: act } : null };
}

/** The range of the clause plus any mind-reading or generalising clauses right after it. */
export function withTails(c: Ctx, range: Span = c.clause): Span {
  let end = range.end;
  for (const cl of c.clauses) {
    if (cl.start < end) continue;
    const text = c.s.slice(cl.start, cl.end);
    if (MIND_READING.test(text) || tailOnly(text)) end = cl.end;
    else break;
  }
  return { start: range.start, end };
}

export function haveOf(text: string): 'have' | 'had' | '' {
  if (/\bi(?:['’]ve|\s+have)\b/i.test(text)) return 'have';
  if (/\bi(?:['’]d|\s+had)\b/i.test(text)) return 'had';
  return '';
}

export { GENERALISING_TAIL };
