/**
 * The shapes of the reframer's wording. Wording is data: every entry carries an example that a test
 * runs through reframe(), so a change of words can never silently break a sentence.
 */
import type { Category, Frame, Severity } from '../../types';

export interface Example {
  input: string;
  output: string;
  /**
   * For a frame no catalogue rule produces yet: the finding the test builds over `input`
   * (the phrase is found in the input; category and severity default from the frame).
   */
  flag?: { frame: Frame; phrase: string; category?: Category; severity?: Severity };
}

export interface Wording {
  text: string;
  example: Example;
}

/**
 * What a template slot accepts, checked against compromise's tags before it is filled
 * (src/core/reframe/slots.ts):
 *  - task    a noun phrase naming a thing or piece of work: "the migration", "these rollouts"
 *  - person  a noun phrase naming people: "my mother", "the customers"
 *  - role    a role the writer holds, with its article: "a mother", "a manager"
 *  - skill   an ability still being learnt: "writing these updates", "spreadsheets", "on-call"
 *  - act     something the writer did, as a gerund clause: "missing that deadline", "not speaking up"
 *  - event   something still to come: "the interview", "this exam"
 *  - np      any noun phrase (rewrite pieces)
 *  - verb    a verb in its base form (rewrite pieces)
 */
export type SlotType = 'task' | 'person' | 'role' | 'skill' | 'act' | 'event' | 'np' | 'verb';

/** A piece a rewrite is built from; `slots` names the typed slots it has, the rest are plain words. */
export interface RewriteWording extends Wording {
  slots?: Readonly<Record<string, SlotType>>;
}

/**
 * The stories the wording is written for. Each frame tells one of them (STORY_OF_FRAME); the reframer
 * chooses wording by story, so a new rule or a new frame needs no new code to be reframed.
 */
export const STORIES = [
  'verdict',
  'contempt',
  'not-enough',
  'always',
  'slip',
  'blame',
  'hindsight',
  'rule',
  'worth',
  'discounting',
  'apology',
  'question',
  'demand',
  'other',
] as const;
export type Story = (typeof STORIES)[number];

export const STORY_OF_FRAME: Record<Frame, Story> = {
  label: 'verdict',
  'feeling-verdict': 'verdict',
  custom: 'verdict',
  'self-contempt': 'contempt',
  'not-enough': 'not-enough',
  inability: 'always',
  'global-failure': 'always',
  slip: 'slip',
  'self-blame': 'blame',
  hindsight: 'hindsight',
  'perfectionist-rule': 'rule',
  'conditional-worth': 'worth',
  discounting: 'discounting',
  apology: 'apology',
  'question-framing': 'question',
  demand: 'demand',
  'verdict-on-other': 'other',
};

/** The situations the reframer recognises from the writer's own nouns and verbs. */
export const DOMAINS = ['work', 'study', 'family', 'body', 'money', 'social'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * The gist of a thought with no named topic, read from its verb or its label: what the wording can
 * still speak to ("I always forget something" is about forgetting; "I'm a burden" is about needing help).
 */
export const HOOKS = [
  'forgetting',
  'speaking',
  'finishing',
  'breaking',
  'trying',
  'learning',
  'mistake-label',
  'outcome-label',
  'worth-label',
  'impostor',
  'burden',
  'behind',
  'heavy',
  'ashamed',
] as const;
export type Hook = (typeof HOOKS)[number];

export interface RumbleWording extends Wording {
  /** Only where the writer's words show one of these situations. */
  domains?: readonly Domain[];
  /** Only for a thought with this gist. */
  hooks?: readonly Hook[];
  /** Only for these stories (tables shared between stories). */
  stories?: readonly Story[];
  /** Only for a worry about what is still to come, or only for what already happened. */
  when?: 'future' | 'past';
  /** Words that make light of it ("this happens to everyone"): small slips only, never identity-level pain. */
  small?: true;
}
