/**
 * The shapes shared by everything that detects or reframes self-talk.
 * Pure types: no DOM, no extension APIs.
 */

export const CATEGORIES = [
  'shame',
  'self-blame',
  'perfectionism',
  'all-or-nothing',
  'self-deprecating-apology',
  'perfection-demanded',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that are on unless the user turns them on ("manager mode" is off by default). */
export const DEFAULT_CATEGORIES: readonly Category[] = CATEGORIES.filter((c) => c !== 'perfection-demanded');

export const SEVERITIES = ['gentle', 'clear', 'strong'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/**
 * The shape of the story a rule notices. Rules say what they match; the frame says what kind of
 * thought it is, so the reframer chooses its wording by frame, never by rule id.
 */
export const FRAMES = [
  /** A name for the whole self: "I'm such an idiot", "I suck", "silly me". */
  'label',
  /** A verdict felt as a fact: "I feel so stupid", "I feel like a fraud". */
  'feeling-verdict',
  /** Identity-level pain: "I hate myself", "what is wrong with me". */
  'self-contempt',
  /** Not enough as a person: "I'm not smart enough", "I'll never be good enough", "I have no backbone". */
  'not-enough',
  /** Unable, always: "I can't do anything right", "I can't even write an email". */
  'inability',
  /** One event made a rule: "I always mess everything up", "I ruin everything I touch", "I failed again". */
  'global-failure',
  /** One event told harshly: "I screwed up the report", "stupid mistake on my part". */
  'slip',
  /** Carrying all the blame: "it's all my fault", "I let everyone down", "I ruined the evening". */
  'self-blame',
  /** Hindsight as a verdict: "I should have known better", "I can't believe I did that". */
  'hindsight',
  /** A rule only perfection satisfies: "it has to be perfect", "I'm never allowed to make mistakes". */
  'perfectionist-rule',
  /** Worth that hangs on an outcome: "if I don't ace this I'm worthless", "if it isn't flawless I'll never forgive myself". */
  'conditional-worth',
  /** The good explained away: "it was just luck", "I don't deserve the praise". */
  'discounting',
  /** An apology for existing: "sorry for being so useless", "sorry, I'm a mess". */
  'apology',
  /** A question framed as a fault: "stupid question, but…". */
  'question-framing',
  /** Perfection demanded of others: "failure is not an option", "I expect zero mistakes". */
  'demand',
  /** A verdict on someone else's work: "you never get the numbers right". */
  'verdict-on-other',
  /** A phrase the user asked Mastery to notice. */
  'custom',
] as const;
export type Frame = (typeof FRAMES)[number];

export interface Rule {
  /** Stable id, `category.short-name`; users switch rules off by id. */
  id: string;
  category: Category;
  /** What kind of thought it is: the reframer's key. */
  frame: Frame;
  severity: Severity;
  /**
   * compromise match patterns. Each must match the flagged phrase itself;
   * the flagged span is the whole match, or its `[...]` capture group when present.
   */
  patterns: string[];
  /**
   * Regular-expression sources (no flags, no capture groups) for the words a sentence must contain
   * before it is worth parsing. They are joined into the single prefilter RegExp.
   */
  triggers: string[];
  /** compromise patterns that veto an overlapping match (idioms, literal senses). */
  unless?: string[];
  /** The rule's own patterns contain negation ("I never get anything right"); do not veto on it. */
  negationIsPart?: boolean;
  /**
   * Lexicon words the patterns name by tag: before matching, each word listed under a tag gets that tag,
   * so `#LexTrait` matches "stupid". Shared by reference between the rules of one language.
   */
  vocabulary?: Readonly<Record<string, readonly string[]>>;
  /**
   * Severities of the lexicon words the rule's patterns use, keyed by the word as compromise reads it
   * (lower case, no diacritics, a hyphen as a space). When a match holds any of them, its finding takes the
   * lower of `severity` and the harshest such word's: "silly question" is gentle where "stupid question" is clear.
   */
  grades?: Readonly<Record<string, Severity>>;
  /** One kind sentence that names the story, never a diagnosis. */
  message: string;
  /** Sentences that must produce this rule's finding. */
  hits: string[];
  /** Near-misses that must produce no finding of this rule. */
  misses: string[];
  /** A phrase the user added: shown whatever the category and sensitivity settings say. */
  custom?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  frame: Frame;
  severity: Severity;
  /** UTF-16 offsets into the text given to detect(): `text.slice(start, end)` is the flagged phrase. */
  start: number;
  end: number;
  /** The enclosing sentence. */
  sentence: Span;
  message: string;
}

export interface DetectOptions {
  /** Categories to report; defaults to DEFAULT_CATEGORIES. */
  categories?: readonly Category[];
  /** Report only findings at or above this severity; defaults to 'gentle' (everything). */
  minSeverity?: Severity;
  /** Rule ids the user has switched off. */
  ignoreRules?: readonly string[];
}
