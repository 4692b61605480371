import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { catalogueNotices, contentWords, customRule, customRules, ruleIds, samplePhrase } from '../../src/core/custom';
import { createDetector } from '../../src/core/detect';

describe('custom phrases', () => {
  it('turns a phrase into a rule that also finds contracted and sloppy spellings', () => {
    const detector = createDetector([...CATALOGUE, ...customRules(["I'm such a klutz"])]);
    for (const text of ["Oops, I'm such a klutz.", 'im such a klutz lol', 'I am such a klutz', 'I’m such a klutz']) {
      const found = detector.detect(text);
      expect(
        found.map((f) => f.ruleId),
        text,
      ).toEqual(['custom.i-am-such-a-klutz']);
    }
    expect(detector.detect('She is such a klutz.')).toEqual([]);
  });

  it('shows custom findings whatever the category and sensitivity settings say', () => {
    // A phrase the catalogue does not know, so only the user's own rule can flag it.
    const detector = createDetector([...CATALOGUE, ...customRules(['what a potato I am'])]);
    const found = detector.detect('What a potato I am!', { categories: ['perfectionism'], minSeverity: 'strong' });
    expect(found.map((f) => f.ruleId)).toEqual(['custom.what-a-potato-i-am']);
    expect(detector.detect('What a potato I am!', { ignoreRules: ['custom.what-a-potato-i-am'] })).toEqual([]);
  });

  it('picks an uncommon word as the prefilter trigger', () => {
    const r = customRule('what a dork I am');
    expect(r.ok && r.rule.triggers).toEqual(['dork']);
  });

  it.each([
    ['', 'Type a phrase first.'],
    ['   ', 'Type a phrase first.'],
    ['!!', 'Use at least one real word.'],
    ['one two three four five six seven eight nine ten eleven twelve thirteen', 'Keep it to 12 words or fewer.'],
    ['x', 'Use at least one real word.'],
    [`I am ${'very '.repeat(20)}tired`, 'Keep it to 80 characters or fewer: a phrase, not a paragraph.'],
  ])('explains why %j cannot be a phrase', (phrase, reason) => {
    expect(customRule(phrase)).toEqual({ ok: false, reason });
  });

  it('skips invalid and duplicate phrases when building rules', () => {
    expect(customRules(['', "I'm a klutz", "i'm a   klutz"]).map((r) => r.id)).toEqual(['custom.i-am-a-klutz']);
  });

  it('escapes regular-expression characters in triggers', () => {
    const r = customRule('I am (so) c++ bad');
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => new RegExp(r.rule.triggers[0] ?? '')).not.toThrow();
  });

  it.each(['the', 'I am', 'such a', 'I am so', 'really really', 'I always', 'of the', 'me myself and I', "I'm not"])(
    'refuses %j: no word that carries meaning, so it would be noticed almost everywhere',
    (phrase) => {
      const check = customRule(phrase);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.reason).toContain('alone would be noticed in almost every sentence');
    },
  );

  it('finds the words that carry meaning, whatever wraps them', () => {
    expect(contentWords("I'm such a klutz")).toEqual(['klutz']);
    expect(contentWords('I always mess up')).toEqual(['mess']);
    expect(contentWords('not good enough')).toEqual(['good', 'enough']);
    expect(contentWords('what a dork I am')).toEqual(['dork']);
  });

  it('refuses a phrase already added, in any spelling that makes the same rule', () => {
    const taken = ruleIds(["I'm a klutz", 'what a dork I am']);
    for (const again of ["I'm a klutz", 'i am a   KLUTZ', 'I’m a klutz', 'What a dork I am']) {
      expect(customRule(again, taken)).toEqual({ ok: false, reason: 'You already added this phrase.' });
    }
    expect(customRule("I'm such a klutz", taken).ok).toBe(true);
  });

  it.each([
    ["I'm such a klutz", "I'm such a klutz."],
    ['klutz', 'I’m a klutz.'],
    ['idiot', 'I’m an idiot.'],
    ['so slow', 'I’m so slow.'],
    ['a total potato', 'I’m a total potato.'],
    ['total potato', 'I’m a total potato.'],
    ['messed up the order', 'I messed up the order.'],
    ['what a dork I am', 'What a dork I am!'],
    ['I always mess up!', 'I always mess up.'],
  ])('puts %j in a sentence that reads as people write: %j', (phrase, sentence) => {
    const sample = samplePhrase(phrase);
    expect(sample.text).toBe(sentence);
    expect(sample.text.slice(sample.start, sample.end).toLowerCase()).toBe(phrase.replace(/!$/, '').toLowerCase());
  });

  it('a phrase is noticed in its own sample sentence, by its rule or by the catalogue', () => {
    for (const phrase of ['butterfingers', 'a total potato', 'what a dork I am', 'my bad', 'too slow', "I'm such a klutz"]) {
      const check = customRule(phrase);
      if (!check.ok) throw new Error(check.reason);
      const { text, start, end } = samplePhrase(phrase);
      const found = createDetector([...CATALOGUE, check.rule]).detect(text);
      expect(
        found.some((f) => f.start < end && f.end > start),
        text,
      ).toBe(true);
    }
  });

  it('knows when the catalogue already notices a phrase, and when it does not', () => {
    expect(catalogueNotices('I am so stupid')?.ruleId).toBe('shame.label-adjective');
    expect(catalogueNotices('I suck')?.ruleId).toBe('shame.i-suck');
    // The lexicon of person-judging words knows this one, though no rule names it.
    expect(catalogueNotices('butterfingers')?.ruleId).toBe('shame.label-noun');
    expect(catalogueNotices('a total potato')).toBeNull();
  });
});
