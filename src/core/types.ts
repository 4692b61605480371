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

export interface Rule {
  /** Stable id, `category.short-name`; users switch rules off by id. */
  id: string;
  category: Category;
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
