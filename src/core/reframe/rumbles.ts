/**
 * Rumble selection, specific before general: wording that names the writer's own topic comes first,
 * then wording for their situation (an exam, a body, money…), then for the gist of the thought
 * (forgetting, a label), then the story's own plain words, then words every story shares. Each rumble
 * comes from a different strategy. A seed gives other stories for the same thought, deterministically.
 */
import type { Topics } from './topic';
import { PRODUCTS } from './lexicon';
import { fillSlots, headNoun, slotsIn } from './slots';
import { HOOK_RUMBLES } from './wording/rumbles/hooks';
import { SITUATION_RUMBLES } from './wording/rumbles/situations';
import { SHARED_RUMBLES, STORY_RUMBLES } from './wording/rumbles/stories';
import { SELF_STORIES, type RumbleTable } from './wording/rumbles/table';
import { TOPIC_RUMBLES } from './wording/rumbles/topics';
import { STORY_ORDER, STRATEGY_LABELS, type Strategy } from './wording/strategies';
import type { Domain, Hook, RumbleWording, SlotType, Story } from './wording/types';

export interface Rumble {
  strategy: Strategy;
  /** The invitation shown above it: "What would I tell a friend?" */
  label: string;
  /** A first-person sentence the writer could honestly say to themselves. */
  text: string;
}

/** What rumble selection knows about a thought. */
export interface Situation {
  story: Story | 'general';
  topics: Topics;
  domain: Domain | null;
  hook: Hook | null;
  future: boolean;
  /** A small slip: wording that makes light of it ("this happens to everyone") may be offered. */
  small: boolean;
}

/** How many rumbles one reframe offers: the popup shows three beside the rewrite, the card two. */
export const RUMBLES_OFFERED = 4;

/** Typed rumble slots: the slot's name is its type; a place is checked like a skill. */
const SLOT_TYPES: Record<string, SlotType> = {
  task: 'task',
  work: 'task',
  theirTask: 'task',
  theirWork: 'task',
  theirEvent: 'event',
  person: 'person',
  role: 'role',
  skill: 'skill',
  act: 'act',
  event: 'event',
  place: 'skill',
};

/** Shared wording is for the stories about the self, and for apologies that put the self down. */
const SHARED_STORIES: readonly (Story | 'general')[] = [...SELF_STORIES, 'apology'];

export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "my essay" as a friend would have it: "their essay". */
const theirs = (text: string | undefined) => text?.replace(/^(?:my|our)\b/i, 'their');

/** What rumble slots are filled with: the topics, and the forms derived from them. */
function fillersOf(topics: Topics): Record<string, string | undefined> {
  const head = topics.task ? headNoun(topics.task) : null;
  const work = head !== null && PRODUCTS.has(head) ? topics.task : undefined;
  return {
    ...topics,
    work,
    theirTask: theirs(topics.task),
    theirWork: theirs(work),
    theirEvent: theirs(topics.event),
    roleNoun: topics.role?.replace(/^an?\s+/i, ''),
  };
}

interface Candidate {
  text: string;
  score: number;
  /** The topic slots it names, the situation and the gist it was written for. */
  names: readonly string[];
  domain: boolean;
  hook: boolean;
}

/** How specific wording is: it names the topic, speaks to the situation, to the gist; or it is the story's own. */
const SCORE = { topic: 8, domain: 4, hook: 2, own: 1 } as const;
/** Wording at least this specific speaks to this thought rather than to its story. */
const SPECIFIC = SCORE.hook;

function fitsSituation(w: RumbleWording, s: Situation, shared: boolean): boolean {
  // With nothing flagged, only the words for the heaviness the writer's words carry are offered.
  if (s.story === 'general' && shared) return w.hooks !== undefined && s.hook !== null && w.hooks.includes(s.hook);
  if (w.stories ? !w.stories.includes(s.story as Story) : shared && !SHARED_STORIES.includes(s.story)) return false;
  if (w.domains && (s.domain === null || !w.domains.includes(s.domain))) return false;
  if (w.hooks && (s.hook === null || !w.hooks.includes(s.hook))) return false;
  if (w.when === 'future' && !s.future) return false;
  if (w.when === 'past' && s.future) return false;
  if (w.small && !s.small) return false;
  return true;
}

/** The wording a strategy could offer for this situation, each with how specific it is. */
function candidates(strategy: Strategy, s: Situation): Candidate[] {
  const tables: Array<[RumbleTable, boolean, number]> = [
    [TOPIC_RUMBLES, true, 0],
    [SITUATION_RUMBLES, true, 0],
    [HOOK_RUMBLES, true, 0],
    [STORY_RUMBLES[s.story], false, SCORE.own],
    [SHARED_RUMBLES, true, 0],
  ];
  const fillers = fillersOf(s.topics);
  const out: Candidate[] = [];
  for (const [table, shared, own] of tables) {
    for (const w of table[strategy] ?? []) {
      if (!fitsSituation(w, s, shared)) continue;
      const text = fillSlots(w.text, fillers, SLOT_TYPES);
      if (text === null) continue;
      const names = slotsIn(w.text).filter((n) => n !== 'prep');
      // The people named are context more often than the topic: wording about the thing itself comes first.
      const naming = names.length === 0 ? 0 : names.every((n) => n === 'person') ? SCORE.topic - 2 : SCORE.topic;
      const score = naming + (w.domains ? SCORE.domain : 0) + (w.hooks ? SCORE.hook : 0) + own;
      out.push({ text, score, names, domain: w.domains !== undefined, hook: w.hooks !== undefined });
    }
  }
  return out;
}

/**
 * One wording for a strategy, from `found`: the most specific there is, leaving out what an earlier set of
 * stories already offered (`avoid`) while anything else is left to say.
 */
function choose(found: readonly Candidate[], key: string, seed: number, avoid: ReadonlySet<string>): Candidate | undefined {
  const fresh = found.filter((c) => !avoid.has(c.text));
  const pool = fresh.length > 0 ? fresh : found;
  const best = Math.max(...pool.map((c) => c.score));
  const top = pool.filter((c) => c.score === best);
  return top[(hash(key) + seed) % top.length];
}

/** What the chosen wording spoke to: the topics it named, the situation and the gist. */
export interface Spoken {
  slots: string[];
  domain: boolean;
  hook: boolean;
}

/**
 * Rumbles for a thought: `key` is the thought in the writer's words (it picks among equally good
 * wording), `seed` asks for other stories (0 is the first set; each next seed leads with other
 * strategies and other words).
 *
 * Specific before general: when two or more strategies can speak to this thought's own topic, situation
 * or gist, those come first and at most one plainer rumble joins them, so two different thoughts never
 * share more than one rumble. A thought with less than that gets its story's plain words.
 */
export function pickRumbles(s: Situation, key: string, seed = 0): { rumbles: Rumble[]; spoken: Spoken } {
  // Other stories leave out what the sets before them offered, while there is anything else to say.
  const sets: Array<{ rumbles: Rumble[]; spoken: Spoken }> = [];
  const turn = Math.abs(Math.trunc(seed));
  for (let t = 0; t <= turn; t++) {
    const avoid = new Set(sets.flatMap((set) => set.rumbles.map((r) => r.text)));
    sets.push(pickSet(s, key, t, avoid));
  }
  return sets[sets.length - 1] as { rumbles: Rumble[]; spoken: Spoken };
}

function pickSet(s: Situation, key: string, turn: number, avoid: ReadonlySet<string>): { rumbles: Rumble[]; spoken: Spoken } {
  const order = STORY_ORDER[s.story].map((strategy, i) => {
    const found = candidates(strategy, s);
    const best = Math.max(-1, ...found.map((c) => c.score));
    return { strategy, i, found, best };
  });
  const specific = order
    .filter((o) => o.best >= SPECIFIC)
    .sort((a, b) => Number(b.best >= SCORE.topic - 2) - Number(a.best >= SCORE.topic - 2) || a.i - b.i);
  // Plain words: the story's own first, then at most enough shared words to make three.
  const own = order
    .filter((o) => o.found.some((c) => c.score === SCORE.own))
    .map((o) => ({ ...o, found: o.found.filter((c) => c.score < SPECIFIC) }));
  const shared = order
    .filter((o) => !own.some((x) => x.strategy === o.strategy))
    .map((o) => ({ ...o, found: o.found.filter((c) => c.score === 0) }))
    .filter((o) => o.found.length > 0);
  const plain = [...own, ...shared];
  const rotate = <T>(list: readonly T[], by: number) =>
    list.length === 0 ? [] : [...list.slice(by % list.length), ...list.slice(0, by % list.length)];
  // The first set leads with the story's own plain words; other sets reach the shared ones too.
  const plainOrder = turn === 0 ? plain : rotate(plain, turn * 2);
  // The first set is as specific as it can be; other sets let one plainer story in.
  const specificShown = turn === 0 ? RUMBLES_OFFERED : RUMBLES_OFFERED - 1;
  const picks = specific.length >= 2 ? [...rotate(specific, turn * 2).slice(0, specificShown), ...rotate(plain, turn)] : plainOrder;
  const wanted =
    specific.length >= 2
      ? Math.min(RUMBLES_OFFERED, specific.length + 1)
      : own.length >= 2
        ? Math.min(RUMBLES_OFFERED, Math.max(3, own.length))
        : RUMBLES_OFFERED;
  const out: Rumble[] = [];
  const spoken: Spoken = { slots: [], domain: false, hook: false };
  for (const { strategy, found } of picks) {
    if (out.length >= wanted) break;
    if (out.some((r) => r.strategy === strategy)) continue;
    const choice = choose(found, `${key}|${strategy}`, turn, avoid);
    if (!choice || out.some((r) => r.text === choice.text)) continue;
    out.push({ strategy, label: STRATEGY_LABELS[strategy], text: choice.text });
    for (const n of choice.names) if (!spoken.slots.includes(n)) spoken.slots.push(n);
    spoken.domain ||= choice.domain;
    spoken.hook ||= choice.hook;
  }
  return { rumbles: out, spoken };
}

/** Pick one of `list` that fits the situation: wording that names the topic first. */
export function pickWording(list: readonly RumbleWording[], s: Situation, key: string, seed = 0): string | null {
  const found: Array<{ text: string; score: number }> = [];
  for (const w of list) {
    if (!fitsSituation(w, s, false)) continue;
    // Reckonings speak to the writer: "my essay" is "your essay".
    const yours = Object.fromEntries(
      Object.entries(fillersOf(s.topics)).map(([k, v]) => [k, v?.replace(/^my\b/i, 'your').replace(/^our\b/i, 'your')]),
    );
    const text = fillSlots(w.text, yours, SLOT_TYPES);
    if (text !== null) found.push({ text, score: (slotsIn(w.text).length > 0 ? 2 : 0) + (w.when ? 1 : 0) });
  }
  const best = found.filter((c) => c.score === Math.max(...found.map((x) => x.score)));
  return best[(hash(key) + Math.abs(Math.trunc(seed))) % Math.max(1, best.length)]?.text ?? null;
}
