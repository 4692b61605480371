/** Words on the settings page, kept together so they read as one voice. */
import type { Category } from '../../core/types';
import type { Sensitivity } from '../../shared/settings';

export const CATEGORY_COPY: Record<Category, { name: string; hint: string }> = {
  shame: {
    name: 'Verdicts on yourself',
    hint: '“I suck”, “I’m such an idiot”, “I’m not good enough”: names for yourself instead of words for what happened.',
  },
  'self-blame': {
    name: 'Taking all the blame',
    hint: '“I screwed this up”, “it’s all my fault”, “I let everyone down”.',
  },
  perfectionism: {
    name: 'Perfect or nothing',
    hint: '“It has to be perfect”, “one typo and it’s worthless”, “I can’t believe I missed that”.',
  },
  'all-or-nothing': {
    name: 'Always and never',
    hint: '“I always mess up”, “I never get anything right”.',
  },
  'self-deprecating-apology': {
    name: 'Apologising for yourself',
    hint: '“Sorry, I’m an idiot”, “sorry for being such a burden”.',
  },
  'perfection-demanded': {
    name: 'Manager mode: perfection asked of others',
    hint:
      'Off unless you switch it on. Notices demands for flawless work, such as “no mistakes allowed” or “zero room for error”, ' +
      'so people who lead teams can set a kinder bar for others too.',
  },
};

export const SENSITIVITY_COPY: Record<Sensitivity, { name: string; hint: string }> = {
  gentle: {
    name: 'Gentle',
    hint: 'Only the harshest verdicts, such as “I hate myself” or “I’m a failure”. Fewer nudges, for busy days.',
  },
  balanced: {
    name: 'Balanced',
    hint: 'Clear self-criticism, leaving milder habits alone. A good place to start.',
  },
  strict: {
    name: 'Thorough',
    hint: 'Everything Mastery knows, softer habits included, like “I should have known” or “sorry if this is a stupid question”.',
  },
};
