/**
 * The reframer: for a flagged thought, Brené Brown's three steps.
 *  - Reckoning: a kind sentence or two that names the story and the trap.
 *  - Rumbling: other, truer narratives the writer could say to themselves, one per strategy, naming
 *    the writer's own situation where they named one.
 *  - Revolution: the thought rewritten, fit to send, keeping its facts, its tense and its mood; or no
 *    rewrite, with the reason, when no honest one exists.
 *
 * Pure and synchronous: no DOM, no extension APIs. The wording lives in ./wording as data; the parts:
 * meaning.ts (what a thought is and what a rewrite keeps), topic.ts (what it is about), slots.ts (typed
 * template slots), plan/ (rewrite plans by frame), rewrite.ts, rumbles.ts. Only the thought's own
 * sentences are ever parsed, never the whole of the text it came from.
 */
import { detect } from '../detect';
import { CATEGORIES, type DetectOptions, type Finding, type Frame, type Span, severityRank } from '../types';
import { distressIn } from './distress';
import { contextAround, contextOf, type Thought, thoughtOf } from './meaning';
import { hash, pickRumbles, pickWording, type Rumble, type Situation, type Spoken } from './rumbles';
import { type Flag, rewriteSentence } from './rewrite';
import { actBefore, recognise, situationOf, type Topics } from './topic';
import { HEAVY, QUIET } from './wording/general';
import { RECKONINGS } from './wording/reckonings';
import { type Domain, type Hook, STORY_OF_FRAME, type Story } from './wording/types';

export { RUMBLES_OFFERED, type Rumble } from './rumbles';
export { STRATEGIES, STRATEGY_LABELS, type Strategy } from './wording/strategies';
export type { Domain, Hook, Story } from './wording/types';

/** What the reframer recognised in the thought: plain data, shown back to the writer where useful. */
export interface Recognised {
  frame: Frame;
  /** The story the wording was chosen for: the frame's, or what the sentence means ("if… I'm worthless" is about worth). */
  story: Story;
  /** What the rumbles name, in the writer's own words ("the migration", "a mother"). */
  topics: string[];
  /** The situation the rumbles speak to (an exam, money, a social moment), or null. */
  domain: Domain | null;
  /** A worry about something still to come. */
  future: boolean;
  /** Identity-level pain: the wording never makes light of it. */
  deep: boolean;
  /** The gist the rumbles speak to (the label, or the verb the thought makes a rule of), or null. */
  gist: Hook | null;
}

export interface ReframeResult {
  reckoning: string;
  /** Three or more, each from a different strategy. */
  rumbles: Rumble[];
  /**
   * A drop-in replacement for `text.slice(replaces.start, replaces.end)` (see applyRewrite). Without a
   * finding: the whole text with every flagged thought rewritten. Null when no honest rewrite exists.
   */
  rewrite: string | null;
  /** The part of the text the rewrite replaces: the finding's sentence, and a harsh neighbour of the same thought. */
  replaces: Span;
  /** Why there is no rewrite, in a sentence for the writer; null when there is one. */
  noRewriteReason: string | null;
  recognised: Recognised;
}

export interface ReframeOptions {
  /** "Other stories": 0 (the default) is the first set; each next seed offers other ones, deterministically. */
  seed?: number;
  /**
   * Every finding the caller knows in `text` (the detector's, the user's own phrases). Flagged phrases in
   * the same thought are rewritten together. Without it, the reframer asks the detector about the
   * thought's own sentences only.
   */
  findings?: readonly Finding[];
}

const ALL: DetectOptions = { categories: CATEGORIES };

/** The last thoughts read, most recent last: how each was rewritten and what it is about. */
const readings = new Map<string, { outcome: ReturnType<typeof rewriteThought>; seen: ReturnType<typeof recognise> }>();
const MAX_READINGS = 64;

/** Which of the thought's topics the rumbles named, in the writer's words. */
function topicsSpoken(spoken: Spoken, topics: Topics): string[] {
  const of: Record<string, string | undefined> = {
    task: topics.task,
    work: topics.task,
    theirTask: topics.task,
    theirWork: topics.task,
    event: topics.event,
    theirEvent: topics.event,
    role: topics.role,
    roleNoun: topics.role,
    person: topics.person,
    act: topics.act,
    skill: topics.skill,
    place: topics.place,
  };
  const named = spoken.slots.map((slot) => of[slot]).filter((t): t is string => t !== undefined);
  const priority = [topics.event, topics.task, topics.skill, topics.place, topics.role, topics.person, topics.act];
  return [...new Set(named)].sort((a, b) => priority.indexOf(a) - priority.indexOf(b));
}

const VERDICT_STORIES: readonly Story[] = ['verdict', 'contempt', 'not-enough', 'blame', 'always'];

/** Does the flagged phrase follow (or open with) an "if" or "unless" in its sentence: a verdict that hangs on an outcome? */
function hangsOnCondition(text: string, finding: Finding): boolean {
  // The flag may hold the whole condition: "If I fail this exam I'm worthless".
  if (/^(?:if|unless)\b/i.test(text.slice(finding.start, finding.end))) return true;
  const before = text.slice(finding.sentence.start, finding.start);
  const iff = /\b(?:if|unless)\b(?![^,]*\b(?:then)\b)/i.exec(before);
  return iff !== null && /\S\s+\S/.test(before.slice(iff.index + iff[0].length));
}

/** Labels and stories about worth are identity-level; a slip with a name attached is not. */
function depth(story: Story, hook: Hook | null, severity: Finding['severity'], named: boolean): { deep: boolean; small: boolean } {
  const labelHooks: readonly (Hook | null)[] = ['worth-label', 'outcome-label', 'impostor', 'burden'];
  const deep =
    story === 'contempt' ||
    story === 'not-enough' ||
    story === 'worth' ||
    (story === 'verdict' && (labelHooks.includes(hook) || (!named && hook !== 'mistake-label' && severity === 'strong'))) ||
    (story === 'always' && severity === 'strong' && labelHooks.includes(hook));
  const small = !deep && (story === 'slip' || story === 'hindsight' || story === 'question');
  return { deep, small };
}

function findingsIn(text: string, span: Span, known: readonly Finding[] | undefined): Finding[] {
  if (known) return known.filter((f) => f.start >= span.start && f.end <= span.end);
  return detect(text.slice(span.start, span.end), ALL).map((f) => ({
    ...f,
    start: f.start + span.start,
    end: f.end + span.start,
    sentence: { start: f.sentence.start + span.start, end: f.sentence.end + span.start },
  }));
}

/** Rewrite each sentence of the thought; a neighbour that has no honest rewrite leaves the thought. */
function rewriteThought(
  text: string,
  thought: Thought,
  own: Span,
): { rewrite: string | null; reason: string | null; replaces: Span; hints: ReturnType<typeof rewriteSentence>['hints'] } {
  const done = thought.sentences.map((s) => {
    const sentence = text.slice(s.span.start, s.span.end);
    const flags: Flag[] = s.findings.map((f) => ({ start: f.start - s.span.start, end: f.end - s.span.start, frame: f.frame }));
    return { span: s.span, ...rewriteSentence(sentence, flags) };
  });
  const at = done.findIndex((d) => d.span.start === own.start);
  const mine = done[at];
  const hints = done.flatMap((d) => d.hints);
  if (!mine || mine.text === null) return { rewrite: null, reason: mine?.reason ?? null, replaces: own, hints };
  let first = at;
  let last = at;
  while (first > 0 && done[first - 1]?.text !== null) first--;
  while (last < done.length - 1 && done[last + 1]?.text !== null) last++;
  const kept = done.slice(first, last + 1);
  let rewrite = '';
  kept.forEach((d, i) => {
    rewrite += d.text ?? '';
    const next = kept[i + 1];
    if (next) rewrite += text.slice(d.span.end, next.span.start);
  });
  const replaces = { start: (kept[0] as (typeof kept)[number]).span.start, end: (kept[kept.length - 1] as (typeof kept)[number]).span.end };
  return { rewrite, reason: null, replaces, hints };
}

/**
 * Reframe `finding`'s thought in `text`, or, without a finding, the first flagged thought of `text` (every
 * category). Put the rewrite in place with applyRewrite().
 */
export function reframe(text: string, finding?: Finding, options: ReframeOptions = {}): ReframeResult {
  const seed = options.seed ?? 0;
  if (!finding) {
    const found = options.findings ?? detect(text, ALL);
    const first = strongestPerSentence(found)[0];
    if (!first) {
      const general = generalFor(text, seed);
      return {
        reckoning: general.message,
        rumbles: general.rumbles,
        rewrite: null,
        replaces: { start: 0, end: text.length },
        noRewriteReason: 'Mastery did not spot a harsh story to rewrite.',
        recognised: { frame: 'custom', story: 'verdict', topics: [], domain: null, future: false, deep: false, gist: null },
      };
    }
    const result = reframe(text, first.finding, { ...options, findings: found });
    return { ...result, rewrite: rewriteAll(text, found), replaces: { start: 0, end: text.length } };
  }

  // Without the caller's findings, the finding's own sentence is not read twice: the rewrite asks the
  // detector about it anyway, and finds any other story in it then.
  const thought = thoughtOf(text, finding, (span) =>
    options.findings || span.start !== finding.sentence.start ? findingsIn(text, span, options.findings) : [finding],
  );
  const thoughtText = text.slice(thought.span.start, thought.span.end);
  const flagged = thought.sentences.flatMap((s) =>
    s.findings.map((f) => ({ start: f.start - thought.span.start, end: f.end - thought.span.start, frame: f.frame })),
  );
  const conditional = hangsOnCondition(text, finding);
  // Reading the thought does not depend on the seed: "More stories" on the same thought reads it once.
  const context = contextOf(text, thought.span);
  const memoKey = `${thoughtText}\u0000${finding.start - thought.span.start}:${finding.sentence.start - thought.span.start}\u0000${JSON.stringify(flagged)}\u0000${context}`;
  let read = readings.get(memoKey);
  if (read) readings.delete(memoKey);
  else {
    const outcome = rewriteThought(text, thought, finding.sentence);
    const shift = (s: Span) => ({ start: s.start - thought.span.start, end: s.end - thought.span.start });
    const seen = recognise(thoughtText, flagged, outcome.hints, conditional);
    // The sentences around the thought may say what the situation is: "I skipped the gym again. I have no discipline."
    const situation = seen.domain ?? situationOf(context);
    // A name for the self right after what happened is about what happened.
    const act = seen.named.length === 0 ? actBefore(contextAround(text, thought.span)[0]) : null;
    const topics = act ? { ...seen.topics, act } : seen.topics;
    read = {
      outcome: { ...outcome, replaces: shift(outcome.replaces) },
      seen: { ...seen, topics, named: act ? [act] : seen.named, domain: situation },
    };
  }
  readings.set(memoKey, read);
  if (readings.size > MAX_READINGS) readings.delete(readings.keys().next().value as string);
  const outcome = {
    ...read.outcome,
    replaces: { start: read.outcome.replaces.start + thought.span.start, end: read.outcome.replaces.end + thought.span.start },
  };
  const seen = read.seen;
  const framed = STORY_OF_FRAME[finding.frame];
  // "If I don't get an A I'm worthless": a verdict that hangs on an outcome is a story about worth, whatever named it;
  // "it's still not good enough" judges the work, not the writer: a bar only perfection meets.
  const aboutSelf = /\b(?:i|i['’]m|im|i['’]ll|me|my|myself)\b/i.test(text.slice(finding.start, finding.end));
  // An "apology" with no apology in it ("ugh i'm so awkward") is a name for the self.
  const apologises = /\b(?:sorry|apolog\w*|forgive|excuse)\b/i.test(thoughtText);
  const story: Story =
    conditional && VERDICT_STORIES.includes(framed)
      ? 'worth'
      : framed === 'not-enough' && !aboutSelf
        ? 'rule'
        : framed === 'apology' && !apologises
          ? 'verdict'
          : framed;
  const { deep, small } = depth(story, seen.hook, finding.severity, seen.named.length > 0);
  const situation: Situation = { story, topics: seen.topics, domain: seen.domain, hook: seen.hook, future: seen.future, small };
  const key = thoughtText.toLowerCase();
  // What Mastery recognised is what the first set of stories speaks to, whichever set is shown.
  const first = pickRumbles(situation, key, 0);
  const shown = seed === 0 ? first : pickRumbles(situation, key, seed);
  return {
    reckoning: pickWording(RECKONINGS[story], situation, `${key}|reckoning`, seed) ?? finding.message,
    rumbles: shown.rumbles,
    rewrite: outcome.rewrite,
    replaces: outcome.replaces,
    noRewriteReason:
      outcome.rewrite === null ? (outcome.reason ?? 'Mastery has no kinder way to say this that keeps what it means.') : null,
    recognised: {
      frame: finding.frame,
      story,
      topics: topicsSpoken(first.spoken, seen.topics),
      domain: first.spoken.domain || first.spoken.slots.length > 0 ? seen.domain : null,
      future: seen.future,
      deep,
      gist: first.spoken.hook ? seen.hook : null,
    },
  };
}

/** Put a rewrite in place of the part of the text it replaces, leaving every other character as it was. */
export function applyRewrite(text: string, at: Span, rewrite: string): string {
  return text.slice(0, at.start) + rewrite + text.slice(at.end);
}

export interface ThoughtReframe {
  /** The strongest finding in the thought: the one the reckoning and rumbles speak to. */
  finding: Finding;
  /** Other findings in the same thought; the rewrite already covers them. */
  also: Finding[];
  result: ReframeResult;
}

export interface GeneralReframe {
  /** What Mastery says when it flagged nothing: never "nothing is wrong". */
  message: string;
  rumbles: Rumble[];
  /** The words carry first-person distress (sad, heavy, behind, ashamed): the Rumble step is offered all the same. */
  heavy: boolean;
}

export interface TextReframe {
  /** One entry per flagged thought, in order. */
  findings: ThoughtReframe[];
  /** Only when nothing was flagged: a warm word and general rumbles to practise with. */
  general?: GeneralReframe;
}

function generalFor(text: string, seed: number): GeneralReframe {
  const hook = distressIn(text);
  const situation: Situation = { story: 'general', topics: {}, domain: null, hook, future: false, small: false };
  const list = hook ? HEAVY : QUIET;
  const message = list[(hash(`${text}|general`) + seed) % list.length]?.text ?? '';
  return { message, rumbles: pickRumbles(situation, text.toLowerCase(), seed).rumbles, heavy: hook !== null };
}

/** For free text typed into the popup: detect, then reframe each flagged thought. */
export function reframeText(text: string, options: DetectOptions & { seed?: number; findings?: readonly Finding[] } = {}): TextReframe {
  const found = options.findings ?? detect(text, options);
  const groups = strongestPerSentence(found);
  if (groups.length === 0) return { findings: [], general: generalFor(text, options.seed ?? 0) };
  const out: ThoughtReframe[] = [];
  let covered = -1;
  for (const g of groups) {
    if (g.finding.sentence.start < covered) continue;
    const result = reframe(text, g.finding, { seed: options.seed ?? 0, findings: found });
    const span = result.rewrite === null ? g.finding.sentence : result.replaces;
    covered = span.end;
    const also = found.filter((f) => f !== g.finding && f.start >= span.start && f.end <= span.end);
    out.push({ finding: g.finding, also, result });
  }
  return { findings: out };
}

function strongestPerSentence(found: readonly Finding[]): Array<{ finding: Finding; also: Finding[] }> {
  const bySentence = new Map<number, Finding[]>();
  for (const f of found) {
    const list = bySentence.get(f.sentence.start) ?? [];
    list.push(f);
    bySentence.set(f.sentence.start, list);
  }
  return [...bySentence.values()]
    .map((list) => {
      const best = list.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
      return { finding: best, also: list.filter((f) => f !== best) };
    })
    .sort((a, b) => a.finding.sentence.start - b.finding.sentence.start);
}

/** Every flagged thought of `text` rewritten, right to left so earlier offsets stay valid; null when none could be. */
function rewriteAll(text: string, found: readonly Finding[]): string | null {
  const { findings } = reframeText(text, { findings: found });
  let out = text;
  let changed = false;
  for (const { result } of [...findings].reverse()) {
    if (result.rewrite === null) continue;
    out = applyRewrite(out, result.replaces, result.rewrite);
    changed = true;
  }
  return changed ? out : null;
}
