import { describe, expect, it } from 'vitest';
import { createDetector, detect, quotedRanges } from '../../src/core/detect';
import { CATEGORIES, type DetectOptions } from '../../src/core/types';

const ALL: DetectOptions = { categories: CATEGORIES };
const phrases = (text: string, options: DetectOptions = ALL) => detect(text, options).map((f) => text.slice(f.start, f.end));
const flagged = (text: string) => detect(text, ALL).length > 0;

describe('detect: findings and spans', () => {
  it('gives exact UTF-16 spans into the original text, with the enclosing sentence', () => {
    const text = 'Hi Sam,\n\nI screwed this up. I suck.\nThanks';
    const found = detect(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['I screwed this up', 'I suck']);
    const [first] = found;
    expect(first && text.slice(first.sentence.start, first.sentence.end)).toBe('I screwed this up.');
    expect(first?.category).toBe('self-blame');
  });

  it('keeps offsets right after emoji and other astral characters', () => {
    const text = '🙈🙈 ok. 😩 I’m such an idiot 🙃';
    expect(phrases(text)).toEqual(['I’m such an idiot']);
  });

  it('finds several phrases in one text', () => {
    expect(phrases("I'm such an idiot, I forgot it. It has to be perfect. I always mess things up.")).toEqual([
      "I'm such an idiot",
      'It has to be perfect',
      'I always mess things up',
    ]);
  });

  it('merges overlapping matches into the most specific one', () => {
    const found = detect("Sorry, I'm an idiot, the file is attached now.");
    expect(found).toHaveLength(1);
    expect(found[0]?.ruleId).toBe('self-deprecating-apology.sorry-i-am');
    const ruin = detect("I ruin everything I'm part of.");
    expect(ruin.map((f) => f.category)).toEqual(['all-or-nothing']);
  });
});

describe('detect: the language it must get right', () => {
  it.each(["I'm such an idiot", 'Im such an idiot', 'im such an idiot', 'i am such an idiot', 'I’m such an idiot'])(
    'contractions and sloppy typing: %s',
    (t) => expect(phrases(t)).toEqual([t]),
  );

  it.each([
    'I suck',
    'I sucked at the demo',
    "I'm sucking at this",
    'I screw up',
    'I screwed up',
    'I keep screwing up',
    'I mess up',
    'I messed up',
  ])('inflection: %s', (t) => expect(flagged(t)).toBe(true));

  it.each([
    'I really suck at this',
    "I'm so stupid",
    'I totally messed up the deck',
    "I'm such a failure",
    "I'm a complete idiot",
    "I'm a total mess",
  ])('intensifiers: %s', (t) => expect(flagged(t)).toBe(true));

  it.each([
    "I don't suck",
    "I'm not an idiot",
    "I didn't screw up",
    "it doesn't have to be perfect",
    "I'm not a failure just because one launch slipped.",
    'I never said I was terrible at it.',
  ])('negation, no finding: %s', (t) => expect(detect(t, ALL)).toEqual([]));

  it.each([
    'this vacuum sucks',
    'he screwed up',
    'they messed up',
    "you're not an idiot",
    'She is such an idiot sometimes.',
    'My manager thinks the plan sucks.',
  ])('other subjects, no finding: %s', (t) => expect(detect(t, ALL)).toEqual([]));

  it.each([
    'I finally screwed up the courage to ask.',
    'I screwed the lid on.',
    'the pump sucks air',
    'Perfect, thanks!',
    'sounds perfect',
    "I'm perfectly happy",
    'I sucked it up and carried on.',
    "I'm a hopeless romantic.",
  ])('idioms and literal senses, no finding: %s', (t) => expect(detect(t, ALL)).toEqual([]));

  it.each(['I should have the draft by Friday', 'I should be able to join', 'I should have it by Friday.'])(
    'scheduling or ability "should", no finding: %s',
    (t) => expect(detect(t, ALL)).toEqual([]),
  );

  it.each([
    'I made a mistake in the invoice; fixed now',
    'my bad, wrong link',
    "It's my fault, I'll fix the typo now.",
    'I missed the deadline, so I moved the review to Friday.',
  ])('healthy accountability, no finding: %s', (t) => expect(detect(t, ALL)).toEqual([]));

  it.each([
    "Mark said, 'I suck at golf.'",
    'Mark said, "I\'m such an idiot."',
    'He told me I suck at golf.',
    'She said I was hopeless at chess, which was fair.',
  ])('reported speech and quotes, no finding: %s', (t) => expect(detect(t, ALL)).toEqual([]));

  it("still hears the writer's own inner voice in quotes", () => {
    expect(flagged("I keep thinking 'I'm such an idiot' all day.")).toBe(true);
  });

  it.each(['If I mess up the order, let me know.', 'What if I screw up the demo?'])('hypotheticals, no finding: %s', (t) =>
    expect(detect(t, ALL)).toEqual([]),
  );
});

describe('detect: options', () => {
  const text = "There is zero room for error. I suck. I can't believe I missed that.";

  it('leaves manager mode off by default and turns it on by category', () => {
    expect(detect(text).map((f) => f.category)).not.toContain('perfection-demanded');
    expect(detect(text, ALL).map((f) => f.category)).toContain('perfection-demanded');
  });

  it('filters by category, minimum severity and ignored rule ids', () => {
    expect(detect(text, { categories: ['shame'] }).map((f) => f.ruleId)).toEqual(['shame.i-suck']);
    expect(detect(text, { minSeverity: 'clear' }).map((f) => f.ruleId)).toEqual(['shame.i-suck']);
    expect(detect(text, { ignoreRules: ['shame.i-suck'] }).map((f) => f.ruleId)).toEqual(['perfectionism.cant-believe-i']);
  });

  it('lets a disabled rule reveal an overlapping enabled one', () => {
    const t = "Sorry, I'm an idiot.";
    expect(detect(t, { ignoreRules: ['self-deprecating-apology.sorry-i-am'] }).map((f) => f.ruleId)).toEqual(['shame.label-noun']);
  });
});

describe('detector: speed by design', () => {
  it('never parses text without a trigger word', () => {
    const d = createDetector();
    expect(d.mayMatch('Thanks for the update, see you Thursday.')).toBe(false);
    expect(d.candidates('Thanks for the update. See you Thursday.')).toEqual([]);
  });

  it('returns only the sentences that carry a trigger', () => {
    const d = createDetector();
    const text = 'Lovely weather. I suck at golf. See you soon.';
    expect(d.candidates(text).map((s) => text.slice(s.start, s.end))).toEqual(['I suck at golf.']);
  });

  it('caches per sentence: an edit elsewhere keeps the same result objects', () => {
    const d = createDetector();
    const a = d.detect('I suck. Weather is nice.');
    const b = d.detect('I suck. Weather is nicer!');
    expect(b).toEqual(a);
  });
});

describe('quotedRanges', () => {
  it('tells apostrophes from quotes', () => {
    expect(quotedRanges("I'm fine")).toEqual([]);
    expect(quotedRanges("He said 'no way' and left")).toEqual([[8, 15]]);
    expect(quotedRanges('“I’m done”')).toEqual([[0, 9]]);
  });
});

describe('detect: questions', () => {
  it.each(['Did I mess up the invite?', 'Am I an idiot for asking this?', 'Could I have screwed up the config?'])(
    'a plain question, no finding: %s',
    (t) => expect(detect(t, ALL)).toEqual([]),
  );

  it('still hears "why did I screw up?"', () => {
    expect(flagged('Why did I screw up again?')).toBe(true);
  });
});

describe('detect: owning a mistake and moving on', () => {
  it.each([
    'I messed up the link, fixed now.',
    "I screwed up the config but it's sorted.",
    "I messed up the intro slide, but the rest went great and I'm happy with it.",
    'I screwed this up, but I am learning.',
    "It's my fault the tests broke, I'll fix it in the next commit.",
    "It's my fault we missed the cutoff, let me resend it tonight.",
    'I messed up the numbers, fixing it now.',
  ])('healthy accountability, no finding: %s', (t) => expect(detect(t, ALL)).toEqual([]));

  it('a promise that is not a repair keeps the finding', () => {
    expect(flagged("It's my fault the team lost, I'll never fix that.")).toBe(true);
    expect(flagged("I screwed up the report, I'll probably get fired.")).toBe(true);
  });

  it('still names a self-insult even when the fix follows', () => {
    expect(phrases("I'm such an idiot, fixed now.")).toEqual(["I'm such an idiot"]);
  });
});

describe('detector: warm()', () => {
  it('prepares the parser without changing any result', () => {
    const d = createDetector();
    d.warm();
    expect(d.detect('I suck.').map((f) => f.ruleId)).toEqual(['shame.i-suck']);
  });
});

describe('detect: spans stop where the phrase does', () => {
  it('does not run an object on into the next clause', () => {
    expect(phrases("I screwed up the numbers, I'm such an idiot.")).toEqual(['I screwed up the numbers', "I'm such an idiot"]);
    expect(phrases('I ruined the launch, I know.')).toEqual(['I ruined the launch']);
    expect(phrases('I botched it, I admit.')).toEqual(['I botched it']);
  });
});
