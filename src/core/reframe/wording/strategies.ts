/**
 * The ways of rumbling with a story: each rumble comes from one of them, and is introduced by its label.
 */
import type { Story } from './types';

export const STRATEGIES = ['specific', 'learning', 'mastery', 'compassion', 'passion', 'evidence'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** How each strategy is introduced to the writer: an invitation, not an instruction. */
export const STRATEGY_LABELS: Record<Strategy, string> = {
  specific: 'What happened, not who I am',
  learning: 'What did this teach me?',
  mastery: 'Progress, not perfect',
  compassion: 'What would I tell a friend?',
  passion: 'What do I care about here?',
  evidence: 'What went well?',
};

/** Which strategies suit a story best, first to last. Rumbles that name the writer's topic still come first. */
export const STORY_ORDER: Record<Story | 'general', readonly Strategy[]> = {
  verdict: ['specific', 'compassion', 'learning', 'evidence', 'mastery', 'passion'],
  contempt: ['compassion', 'specific', 'evidence', 'passion', 'learning', 'mastery'],
  'not-enough': ['mastery', 'specific', 'compassion', 'evidence', 'learning', 'passion'],
  always: ['specific', 'evidence', 'compassion', 'learning', 'mastery', 'passion'],
  slip: ['specific', 'learning', 'compassion', 'mastery', 'evidence', 'passion'],
  blame: ['specific', 'learning', 'compassion', 'passion', 'evidence', 'mastery'],
  hindsight: ['specific', 'learning', 'compassion', 'mastery', 'passion', 'evidence'],
  rule: ['mastery', 'evidence', 'compassion', 'specific', 'learning', 'passion'],
  worth: ['specific', 'compassion', 'passion', 'evidence', 'learning', 'mastery'],
  discounting: ['evidence', 'specific', 'mastery', 'compassion', 'passion', 'learning'],
  apology: ['specific', 'compassion', 'evidence', 'learning', 'mastery', 'passion'],
  question: ['learning', 'compassion', 'specific', 'evidence', 'passion', 'mastery'],
  demand: ['specific', 'learning', 'compassion', 'mastery', 'passion', 'evidence'],
  other: ['specific', 'learning', 'compassion', 'evidence', 'mastery', 'passion'],
  general: ['compassion', 'evidence', 'passion', 'specific', 'learning', 'mastery'],
};
