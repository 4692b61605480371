import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { customRule, customRules } from '../../src/core/custom';
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
});
