/**
 * The reframer: for a flagged sentence, Brené Brown's three steps.
 *  - Reckoning: a kind sentence or two that names the story and the trap.
 *  - Rumbling: other, truer narratives the writer could say to themselves, one per strategy.
 *  - Revolution: a rewrite of the sentence, fit to send, that one click puts in place of the original.
 *
 * Pure: no DOM, no extension APIs. All wording lives in ./reframe-wording.ts; this module only decides
 * which wording fits and fills its slots from the writer's own sentence. Only the flagged sentence is
 * ever parsed, never the whole document.
 */
import { detect } from './detect';
import { nounPhrases, verbForms } from './nlp';
import {
  GENERALISING_TAILS,
  NOTHING_HARSH,
  RECKONINGS,
  RECKONINGS_BY_RULE,
  REWRITES,
  RUMBLE_FALLBACK,
  RUMBLE_GROUP,
  RUMBLE_GROUP_BY_RULE,
  RUMBLE_ORDER,
  RUMBLES,
  STRATEGY_LABELS,
  type RewriteId,
  type RumbleGroup,
  type Strategy,
  type Wording,
} from './reframe-wording';
import { CATEGORIES, severityRank, type Category, type DetectOptions, type Finding, type Frame, type Span } from './types';

export { STRATEGIES, STRATEGY_LABELS, type Strategy } from './reframe-wording';

export interface Rumble {
  strategy: Strategy;
  /** The invitation shown above it: "What would I tell a friend?" */
  label: string;
  /** A first-person sentence the writer could honestly say to themselves. */
  text: string;
}

export interface ReframeResult {
  reckoning: string;
  /** At least three, each from a different strategy. */
  rumbles: Rumble[];
  /**
   * With a finding: a drop-in replacement for `text.slice(finding.sentence.start, finding.sentence.end)`
   * (see applyRewrite). Without one: the whole `text` with every flagged sentence rewritten.
   * Null when no honest rewrite exists; then offer the rumbles only.
   */
  rewrite: string | null;
}

export interface ReframeOptions {
  /** Without a seed the wording is always the first (best) variant; a seed picks others, deterministically. */
  seed?: number;
}

const ALL: DetectOptions = { categories: CATEGORIES };

// ───────────────────────────────────────── public API ─────────────────────────────────────────

/**
 * Reframe `finding`'s sentence in `text`, or, without a finding, the first flagged sentence of `text`
 * (every category). The result's `rewrite` replaces exactly the finding's sentence: put it in place
 * with applyRewrite().
 */
export function reframe(text: string, finding?: Finding, options: ReframeOptions = {}): ReframeResult {
  const seed = options.seed;
  if (!finding) {
    const found = detect(text, ALL);
    const first = strongestPerSentence(found)[0];
    if (!first) return { reckoning: nothingHarsh(text, seed), rumbles: buildRumbles('general', null, text, seed), rewrite: null };
    const result = reframe(text, first.finding, options);
    return { ...result, rewrite: rewriteAll(text, found) };
  }
  const sentence = text.slice(finding.sentence.start, finding.sentence.end);
  const flag = { start: finding.start - finding.sentence.start, end: finding.end - finding.sentence.start };
  const plan = planFor(sentence, flag, finding.ruleId);
  const topic = plan?.topic ?? null;
  return {
    reckoning: buildReckoning(finding.category, finding.ruleId, topic, sentence, seed),
    rumbles: buildRumbles(RUMBLE_GROUP_BY_RULE[finding.ruleId] ?? RUMBLE_GROUP[finding.category], topic, sentence, seed),
    rewrite: rewriteSentence(sentence, { ...flag, ruleId: finding.ruleId, frame: finding.frame }),
  };
}

/** Put a rewrite in place of the finding's sentence, leaving every other character of `text` as it was. */
export function applyRewrite(text: string, finding: Finding, rewrite: string): string {
  return text.slice(0, finding.sentence.start) + rewrite + text.slice(finding.sentence.end);
}

export interface SentenceReframe {
  /** The strongest finding in the sentence: the one the reckoning and rumbles speak to. */
  finding: Finding;
  /** Other findings in the same sentence; the rewrite already covers them. */
  also: Finding[];
  result: ReframeResult;
}

export interface TextReframe {
  /** One entry per flagged sentence, in order. */
  findings: SentenceReframe[];
  /** Only when nothing was flagged: a warm word and a general set of rumbles to practise with. */
  general?: { message: string; rumbles: Rumble[] };
}

/** For free text typed into the popup: detect, then reframe each flagged sentence. */
export function reframeText(text: string, options: DetectOptions & ReframeOptions = {}): TextReframe {
  const found = detect(text, options);
  const groups = strongestPerSentence(found);
  if (groups.length === 0) {
    return {
      findings: [],
      general: { message: nothingHarsh(text, options.seed), rumbles: buildRumbles('general', null, text, options.seed) },
    };
  }
  const seed = options.seed === undefined ? {} : { seed: options.seed };
  return { findings: groups.map((g) => ({ finding: g.finding, also: g.also, result: reframe(text, g.finding, seed) })) };
}

// ───────────────────────────────────────── choosing wording ─────────────────────────────────────────

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(items: readonly T[], key: string, seed: number | undefined): T | undefined {
  if (items.length === 0) return undefined;
  if (seed === undefined) return items[0];
  return items[(hash(key) + Math.abs(Math.trunc(seed))) % items.length];
}

type Topic = { kind: 'thing' | 'act' | 'role'; text: string } | { kind: 'skill'; text: string; prep: string };

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "The final report" inside a sentence reads "the final report"; names stay as they are. */
function midSentence(s: string): string {
  return /^(The|This|That|These|Those|My|Our|Your|A|An|Its|Their|His|Her|Every|Each|Any|Some)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = slots[lower];
    if (value === undefined) return whole;
    return name === lower ? value : capitalise(value);
  });
}

function topicSlots(topic: Topic | null): Record<string, string> {
  if (!topic) return {};
  if (topic.kind === 'skill') return { skill: topic.text, prep: topic.prep };
  return { [topic.kind === 'act' ? 'act' : 'topic']: midSentence(topic.text) };
}

function buildReckoning(category: Category, ruleId: string, topic: Topic | null, sentence: string, seed: number | undefined): string {
  const set = RECKONINGS_BY_RULE[ruleId] ?? RECKONINGS[category];
  const list = topic?.kind === 'thing' && set.topic ? set.topic : set.none;
  const w = pick(list, `${sentence}|reckoning`, seed) ?? set.none[0];
  return w ? fill(w.text, topicSlots(topic)) : '';
}

function nothingHarsh(text: string, seed: number | undefined): string {
  return pick(NOTHING_HARSH, `${text}|nothing`, seed)?.text ?? '';
}

function buildRumbles(group: RumbleGroup, topic: Topic | null, key: string, seed: number | undefined): Rumble[] {
  const learnt = (topic?.kind === 'skill' || topic?.kind === 'role') && (group === 'verdict' || group === 'shame' || group === 'always');
  const order = learnt ? RUMBLE_ORDER.skill : RUMBLE_ORDER[group];
  const extra = pick(order.next, `${key}|then`, seed);
  const strategies = extra ? [...order.first, extra] : [...order.first];
  const slots = topicSlots(topic);
  const out: Rumble[] = [];
  const fallback = RUMBLE_FALLBACK[group];
  for (const strategy of strategies) {
    const own = RUMBLES[group][strategy];
    const borrowed = fallback ? RUMBLES[fallback][strategy] : undefined;
    // Wording that fits what is known (a topic, a skill) wins; then the group's own plain wording.
    const fitted: Wording[] | undefined = topic ? (own?.[topic.kind] ?? borrowed?.[topic.kind]) : undefined;
    const plain = own?.none ?? borrowed?.none ?? [];
    const w = pick(fitted && fitted.length > 0 ? fitted : plain, `${key}|${strategy}`, seed);
    if (!w) continue;
    const text = fill(w.text, slots);
    if (!out.some((r) => r.text === text)) out.push({ strategy, label: STRATEGY_LABELS[strategy], text });
  }
  return out;
}

function strongestPerSentence(found: readonly Finding[]): Array<{ finding: Finding; also: Finding[] }> {
  const bySentence = new Map<number, Finding[]>();
  for (const f of found) {
    const list = bySentence.get(f.sentence.start) ?? [];
    list.push(f);
    bySentence.set(f.sentence.start, list);
  }
  return [...bySentence.values()].map((list) => {
    const best = list.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
    return { finding: best, also: list.filter((f) => f !== best) };
  });
}

function rewriteAll(text: string, found: readonly Finding[]): string | null {
  let out = text;
  let changed = false;
  // Right to left, so earlier offsets stay valid.
  const firsts = strongestPerSentence(found)
    .map((g) => g.finding)
    .sort((a, b) => b.sentence.start - a.sentence.start);
  for (const f of firsts) {
    const sentence = text.slice(f.sentence.start, f.sentence.end);
    const r = rewriteSentence(sentence, {
      start: f.start - f.sentence.start,
      end: f.end - f.sentence.start,
      ruleId: f.ruleId,
      frame: f.frame,
    });
    if (r === null) continue;
    out = applyRewrite(out, f, r);
    changed = true;
  }
  return changed ? out : null;
}

// ───────────────────────────────────────── the writer's style ─────────────────────────────────────────

interface Style {
  /** Use contractions ("I'm") as the writer does; else spell them out ("I am"). */
  contract: boolean;
  /** The writer uses ’ rather than '. */
  curly: boolean;
  /** The writer writes a lowercase "i". */
  lowerI: boolean;
}

function styleOf(s: string): Style {
  const contracted = /\b\w+['’](?:m|re|ve|ll|d|s|t)\b|\b(?:im|ive|dont|cant|didnt|wont|isnt|wasnt)\b/i.test(s);
  const expanded = /\b(?:I am|I have|I will|do not|did not|cannot|can not|is not|was not|will not|it is|have not)\b/i.test(s);
  return {
    contract: contracted || !expanded,
    curly: s.includes('’'),
    lowerI: /(?:^|[^\p{L}'’])i(?:['’]|\s|$)|\bim\b/u.test(s) && !/\bI\b/.test(s),
  };
}

const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bI'm\b/g, 'I am'],
  [/\bI've\b/g, 'I have'],
  [/\bI'd\b/g, 'I had'],
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b([Ii]t|[Tt]hat)'s\b/g, '$1 is'],
];

/** A template in the writer's style: contractions, apostrophe, "i". */
function styled(template: string, style: Style): string {
  let t = template;
  if (!style.contract) {
    for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  }
  if (style.lowerI) t = t.replace(/\bI\b/g, 'i');
  if (style.curly) t = t.replace(/'/g, '’');
  return t;
}

function say(id: RewriteId, slots: Record<string, string>, style: Style): string {
  const base = styled(REWRITES[id].text, style);
  const filled = fill(base, { ...slots });
  return filled;
}

function haveSlot(have: 'have' | 'had' | '', style: Style): string {
  if (have === '') return '';
  const word = have === 'have' ? (style.contract ? "'ve" : ' have') : style.contract ? "'d" : ' had';
  return style.curly ? word.replace(/'/g, '’') : word;
}

// ───────────────────────────────────────── sentence structure ─────────────────────────────────────────

/**
 * How a sentence closes: punctuation (".", "?", "...", "!)") and the sign-offs chat adds after it
 * ("lol", an emoji). A rewrite keeps them exactly.
 */
const CLOSING =
  /(?:\s*(?:[.!?…]+["'”’)\]]*|\blol\b|\bhaha+\b|\blmao\b|[:;]-?[()DPp](?!\w)|(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+))+$/u;

function closingOf(s: string): string {
  const m = CLOSING.exec(s);
  return m ? m[0] : '';
}

interface Clause extends Span {
  /** The separator that follows the clause (", ", " and "), or empty at the end. */
  sepEnd: number;
}

const CLAUSE_BREAK =
  /\s*(?:[,;:]|\.{2,}|…|\s[—–-]\s|[—–]|(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+)\s*|\s+(?:and|but|because|though|although)\s+/giu;

function clausesOf(s: string): Clause[] {
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
function clauseRange(s: string, a: number, b: number): { range: Span; index: [number, number]; clauses: Clause[] } {
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
  /^(?:i|we|it|the|this|that|these|those|here|there|my|our|you|he|she|they|your|his|her|their|its|everything|nothing|someone|[A-Z][a-z]+)\b/i;
const HAS_VERB =
  /\b(?:am|is|are|was|were|be|been|have|has|had|do|does|did|will|would|can|could|should|may|might|must|\w+ed|\w+[^s]s|\w+n['’]?t|forgot|sent|made|got|went|wrote|left|lost|put|took|gave|told|said|came|saw|knew|kept|found)\b|['’](?:s|re|ll|ve|m|d)\b/i;
/** Guessing what others think of you: a tail that belongs to the story, not the news. */
const MIND_READING =
  /\b(?:everyone|everybody|they|people|someone|anyone)\b.*\b(?:see|sees|saw|know|knows|notice|notices|figure|find out|think|thinks|realise|realize|tell|tells)\b/i;
const MIND_READING_TAIL =
  /^\s*,?\s*(?:and|but)?\s*(?:sooner or later\s+|soon\s+)?(?:everyone|everybody|they|people|someone|anyone)\b[^,.;!?]*\b(?:see|sees|saw|know|knows|notice|notices|figure|find out|think|thinks|realise|realize|tell|tells)\b[^,.;!?]*/i;

function isIndependent(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length < 2) return false;
  if (MIND_READING.test(t)) return false;
  return SUBJECT_START.test(t) && HAS_VERB.test(t);
}

const TAIL_WORDS = GENERALISING_TAILS.map((t) => t.replace(/ /g, '\\s+')).join('|');
const GENERALISING_TAIL = new RegExp(`^\\s*,?\\s*(?:${TAIL_WORDS})\\b`, 'i');
const THREAT_TAIL =
  /^\s*,?\s*(?:or|otherwise|or else)\s+[^,.;!?]*\b(?:worthless|pointless|useless|incompetent|stupid|an idiot|a failure|fired|a disaster|ruined|wasted|a joke|look bad|failed)\b[^,.;!?]*/i;
const NO_MISTAKES_TAIL = /^\s*,?\s*(?:no|zero)\s+(?:mistakes|errors|typos)(?:\s+(?:allowed|at all))?\b/i;

/** Remove story-keeping tails right after a rewritten part: "again", "as usual", "or I'll look incompetent". */
function stripTails(rest: string): string {
  let r = rest;
  for (let k = 0; k < 4; k++) {
    const m = GENERALISING_TAIL.exec(r) ?? THREAT_TAIL.exec(r) ?? NO_MISTAKES_TAIL.exec(r) ?? MIND_READING_TAIL.exec(r);
    if (!m) break;
    r = r.slice(m[0].length);
  }
  return r;
}

const ENDING_MIND_READING =
  /\s*,?\s+(?:and|but)\s+(?:sooner or later\s+|soon\s+)?(?:everyone|everybody|they|people)\b[^,.;!?]*\b(?:see|sees|saw|know|knows|notice|notices|figure|find out|think|thinks|realise|realize|tell|tells)\b[^,.;!?]*(?=[.!?…]*\s*$)/i;

const INTERJECTION = /^\s*(?:ugh+|argh+|god|gosh|jeez|sigh|omg|oh god|oh no|ffs|man)\s*[,.!…-]*\s*$/i;

// ───────────────────────────────────────── planning a rewrite ─────────────────────────────────────────

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Plan {
  edit: Edit | null;
  topic: Topic | null;
}

interface Ctx {
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

function makeCtx(s: string, a: number, bIn: number): Ctx {
  let b = bIn;
  while (b > a && /[\s,;:.!?…]/.test(s.charAt(b - 1))) b--;
  const { range, index, clauses } = clauseRange(s, a, b);
  return { s, a, b, phrase: s.slice(a, b), style: styleOf(s), clause: range, clauses, clauseIndex: index, after: s.slice(b, range.end) };
}

const EXCLUDED_TOPIC =
  /\b(?:mistakes?|errors?|typos?|slips?|blunders?|fault|question|questions|idiot|moron|failure|loser|fraud|mess|disaster|option|room|point|way|thing|things|time|week|day|month|year|morning|afternoon|everyone|everybody|people|team|myself|me|wrong|right|best|worst)\b/i;
/** An object that names nothing in particular: "this", "it all". */
const PRONOUN_OBJECT = /^(?:it|this|that|things|everything|them|stuff|all of this|all of it|it all|this one|that one|anything|life)$/i;
const TIME_PHRASE =
  /^(?:(?:this|last|the past)\s+(?:week|month|year|morning|afternoon|quarter|sprint|few days|term)|today|yesterday|tonight|lately|recently)\b/i;

/** The first noun phrase (compromise) starting inside [from, to) of the sentence, as the writer wrote it. */
function nounPhraseIn(c: Ctx, from: number, to: number): string | null {
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
    /\b(?:the|this|that|these|those|my|our|your)\s+[\p{L}-]+(?:\s+(?!(?:and|but|or|is|are|was|were|has|have|to|in|on|at|for|of|with|by)\b)[\p{L}-]+){0,2}/iu.exec(
      c.s.slice(from, to),
    );
  return plain && !EXCLUDED_TOPIC.test(plain[0]) ? plain[0].replace(/\b(whole|entire)\s+/i, '') : null;
}

function thing(text: string | null): Topic | null {
  return text ? { kind: 'thing', text } : null;
}

/** "I forgot the attachment again" → "forgetting the attachment again"; null when it is not that shape. */
function actOf(clause: string): string | null {
  const m =
    /^i\s+(?:(didn['’]?t|did not|couldn['’]?t|could not|can['’]?t|cannot|wasn['’]?t)\s+)?(?:even\s+|just\s+|totally\s+|completely\s+)?([a-z]+)\b(.*)$/i.exec(
      clause.trim(),
    );
  if (!m) return null;
  const forms = verbForms(m[2] ?? '', m[1] ? undefined : 'past');
  if (!forms || forms.infinitive === 'be' || forms.infinitive === 'have') return null;
  return `${m[1] ? 'not ' : ''}${forms.gerund}${m[3] ?? ''}`.trim();
}

function replaceRange(_c: Ctx, start: number, end: number, text: string, topic: Topic | null = null): Plan {
  return { edit: { start, end, text }, topic };
}

/**
 * Drop the flagged clause (and any mind-reading tail) when an independent clause remains:
 * "I'm such an idiot, I forgot the attachment." → "I forgot the attachment."
 */
function dropClause(c: Ctx, range: Span = c.clause): Plan | null {
  const remaining = c.clauses.filter((cl) => cl.end <= range.start || cl.start >= range.end);
  const kept = remaining.filter((cl) => !MIND_READING.test(c.s.slice(cl.start, cl.end)) && !isTailOnly(c.s.slice(cl.start, cl.end)));
  const independent = kept.find((cl) => isIndependent(c.s.slice(cl.start, cl.end)));
  if (!independent) return null;
  // Rebuild the body from the kept clauses with their original separators.
  const parts: string[] = [];
  kept.forEach((cl, i) => {
    const next = kept[i + 1];
    const body = c.s.slice(cl.start, cl.end);
    parts.push(body);
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

function isTailOnly(text: string): boolean {
  const t = ` ${text.trim()}`;
  const g = GENERALISING_TAIL.exec(t);
  return g !== null && g[0].trim().length === text.trim().length;
}

/** The range of the clause plus any mind-reading or generalising clauses right after it. */
function withTails(c: Ctx, range: Span = c.clause): Span {
  let end = range.end;
  for (const cl of c.clauses) {
    if (cl.start < end) continue;
    const text = c.s.slice(cl.start, cl.end);
    if (MIND_READING.test(text) || isTailOnly(text)) end = cl.end;
    else break;
  }
  return { start: range.start, end };
}

function haveOf(text: string): 'have' | 'had' | '' {
  if (/\bi(?:['’]ve|\s+have)\b/i.test(text)) return 'have';
  if (/\bi(?:['’]d|\s+had)\b/i.test(text)) return 'had';
  return '';
}

// ── labels: "I'm such an idiot", "I'm useless", "sorry, I'm so dumb" ──

const MISTAKE_LABELS =
  /\b(?:idiot|moron|fool|imbecile|dummy|dumbass|clown|dunce|klutz|screw-?ups?|screw up|mess-up|fuck-?up|stupid|dumb|idiotic|dense|thick|clueless|space cadet)\b/i;
const IMPOSTOR_LABELS = /\b(?:fraud|imp[oe]ster|charlatan)\b/i;
const BURDEN_LABELS = /\b(?:burden|dead weight)\b/i;
const NUISANCE_LABELS = /\b(?:nuisance|pain|pest)\b/i;
const OUTCOME_LABELS = /\b(?:failure|loser|disaster|disappointment|embarrassment|mess|wreck|joke|lost cause)\b/i;
const GLOBAL_OBJECT = /^(?:everything|anything|life|all of (?:it|this)|it all|things)\b/i;
const ROLE_NOUNS =
  /^(?:person|one|link|member|engineer|developer|designer|manager|employee|writer|friend|human|colleague|teammate|mother|father|parent|partner|boss|leader|analyst|student|teacher|founder|lead|coder|programmer|mom|dad|sister|brother|son|daughter|wife|husband|recruiter|consultant|intern|editor|marketer|researcher)$/i;
/** Lead-ins that only frame the verdict: "It's like I'm incapable of ...". */
const VERDICT_LEAD_IN = /(?:^|[,;]\s*)(?:it['’]s like|it is like|it feels like|honestly it feels like|like)\s+$/i;

function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|eu|one)/i.test(word) ? 'an' : 'a';
}

function labelPlan(c: Ctx, labelStart: number, labelEnd: number): Plan {
  const lc = makeCtx(c.s, labelStart, labelEnd);
  const label = c.s.slice(labelStart, labelEnd);
  const felt = /\bi\s+(?:feel|felt)\b/i.test(label);
  const past = /\bi\s+was\b/i.test(label);
  const tail = lc.after;
  const style = c.style;
  const leadIn = VERDICT_LEAD_IN.exec(c.s.slice(0, labelStart));
  const start = leadIn ? labelStart - leadIn[0].length + (leadIn[0].match(/^[,;]\s*/)?.[0].length ?? 0) : labelStart;

  // "Submitting anything unpolished makes me feel like a failure." → "... is hard for me."
  const makesMe = /\b(makes|make|made|making)\s+me\s+(?:feel|look)\s+like\b/i.exec(label);
  if (makesMe) {
    const was = /^made$/i.test(makesMe[1] ?? '') ? 'was' : 'is';
    return replaceRange(c, labelStart + makesMe.index, lc.clause.end, say('hard-for-me', { was }, style));
  }

  // "... for missing that deadline" → "I missed that deadline"; "for not speaking up" → "I didn't speak up".
  const forGerund = /^\s+for\s+(not\s+)?((?:[a-z]+-)*)([a-z]+ing)\b(.*)$/i.exec(tail);
  if (forGerund) {
    const forms = verbForms(forGerund[3] ?? '', 'gerund');
    if (forms) {
      const prefix = forGerund[2] ?? '';
      const rest = forGerund[4] ?? '';
      const clause = forGerund[1]
        ? `${say('didnt-do', { verb: prefix + forms.infinitive }, style)}${rest}`
        : `${styled('I', style)} ${prefix}${forms.past}${rest}`;
      const act = `${forGerund[1] ? 'not ' : ''}${prefix}${forms.gerund}${rest}`.trim();
      return replaceRange(c, start, lc.clause.end, clause, { kind: 'act', text: act });
    }
  }

  // "bad at everything lately", "useless when it comes to spreadsheets", "incapable of following a checklist".
  const fromLabelVerb = c.s.slice(labelStart, lc.clause.end);
  const skill =
    /^(.*?\b(?:useless|hopeless|terrible|awful|horrible|bad|rubbish|garbage|worst|inept|incompetent|clueless|pathetic|stupid|dumb|idiot|failure|disaster|mess|incapable))\s+(at|with|in|of|when it comes to)\s+(.+)$/i.exec(
      fromLabelVerb,
    );
  if (skill && !/^(?:me|myself|you|us)\b/i.test((skill[3] ?? '').trim())) {
    const obj = (skill[3] ?? '').trim();
    const objStart = lc.clause.end - obj.length;
    const said = (skill[2] ?? 'at').toLowerCase();
    const prep = said === 'when it comes to' || said === 'of' ? 'at' : said;
    if (GLOBAL_OBJECT.test(obj)) {
      const rest = obj.replace(GLOBAL_OBJECT, '');
      return replaceRange(c, start, lc.clause.end, `${say('hard-time', {}, style)}${rest}`);
    }
    if (past && /^(?:the|that|this|my|our)\b/i.test(obj)) {
      return replaceRange(
        c,
        start,
        lc.clause.end,
        say('went-worse', { object: obj }, style),
        thing(nounPhraseIn(c, objStart, lc.clause.end)),
      );
    }
    const topic: Topic | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'skill', text: obj, prep };
    return replaceRange(c, start, objStart, `${say('getting-better', { prep }, style)} `, topic);
  }

  // "the dumbest person on this call" → "I'm still catching up on this call";
  // "a terrible manager", "the worst engineer alive" → "I'm still growing as a manager".
  const role =
    /\b(?:the\s+|an?\s+)?(?:\w+\s+){0,2}?(?:(?:dumbest|stupidest|worst|weakest|least\s+\w+|most\s+\w+)|(?:terrible|awful|horrible|useless|hopeless|incompetent|pathetic|bad|rubbish|inept|lame|stupid|dumb))\s+([a-z]+)$/i.exec(
      label,
    );
  if (role && ROLE_NOUNS.test(role[1] ?? '')) {
    const noun = (role[1] ?? '').toLowerCase();
    const where = /^\s+(?:on|in|at|with)\s+.+$/i.exec(tail);
    if (where || noun === 'person' || noun === 'one' || noun === 'link' || noun === 'member') {
      return replaceRange(c, start, where ? lc.b : lc.clause.end, say('catching-up', {}, style));
    }
    return replaceRange(c, start, lc.clause.end, say('growing-as', { object: `${articleFor(noun)} ${noun}` }, style));
  }

  // "an embarrassment to this team" → "I want to do better for this team"; "a burden to everyone" → thanks.
  const to = /^\s+to\s+(.+)$/i.exec(tail);
  if (to && BURDEN_LABELS.test(label)) return replaceRange(c, start, lc.clause.end, say('thanks-help', {}, style));
  if (to && /\b(?:embarrassment|disappointment|failure|joke|liability)\b/i.test(label)) {
    return replaceRange(c, start, lc.clause.end - (to[1] ?? '').length, `${say('do-better-for', {}, style)} `);
  }

  // "a complete failure this week" → "This week has been a hard one"; "... lately" → "I'm having a hard time lately".
  const time = TIME_PHRASE.exec(tail.trim());
  if (time && (OUTCOME_LABELS.test(label) || !MISTAKE_LABELS.test(label))) {
    const phrase = time[0];
    if (/^(?:lately|recently)$/i.test(phrase))
      return replaceRange(c, start, lc.clause.end, `${say('hard-time', {}, style)} ${tail.trim()}`);
    return replaceRange(c, start, lc.clause.end, say('hard-period', { object: phrase.toLowerCase() }, style));
  }

  // Another clause carries the news: keep it, drop the label.
  const dropped = dropClause(c, withTails(lc, { start, end: lc.clause.end }));
  if (dropped) return dropped;

  const range = withTails(lc, { start, end: lc.clause.end });
  let id: RewriteId;
  const where = /^\s+(?:in|at|on|with|around)\s+\S.*$/i.exec(lc.after);
  if (IMPOSTOR_LABELS.test(label) && where)
    return replaceRange(c, start, lc.clause.end - where[0].length, say('finding-feet-in', {}, style));
  if (IMPOSTOR_LABELS.test(label)) id = 'finding-feet';
  else if (BURDEN_LABELS.test(label)) id = 'thanks-help';
  else if (NUISANCE_LABELS.test(label)) id = 'thanks-patience-short';
  else if (MISTAKE_LABELS.test(label)) id = felt ? 'feel-bad' : 'sorry-that';
  else id = 'hard-time-this';
  const text = say(id, {}, style);
  const before = c.s.slice(0, range.start);
  // "sorry im such a pain" → "thanks for your patience with me": the thanks replaces the apology.
  const apology = /(?:^|[,;]\s*)(?:sorry|apologies)[\s,]*$/i.exec(before);
  if (apology && (id.startsWith('thanks') || id === 'sorry-that'))
    return replaceRange(c, apology.index + (apology[0].match(/^[,;]\s*/)?.[0].length ?? 0), range.end, text);
  // "sorry im so dumb" → "sorry, my mistake": a joined clause needs its comma.
  if (/[\p{L}]\s+$/u.test(before) && !/\b(?:and|but|so|or)\s+$/i.test(before)) {
    return replaceRange(
      c,
      before.trimEnd().length,
      range.end,
      `, ${/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`,
    );
  }
  return replaceRange(c, range.start, range.end, text);
}

// ── one planner per catalogue rule ──

const SUBJECT_I = String.raw`i(?:['’]ve|['’]d|\s+have|\s+had)?`;
const ADVERB_RUN = String.raw`(?:\s+(?:just|really|totally|completely|royally|seriously|majorly|truly|absolutely|kind|sort|of|again|already|so|probably|definitely|clearly|obviously|basically|honestly|literally|officially|pretty|much|somehow|also|both|have|had|[\w-]+ly))*`;
const SCREW = String.raw`(?:screw|screws|screwed|screwing|mess|messes|messed|messing|fuck|fucks|fucked|fucking|muck|mucks|mucked|mucking|ballsed|cocked|botched|bungled|butchered|blew|blown|bombed|flubbed|fumbled)`;
const PERFORMANCE = /^(?:blew|blown|bombed|flubbed|fumbled)$/i;

type Planner = (c: Ctx) => Plan | null;

const PLANNERS: Record<string, Planner> = {
  'shame.i-suck': (c) => {
    const past = /sucked$/i.test(c.phrase);
    const at = /^\s+(at|with|in)\s+(.+)$/i.exec(c.after);
    if (at) {
      const obj = (at[2] ?? '').trim();
      const objStart = c.clause.end - obj.length;
      const prep = (at[1] ?? 'at').toLowerCase();
      if (GLOBAL_OBJECT.test(obj))
        return replaceRange(c, c.a, c.clause.end, `${say('hard-time', {}, c.style)}${obj.replace(GLOBAL_OBJECT, '')}`);
      if (past)
        return replaceRange(
          c,
          c.a,
          c.clause.end,
          say('went-worse', { object: obj }, c.style),
          thing(nounPhraseIn(c, objStart, c.clause.end)),
        );
      const topic: Topic | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'skill', text: obj, prep };
      return replaceRange(c, c.a, objStart, `${say('getting-better', { prep }, c.style)} `, topic);
    }
    return replaceRange(c, c.a, c.b, say('went-worse-none', {}, c.style));
  },

  'shame.label-noun': (c) => labelPlan(c, c.a, c.b),
  'shame.label-adjective': (c) => labelPlan(c, c.a, c.b),
  'self-deprecating-apology.sorry-i-am': (c) => {
    const m = /\bi(?:['’]?m|\s+am|\s+was)\b/i.exec(c.phrase);
    if (!m) return null;
    return labelPlan(c, c.a + m.index, c.b);
  },

  'shame.what-is-wrong-with-me': (c) => {
    if (/\bright\b/i.test(c.phrase)) return replaceRange(c, c.a, c.b, say('what-helps-right', {}, c.style));
    // "what is wrong w me today" → "what would help me today".
    const time = /^\s+(today|this week|this morning|lately|right now)\b/i.exec(c.after);
    const text = say('what-helps', {}, c.style);
    return time ? replaceRange(c, c.a, c.b + time[0].length, text.replace(/\bhere$/, time[1] ?? 'here')) : replaceRange(c, c.a, c.b, text);
  },

  'shame.hate-myself': (c) => {
    const forGerund = /^\s+for\s+([a-z]+ing\b.*)$/i.exec(c.after);
    if (forGerund) {
      const act = (forGerund[1] ?? '').trim();
      return replaceRange(c, c.a, c.clause.end - act.length, `${say('regret', {}, c.style)} `, { kind: 'act', text: act });
    }
    if (/\bdisappointed\b/i.test(c.phrase)) return replaceRange(c, c.a, c.b, say('disappointed-how', {}, c.style));
    return replaceRange(c, c.a, c.clause.end, say('hard-time-now', {}, c.style));
  },

  'shame.not-good-enough': (c) => {
    const whole = c.s.slice(c.a, c.clause.end);
    const m = /\b(?:enough|cut out|capable|competent|qualified)\s+(for|at|to|in|of)\s+(.+)$/i.exec(whole);
    if (m) {
      const obj = (m[2] ?? '').trim();
      const objStart = c.clause.end - obj.length;
      const prep = (m[1] ?? '').toLowerCase() === 'of' ? 'at' : (m[1] ?? '').toLowerCase();
      if (prep === 'to') return replaceRange(c, c.a, objStart, `${say('still-learning-to', {}, c.style)} `);
      if (prep === 'at') {
        const topic: Topic | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'skill', text: obj, prep: 'at' };
        return replaceRange(c, c.a, objStart, `${say('getting-better', { prep: 'at' }, c.style)} `, topic);
      }
      const topic: Topic | null = PRONOUN_OBJECT.test(obj) ? null : { kind: 'role', text: obj };
      return replaceRange(c, c.a, objStart, `${say('growing-into', {}, c.style)} `, topic);
    }
    if (/\bfeel\b/i.test(c.phrase)) return replaceRange(c, c.a, c.clause.end, say('not-confident', {}, c.style));
    return replaceRange(c, c.a, c.clause.end, say('still-learning', {}, c.style));
  },

  'self-blame.screwed-up': (c) => {
    const whole = c.s.slice(c.a, c.clause.end);
    const haveSlots = { have: haveSlot(haveOf(c.phrase), c.style) };
    // "I made a complete mess of the budget forecast." → "I made a mistake with the budget forecast."
    const messOf = /\b(?:made|make|making)\s+(?:a|such a)\s+(?:\w+\s+)?(?:mess|hash|shambles|disaster|pig['’]s ear)\s+of\s+(.+)$/i.exec(
      whole,
    );
    if (messOf) {
      const obj = (messOf[1] ?? '').trim();
      return replaceRange(
        c,
        c.a,
        c.clause.end - obj.length,
        `${say('mistake-with', haveSlots, c.style)} `,
        thing(nounPhraseIn(c, c.clause.end - obj.length, c.clause.end)),
      );
    }
    // "I dropped the ball so badly on the contract." → "I dropped the ball on the contract."
    if (/\bdropped the ball\b/i.test(c.phrase))
      return replaceRange(c, c.a, c.b, say('dropped-ball', {}, c.style), thing(nounPhraseIn(c, c.b, c.clause.end)));
    // "I humiliated myself in front of the VP", "I made such a fool of myself" → "I had an awkward moment ...".
    // "I'm embarrassing myself every time I open my mouth." → "I'm still finding my feet."
    if (/\b(?:humiliating|embarrassing|disgracing)\s+myself$/i.test(c.phrase))
      return replaceRange(c, c.a, c.clause.end, say('finding-feet-in', {}, c.style));
    if (/\b(?:humiliated|embarrassed|disgraced)\s+myself$|\bfool of myself$/i.test(c.phrase))
      return replaceRange(c, c.a, c.b, say('awkward-moment', {}, c.style));
    // "I'm kicking myself over both of them." → "I regret both of them."
    const kicking = /\bkicking myself$/i.test(c.phrase) ? /^\s+(?:over|about|for)\s+(.+)$/i.exec(c.after) : null;
    if (kicking) return replaceRange(c, c.a, c.clause.end - (kicking[1] ?? '').length, `${say('regret', {}, c.style)} `);
    if (/\bkicking myself$/i.test(c.phrase)) return replaceRange(c, c.a, c.clause.end, say('feel-bad', {}, c.style));
    const m = new RegExp(String.raw`^(${SUBJECT_I})${ADVERB_RUN}\s+(keep\s+|kept\s+)?(${SCREW})\b`, 'i').exec(c.phrase);
    if (!m) return null;
    const have = haveOf(m[1] ?? '');
    const keep = Boolean(m[2]);
    const verb = m[3] ?? '';
    const verbEnd = c.a + m[0].length;
    const rest = c.s.slice(verbEnd, c.clause.end);
    // What follows the verb: "it up", "up the report", "the schedule", "it with the interview".
    const pron = /^\s+(it|this|that|things|everything|them|stuff|all of this|this one|that one)(?:\s+up)?\b/i.exec(rest);
    const up = /^\s+up\b/i.exec(rest);
    const skip = pron ? pron[0].length : up ? up[0].length : 0;
    let objText = rest.slice(skip);
    const withObj = pron ? /^\s+(?:with|on|in|at)\s+/i.exec(objText) : null;
    if (withObj) objText = objText.slice(withObj[0].length);
    else if (pron && objText.trim() !== '') objText = '';
    const obj = objText.trim();
    const objStart = c.clause.end - objText.trimStart().length;
    const hasObject =
      obj !== '' &&
      !TIME_PHRASE.test(obj) &&
      !GENERALISING_TAIL.test(` ${obj}`) &&
      /^(?:the|a|an|my|our|your|this|that|these|those|his|her|their|its|some|all|[a-z]+s)\b/i.test(obj);
    const topic = hasObject ? thing(nounPhraseIn(c, objStart, c.clause.end)) : null;
    const slots = { have: haveSlot(have, c.style) };
    if (PERFORMANCE.test(verb)) {
      if (hasObject) return replaceRange(c, c.a, c.clause.end, say('went-worse', { object: obj }, c.style), topic);
      return replaceRange(c, c.a, c.a + m[0].length + skip, say('went-worse-none', {}, c.style));
    }
    if (keep) {
      if (hasObject) return replaceRange(c, c.a, objStart, `${say('mistakes-with', {}, c.style)} `, topic);
      return replaceRange(c, c.a, verbEnd + skip, say('mistakes', {}, c.style));
    }
    if (hasObject) return replaceRange(c, c.a, objStart, `${say('mistake-with', slots, c.style)} `, topic);
    if (pron && /^(?:this|it|that|this one|that one)$/i.test((pron[1] ?? '').trim())) {
      const here = /^this/i.test((pron[1] ?? '').trim()) ? 'here' : 'there';
      return replaceRange(c, c.a, verbEnd + skip, say('mistake-here', { ...slots, here }, c.style));
    }
    return replaceRange(c, c.a, verbEnd + skip, say('mistake', slots, c.style));
  },

  'self-blame.ruined': (c) => {
    const m = new RegExp(
      String.raw`^(i(?:['’](?:ve|d|ll)|\s+have|\s+had)?)${ADVERB_RUN}\s+(?:(will|would|might|could|may|can)\s+)?(ruin|ruins|ruined|destroyed|wrecked|sabotaged|tanked|killed|torpedoed|derailed)\b`,
      'i',
    ).exec(c.phrase);
    if (!m) return null;
    const have = haveOf(m[1] ?? '');
    const future = Boolean(m[2]) || /['’]ll$/i.test(m[1] ?? '') || /\bgoing to\s*$/i.test(c.s.slice(0, c.a));
    const present = /^(?:ruin|ruins)$/i.test(m[3] ?? '');
    const rest = c.s.slice(c.a + m[0].length, c.clause.end);
    const objText = rest.trimStart();
    const objStart = c.clause.end - objText.length;
    const global = GLOBAL_OBJECT.exec(objText) ?? /^(?:it|this|that)\b/i.exec(objText);
    const slots = { have: haveSlot(have, c.style) };
    if (global) {
      const rel = objText.slice(global[0].length).trim();
      if (present && /^(?:i|we)\b/i.test(rel)) return replaceRange(c, c.a, c.clause.end, say('care-about', { object: rel }, c.style));
      if (present) return replaceRange(c, c.a, objStart + global[0].length, say('make-mistakes', {}, c.style));
      return replaceRange(c, c.a, objStart + global[0].length, say('mistake-impact', slots, c.style));
    }
    const obj = objText.replace(/\b(whole|entire)\s+/i, '');
    const topic = thing(nounPhraseIn(c, objStart, c.clause.end));
    if (future) {
      const goingTo = /\bi(?:['’]m|\s+am)\s+going\s+to\s*$/i.exec(c.s.slice(0, c.a));
      return replaceRange(c, goingTo ? goingTo.index : c.a, c.clause.end, say('want-go-well', { object: obj }, c.style), topic);
    }
    return replaceRange(c, c.a, c.clause.end, `${say('mistake-affected', slots, c.style)} ${obj}`, topic);
  },

  'self-blame.all-my-fault': (c) => {
    // "I'm the reason we missed Q3." → "I own my part in why we missed Q3."
    const reason = /\bthe\s+(?:only\s+)?reason\s+(.+)$/i.exec(c.s.slice(c.a, c.clause.end));
    if (reason) return replaceRange(c, c.a, c.clause.end - (reason[1] ?? '').length, `${say('own-part-why', {}, c.style)} `);
    if (/\bblame myself\b/i.test(c.phrase)) {
      const forObj = /^\s+for\s+(.+)$/i.exec(c.after);
      if (forObj) return replaceRange(c, c.a, c.clause.end - (forObj[1] ?? '').length, `${say('own-part', {}, c.style)} `);
      return replaceRange(c, c.a, c.b, say('own-part-this', {}, c.style));
    }
    const that = /^\s+that\s+(.+)$/i.exec(c.after);
    if (that) {
      const what = (that[1] ?? '').trim();
      const whatStart = c.clause.end - what.length;
      const np = nounPhrases(c.s).find((p) => p.start === whatStart);
      const verbMatch = np ? /^\s+([a-z]+)\b(.*)$/i.exec(c.s.slice(np.end, c.clause.end)) : null;
      const forms = verbMatch ? verbForms(verbMatch[1] ?? '', 'past') : null;
      if (np && verbMatch && forms && forms.infinitive !== verbMatch[1]) {
        const object = `${midSentence(np.text)} ${forms.gerund}${verbMatch[2] ?? ''}`;
        return replaceRange(c, c.clause.start, c.clause.end, say('own-part-gerund', { object }, c.style), thing(np.text));
      }
    }
    return replaceRange(c, c.clause.start, c.clause.end, say('own-part-this', {}, c.style));
  },

  'self-blame.let-everyone-down': (c) => {
    // "I cost us the account." → "I own my part in losing the account."
    const cost = /\bcost\s+(?:us|the team|the company|everyone|my team|our team)\s+(.+)$/i.exec(c.s.slice(c.a, c.clause.end));
    if (cost)
      return replaceRange(
        c,
        c.a,
        c.clause.end - (cost[1] ?? '').length,
        `${say('lost-part', {}, c.style)} `,
        thing(nounPhraseIn(c, c.clause.end - (cost[1] ?? '').length, c.clause.end)),
      );
    if (/^i\s+(?:\w+\s+)?(?:keep|kept|always)\s+(?:letting|let|lets|failing|disappointing)\b/i.test(c.phrase)) {
      return replaceRange(c, c.a, c.b, say('care-people', {}, c.style));
    }
    const m = new RegExp(String.raw`^(${SUBJECT_I})${ADVERB_RUN}\s+(?:let|lets|failed|disappointed)\s+(.+?)(?:\s+down)?$`, 'i').exec(
      c.phrase,
    );
    if (!m) return null;
    const raw = (m[2] ?? '').trim().toLowerCase();
    let who = 'everyone';
    if (/^(?:you all|you guys|y['’]all|all of you)$/.test(raw)) who = 'you';
    else if (/^(?:the|my|our)\b/.test(raw)) who = raw.replace(/\b(whole|entire)\s+/, '').replace(/^(?:my|our)\b/, 'the');
    else if (/^(?:my family|my parents)$/.test(raw)) who = raw;
    const was = haveOf(m[1] ?? '') === 'have' ? "isn't" : "wasn't";
    // "... down with the migration" → "I know the migration isn't what the team hoped for".
    const about = /^\s+(?:again\s+)?(?:with|on|over)\s+((?:the|this|that|my|our)\s.+)$/i.exec(c.after);
    if (about) {
      const object = midSentence((about[1] ?? '').trim());
      return replaceRange(
        c,
        c.a,
        c.clause.end,
        say('not-what-hoped-x', { object, who, was: styled(was, c.style) }, c.style),
        thing(nounPhraseIn(c, c.b, c.clause.end)),
      );
    }
    return replaceRange(c, c.a, c.b, say('not-what-hoped', { who, was: styled(was, c.style) }, c.style));
  },

  'self-blame.stupid-mistake': (c) => {
    // "inexcusable on my part" → "My mistake": owning it without the verdict.
    if (/^(?:inexcusable|unforgivable|unacceptable)\s+on\s+my\s+part$/i.test(c.phrase)) {
      return replaceRange(c, c.clause.start, withTails(c).end, say('my-mistake', {}, c.style));
    }
    if (/^(?:another|such an?|what an?)\s+\w+\s+(?:mistake|error|move|blunder)\s+(?:from|by|on)\s+me$/i.test(c.phrase)) {
      return replaceRange(c, c.clause.start, withTails(c).end, say('my-mistake', {}, c.style));
    }
    const adj =
      /\b(?:(such an?|so|yet|an?|another|the|my|one|more|this|that|same)\s+)?(?:(?:such|an?|so|yet|one|more|this|that|same)\s+)*(stupid|dumb|idiotic|moronic|unforgivable|rookie|amateur|amateurish|pathetic|embarrassing|inexcusable)\s+(mistakes?|errors?|moves?|blunders?)\b/i.exec(
        c.phrase,
      );
    if (!adj) return null;
    let start = c.a + adj.index;
    let det = (adj[1] ?? '').toLowerCase();
    // The phrase may begin at the adjective ("… such an amateur mistake on my part"): take its determiner too.
    const lead = det === '' ? /\b(such an?|yet another|another|an?|the|my|this|that|one)\s+$/i.exec(c.s.slice(0, start)) : null;
    if (lead) {
      start -= lead[0].length;
      det = (lead[1] ?? '').toLowerCase();
    }
    const end = c.a + adj.index + adj[0].length;
    const noun = adj[3] ?? 'mistake';
    let article = det;
    if (det === '' || /^(?:such an?|so|an?|yet|one)$/.test(det)) article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
    if (/s$/i.test(noun) && /^an?$/.test(article)) article = '';
    return replaceRange(c, start, end, `${article ? `${article} ` : ''}${noun}`);
  },

  'self-blame.failed-again': (c) => {
    const at = /\bat\s+(?:literally\s+|basically\s+|just\s+)?(.+)$/i.exec(c.s.slice(c.a, c.clause.end));
    const obj = at ? (at[1] ?? '').trim() : '';
    if (obj && !GLOBAL_OBJECT.test(obj) && !PRONOUN_OBJECT.test(obj)) {
      return replaceRange(
        c,
        c.a,
        c.clause.end,
        say('went-worse', { object: obj }, c.style),
        thing(nounPhraseIn(c, c.clause.end - obj.length, c.clause.end)),
      );
    }
    const present = /^i\s+(?:\w+ly\s+)?(?:fail|flop)\b/i.test(c.phrase);
    return replaceRange(c, c.a, present ? c.clause.end : withTails(c).end, say(present ? 'not-first-time' : 'not-this-time', {}, c.style));
  },

  'perfectionism.has-to-be-perfect': (c) => {
    const m = /\b(?:(?:absolutely|totally|completely|100%|just)\s+)?(?:perfect|flawless|perfection)\b/i.exec(c.phrase);
    if (!m) return null;
    // "I have to be perfect at this job." → "I want to do well at this job."
    const self =
      /^i\s+(?:have|need|must|got|gotta)\s+(?:to\s+)?be\s+(?:(?:absolutely|totally|completely|100%|just)\s+)?(?:perfect|flawless)$/i.exec(
        c.phrase,
      );
    if (self) return replaceRange(c, c.a, c.b, say('do-well', {}, c.style));
    let id: RewriteId = 'solid';
    if (/^until\b/i.test(c.phrase)) id = /^until\s+(?:every|each)\s+\w+\s/i.test(c.phrase) ? 'right' : 'ready';
    else if (/^(?:if|unless)\b/i.test(c.phrase) || /\bbefore\s+i\b/i.test(c.after)) id = 'ready';
    const start = c.a + m.index;
    const np = nounPhraseIn(c, c.a, start);
    return replaceRange(c, start, start + m[0].length, say(id, {}, c.style), thing(np));
  },

  'perfectionism.less-than-perfect': (c) => {
    const one = /^(?:one|a single|any|1)\s+(?:mistake|error|typo|slip|flaw)\b/i.exec(c.phrase);
    if (one)
      return replaceRange(
        c,
        c.a,
        c.clause.end,
        say('fixable', { object: one[0].replace(/^(?:a single|any|1)\b/i, 'one').toLowerCase() }, c.style),
      );
    return replaceRange(c, c.clause.start, c.clause.end, say('aim-solid', {}, c.style));
  },

  'perfectionism.should-have-known': (c) => {
    // "I should know better by now" → "I'm still learning": knowing comes from doing it.
    if (/^i\s+(?:\w+ly\s+)?(?:should|ought to)\s+(?:know\s+better|(?:be|have been)\s+better\s+than\s+(?:this|that))$/i.test(c.phrase)) {
      return replaceRange(c, c.a, withTails(c).end, say('still-learning', {}, c.style));
    }
    const m =
      /^i\s+(?:\w+ly\s+)?(?:should|ought to)(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(known|seen|caught|noticed|spotted|realized|realised|checked|foreseen)\b/i.exec(
        c.phrase,
      );
    if (!m) return null;
    const verb = (m[1] ?? '').toLowerCase();
    const rest = c.s.slice(c.a + m[0].length, c.clause.end);
    if (/^(?:known|seen)$/.test(verb) && /^\s+better\b/i.test(rest)) {
      const than = /^\s+better\s+than\s+to\s+(.+)$/i.exec(rest);
      if (than) return replaceRange(c, c.a, c.clause.end, say('looking-back', { verb: (than[1] ?? '').trim() }, c.style));
      const dropped = dropClause(c);
      if (dropped) return { edit: dropped.edit, topic: null };
      return replaceRange(c, c.a, c.clause.end, say('know-now', {}, c.style));
    }
    const forms = verbForms(verb);
    if (!forms) return null;
    // "I should have known that already" → "I didn't know that": "already" only sharpened the sting.
    const already = /^(\s+\S+(?:\s+\S+)?)\s+already\b/i.exec(rest);
    const end = already ? c.a + m[0].length + already[0].length : c.a + m[0].length;
    const text = say('didnt-do', { verb: forms.infinitive }, c.style) + (already ? (already[1] ?? '') : '');
    return replaceRange(c, c.a, end, text);
  },

  'perfectionism.cant-believe-i': (c) => {
    const believe = /^i\s+(?:can['’]?t|cannot|can not|could not|couldn['’]?t)\s+believe\s+(?=i\b)/i.exec(c.phrase);
    if (believe) return replaceRange(c, c.a, c.a + believe[0].length, '');
    const how = /^how\s+(?:could|did)\s+i\s+(?:\w+ly\s+)?(miss|forget|overlook|not see|not notice|mess up|screw up|let)\s+(.+)$/i.exec(
      c.s.slice(c.a, c.clause.end),
    );
    if (!how) return null;
    const verb = (how[1] ?? '').toLowerCase();
    let obj = (how[2] ?? '').trim().replace(/\s+happen$/i, '');
    if (/^(?:something so|such)\b/i.test(obj)) obj = 'that';
    const id: RewriteId = verb === 'forget' ? 'slip-mind' : verb === 'let' || /up$/.test(verb) ? 'how-happen' : 'slip-through';
    return replaceRange(c, c.a, c.clause.end, say(id, { object: midSentence(obj) }, c.style));
  },

  'perfectionism.never-good-enough': (c) => {
    if (!/^(?:nothing|good)\b/i.test(c.phrase)) {
      // "it's still not good enough" → "it's nearly there"; "The naming still isn't perfect" → "The naming is nearly there".
      const after =
        /(?:['’](?:s|re)|\s+(?:is|are|was|were))\s+((?:still\s+|just\s+)?(?:never|not|not ever)\s+(?:\w+\s+)?(?:good enough|right|there|perfect))$/i.exec(
          c.phrase,
        );
      if (after) return replaceRange(c, c.b - (after[1] ?? '').length, c.b, say('nearly-there', {}, c.style));
      const still =
        /\s+(?:still\s+)?(is|are|was|were)(?:n['’]t|\s+not)\s+(?:good enough|right|perfect)$|\s+still\s+(is|are|was|were)(?:n['’]t|\s+not)\s+(?:good enough|right|perfect)$/i.exec(
          c.phrase,
        );
      if (still)
        return replaceRange(
          c,
          c.a + still.index,
          c.b,
          ` ${(still[1] ?? still[2] ?? 'is').toLowerCase()} ${say('nearly-there', {}, c.style)}`,
        );
    }
    return replaceRange(c, c.clause.start, c.clause.end, say('high-bar', {}, c.style));
  },

  'perfectionism.must-not-fail': (c) => {
    const on = /^\s+(?:on|in|with|at|for)\s+((?:the|this|that|these|those|my|our|your)\b.+)$/i.exec(c.after);
    const getThis = /\bget\s+(this|it|everything|every\s+\w+)\b/i.exec(c.phrase);
    const object = on ? midSentence((on[1] ?? '').trim()) : getThis ? (getThis[1] ?? 'this') : 'this';
    const topic = on ? thing(nounPhraseIn(c, c.b, c.clause.end)) : null;
    // Whatever else the clause says ("in front of the board") stays.
    const rest = on ? '' : c.after.replace(/^\s*(?:or|otherwise)\b.*$/i, '');
    let text = say('get-right', { object }, c.style) + rest;
    if (/^we\b/i.test(c.phrase)) text = text.replace(/^I\b/, 'We').replace(/^i\b/, 'we');
    return replaceRange(c, c.a, c.clause.end, text, topic);
  },

  'all-or-nothing.always-mess-up': (c) => {
    const p = c.phrase;
    if (/^why\s+do\s+i\b/i.test(p)) return replaceRange(c, c.a, c.clause.end, say('what-helps', {}, c.style));
    if (/^(?:everything|nothing|every\s+\w+)\s+i\b/i.test(p)) return replaceRange(c, c.a, c.clause.end, say('not-first-time', {}, c.style));
    if (/\bnever learn$/i.test(p)) return replaceRange(c, c.a, c.b, say('still-learning', {}, c.style));
    if (/\bforg[eo]t\w*\s+(?:something|everything|things)$/i.test(p))
      return replaceRange(c, c.a, c.clause.end, say('forget-sometimes', {}, c.style));
    // "Every time I try to help I just make it worse." → the whole clause is the story.
    if (/\bworse$/i.test(p)) return replaceRange(c, c.clause.start, c.clause.end, say('not-first-time', {}, c.style));
    if (/\b(?:the one (?:who|that)|be trusted|without\s+\w+ing)\b/i.test(p))
      return replaceRange(c, c.clause.start, c.clause.end, say('make-mistakes', {}, c.style));
    const keep = /^i\s+(?:keep|kept)\b/i.test(p);
    if (/\b(?:ruin|ruins|ruined|ruining|wreck|wrecks|wrecked)\s+(?:everything|things|it)\b/i.test(p)) {
      const rel = c.after.trim();
      if (/^(?:i|we)\b/i.test(rel)) return replaceRange(c, c.a, c.clause.end, say('care-about', { object: rel }, c.style));
      return replaceRange(c, c.a, c.b, say('make-mistakes', {}, c.style));
    }
    if (/\bwrong$/i.test(p)) return replaceRange(c, c.a, c.b, say('havent-yet', {}, c.style));
    if (/\b(?:say|said|saying)\s+the wrong thing$/i.test(p)) return replaceRange(c, c.a, c.b, say('finding-words', {}, c.style));
    if (/\bthe wrong thing$/i.test(p)) return replaceRange(c, c.a, c.b, say('learning-what-works', {}, c.style));
    if (/\b(?:fail|failed|failing|choke|choked|choking)$/i.test(p)) return replaceRange(c, c.a, c.b, say('not-first-time', {}, c.style));
    if (/\b(?:disappoint|disappointed|disappointing|let)\s+(?:everyone|people|everybody)$/i.test(p))
      return replaceRange(c, c.a, c.b, say('care-people', {}, c.style));
    if (/\b(?:make|made|making)\s+/i.test(p))
      return replaceRange(c, c.a, c.b, say(keep ? 'making-mistakes-learn' : 'make-mistakes', {}, c.style));
    if (/\bup$/i.test(p)) return replaceRange(c, c.a, c.b, say(keep ? 'mistakes' : 'make-mistakes', {}, c.style));
    // A shape this planner does not know: the clause as a whole carries the story.
    return replaceRange(c, c.clause.start, c.clause.end, say('make-mistakes', {}, c.style));
  },

  'all-or-nothing.never-right': (c) => {
    const m = /^i\s+never\s+(finish|complete|get)\s+(?:anything|a single thing|one thing)\b(.*)$/i.exec(c.phrase);
    if (m && !(/^get$/i.test(m[1] ?? '') && !/\bdone\b/i.test(c.s.slice(c.b, c.clause.end)))) {
      const forms = verbForms(m[1] ?? '');
      if (forms)
        return replaceRange(c, c.a, c.a + c.phrase.length - (m[2] ?? '').length, say('working-on', { object: forms.gerund }, c.style));
    }
    const with_ = /^\s+(?:with|on|in)\s+((?:the|this|that|these|those|my|our)\s.+)$/i.exec(c.after);
    if (with_) return replaceRange(c, c.a, c.clause.end, say('havent-yet-x', { object: midSentence((with_[1] ?? '').trim()) }, c.style));
    return replaceRange(c, c.a, c.b, say('havent-yet', {}, c.style));
  },

  'self-deprecating-apology.sorry-for-being': (c) => {
    if (/\bwasting\s+\S+\s+time$/i.test(c.phrase)) return replaceRange(c, c.a, c.b, say('thanks-time', {}, c.style));
    const being = /^(?:sorry|apologies|i\s+apologi[sz]e)\s+(?:for|about)\s+being\b/i.test(c.phrase);
    if (being) return replaceRange(c, c.a, c.b, say('thanks-patience', {}, c.style));
    const own = /^(sorry|apologies|i\s+apologi[sz]e)\s+(?:for|about)\s+my\b/i.exec(c.phrase);
    const sorry = own ? (own[1] ?? 'Sorry') : 'Sorry';
    return replaceRange(c, c.a, c.b, say('mix-up', { sorry }, c.style));
  },

  'self-deprecating-apology.stupid-question': (c) => {
    // "my dumb questions" inside a sentence: drop the label, keep the question.
    const mine = /^(my|these|such)\s+\w+\s+(questions?)$/i.exec(c.phrase);
    if (mine) return replaceRange(c, c.a, c.b, `${(mine[1] ?? 'my').toLowerCase() === 'such' ? 'the' : mine[1]} ${mine[2]}`);
    const but = /^\s*,?\s*(?:sorry\s*,?\s*)?but\s+/i.exec(c.s.slice(c.clause.end));
    if (but) return replaceRange(c, c.clause.start, c.clause.end + but[0].length, `${say('quick-question', {}, c.style)}: `);
    if (/^(?:sorry|apologies)\s+(?:for|about)\b/i.test(c.phrase))
      return replaceRange(c, c.a, c.clause.end, say('thanks-question', {}, c.style));
    return replaceRange(c, c.clause.start, c.clause.end, say('quick-question', {}, c.style));
  },

  'perfection-demanded.zero-room': (c) => {
    const on = /^\s+(?:on|in|for|with)\s+(.+)$/i.exec(c.after);
    if (on) {
      const obj = midSentence((on[1] ?? '').trim());
      return replaceRange(
        c,
        c.clause.start,
        c.clause.end,
        say('extra-care', { object: obj }, c.style),
        thing(nounPhraseIn(c, c.b, c.clause.end)),
      );
    }
    return replaceRange(c, c.clause.start, c.clause.end, say('extra-care-none', {}, c.style));
  },

  // "I don't deserve her" → "I'm grateful for her"; "it was just luck" → "I'm glad it went well";
  // "they'll see right through me" → "I'm still finding my feet here".
  'shame.discounting': (c) => {
    const whole = c.s.slice(c.a, c.clause.end);
    const toBe = /\bdeserved?\s+to\s+(.+)$/i.exec(whole);
    if (toBe) return replaceRange(c, c.a, c.clause.end, `${say('still-learning-to', {}, c.style)} ${toBe[1]}`);
    const thing = /\bdeserved?\s+(.+)$/i.exec(whole);
    if (thing) return replaceRange(c, c.a, c.clause.end, `${say('grateful-for', {}, c.style)} ${thing[1]}`);
    if (/\b(?:luck|anyone could)\b/i.test(c.phrase)) return null;
    return replaceRange(c, c.clause.start, c.clause.end, say('finding-feet', {}, c.style));
  },

  'perfectionism.conditional-worth': (c) => replaceRange(c, c.a, c.clause.end, say('do-well', {}, c.style)),

  'perfection-demanded.expect-flawless': (c) => {
    const p = c.phrase;
    if (/^failure is (?:not|never) an option$/i.test(p)) {
      const on = /^\s+(?:on|in|for|with)\s+(.+)$/i.exec(c.after);
      if (on) {
        const obj = (on[1] ?? '').trim();
        return replaceRange(
          c,
          c.clause.start,
          c.clause.end,
          say('matters', { object: midSentence(obj) }, c.style),
          thing(nounPhraseIn(c, c.b, c.clause.end)),
        );
      }
      return replaceRange(c, c.clause.start, c.clause.end, say('matters-none', {}, c.style));
    }
    // "I need this to be 100% flawless" → "I need this to be right".
    const toBe = /\bto be\s+((?:(?:absolutely|totally|completely|100%)\s+)?(?:perfect|flawless))$/i.exec(p);
    if (toBe) return replaceRange(c, c.b - (toBe[1] ?? '').length, c.b, say('right', {}, c.style));
    const want = /^(?:i|we)\b/i.test(p)
      ? /(?:nothing less than\s+)?(?:\b100%\s+perfect\b|\bflawless\b|\bperfect\b|\bperfection\b|\bzero-defect\b)/i.exec(p)
      : null;
    if (want) {
      const start = c.a + want.index;
      const noun = /^\s+(?:work|results|execution|delivery|output|performance)\b/i.test(c.s.slice(start + want[0].length));
      return replaceRange(c, start, start + want[0].length, say(noun ? 'careful' : 'care', {}, c.style));
    }
    const on = /^(?:any|a single|one|every)\s+(?:mistake|error|typo|slip)\s+(?:on|in|at)\s+(.+?)\s+(?:is|will be)\b/i.exec(p);
    if (on) {
      const obj = midSentence((on[1] ?? '').trim());
      return replaceRange(c, c.clause.start, c.clause.end, say('extra-care', { object: obj }, c.style), thing(nounPhraseIn(c, c.a, c.b)));
    }
    return replaceRange(c, c.clause.start, c.clause.end, say('flag-early', {}, c.style));
  },
};

/** Rules that tell a story another rule's planner already rewrites. */
const SAME_PLAN: Record<string, string> = {
  'shame.feeling-verdict': 'shame.label-adjective',
  'self-blame.messed-up': 'self-blame.screwed-up',
  'self-deprecating-apology.not-to-sound': 'self-deprecating-apology.stupid-question',
};

/** When no planner fits a sentence and no other clause carries the news, a plain sentence for the kind of thought. */
const FRAME_FALLBACK: Partial<Record<Frame, RewriteId>> = {
  label: 'hard-time-this',
  'feeling-verdict': 'feel-bad',
  'self-contempt': 'hard-time-now',
  'not-enough': 'still-learning',
  inability: 'havent-yet',
  'global-failure': 'not-first-time',
  slip: 'my-mistake',
  'self-blame': 'own-part-this',
  hindsight: 'know-now',
  'perfectionist-rule': 'aim-solid',
  'conditional-worth': 'do-well',
  discounting: 'glad-went-well',
  apology: 'sorry-that',
  'question-framing': 'quick-question',
  demand: 'extra-care-none',
  'verdict-on-other': 'extra-care-none',
};

function planFor(sentence: string, flag: Span, ruleId: string, frame?: Frame): Plan | null {
  const c = makeCtx(sentence, flag.start, flag.end);
  const planner = PLANNERS[ruleId] ?? PLANNERS[SAME_PLAN[ruleId] ?? ''];
  const plan = planner ? planner(c) : null;
  if (plan) return plan;
  // A user's own phrase ("I'm such a klutz") is most often a label; anything else: keep the news, drop the story.
  if (!planner && /^i(?:['’]?m|\s+am|\s+was|\s+feel)\b/i.test(c.phrase)) return labelPlan(c, c.a, c.b);
  const dropped = dropClause(c);
  if (dropped) return dropped;
  const fallback = frame ? FRAME_FALLBACK[frame] : undefined;
  return fallback ? replaceRange(c, c.clause.start, c.clause.end, say(fallback, {}, c.style)) : null;
}

// ───────────────────────────────────────── applying a rewrite ─────────────────────────────────────────

/** Put the edit in place and tidy what it leaves: tails, interjections, spacing, case and closing punctuation. */
function applyEdit(original: string, current: string, edit: Edit): string {
  let before = current.slice(0, edit.start);
  let after = current.slice(edit.end);
  after = stripTails(after);
  // "... and everyone can tell." closing the sentence: guessing at what others think is part of the story.
  after = after.replace(ENDING_MIND_READING, '');
  if (INTERJECTION.test(before)) before = '';
  // "I couldn't even finish" → "I couldn't finish": the "even" is the old story's sting.
  let out = `${before}${edit.text}${after}`;
  out = out.replace(/\b((?:could|can|did|do|was|were|is)n['’]?t|cannot|could not|can not)\s+even\b/gi, '$1');
  return tidy(original, out);
}

function tidy(original: string, text: string): string {
  let t = text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,;:.!?…])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/,(?=[.!?…])/g, '')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/^(?:and|but|so|or)\s+/i, '')
    .replace(/:\s*$/, '')
    .trim();
  // Keep the writer's closing punctuation, exactly.
  const close = closingOf(original);
  const bodyOf = (s: string) => s.slice(0, s.length - closingOf(s).length).replace(/[\s,;:—–-]+$/, '');
  t = `${bodyOf(t)}${close}`;
  // And the case of the first letter.
  const first = /\p{L}/u.exec(original)?.[0];
  const idx = t.search(/\p{L}/u);
  if (first && idx >= 0) {
    const ch = t.charAt(idx);
    const cased = first === first.toUpperCase() ? ch.toUpperCase() : ch.toLowerCase();
    t = t.slice(0, idx) + cased + t.slice(idx + 1);
  }
  return t;
}

const MAX_PASSES = 4;

/**
 * Rewrite one sentence: plan an edit for the flagged phrase, apply it, and repeat while the detector still
 * finds something in the result (a sentence can hold two stories). Null when no clean result comes out.
 */
function rewriteSentence(sentence: string, flag: Span & { ruleId: string; frame?: Frame }): string | null {
  let current = sentence;
  let target: (Span & { ruleId: string; frame?: Frame }) | null = flag;
  for (let pass = 0; pass < MAX_PASSES && target; pass++) {
    const plan = planFor(current, target, target.ruleId, target.frame);
    if (!plan?.edit) return null;
    const next = applyEdit(sentence, current, plan.edit);
    if (next === current || next.replace(/[\p{P}\s]/gu, '') === '') return null;
    current = next;
    const again = detect(current, ALL)[0];
    target = again ? { start: again.start, end: again.end, ruleId: again.ruleId, frame: again.frame } : null;
  }
  if (target) return null;
  return current === sentence ? null : current;
}
