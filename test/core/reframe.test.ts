/**
 * The reframer's public API, and the thoughts that showed what it must get right: a slot filled with
 * the wrong kind of phrase, "Use this" keeping a harsh clause, a condition read as a fact, the same
 * general lines for every thought, a hurting person told "nothing harsh here".
 */
import { describe, expect, it, vi } from 'vitest';
import { detect } from '../../src/core/detect';
import { applyRewrite, reframe, reframeText } from '../../src/core/reframe';
import { CATEGORIES, type Finding, FRAMES, type Frame } from '../../src/core/types';
import { constructFinding } from '../../src/dev/reframe-fixture';

const ALL = { categories: CATEGORIES };

/**
 * The length of every text handed to the parser, so a test can see what was parsed, not how long it
 * took. Unit test files share one worker and its module cache: forget the cached modules first, so
 * this file's imports see the watched parser.
 */
const parsed = vi.hoisted(() => {
  vi.resetModules();
  return { lengths: [] as number[] };
});
vi.mock('compromise/two', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => unknown }).default;
  const watched = new Proxy(real, {
    apply(target, self, args: unknown[]) {
      parsed.lengths.push(typeof args[0] === 'string' ? args[0].length : -1);
      return Reflect.apply(target, self, args);
    },
  });
  return { default: watched };
});

/** Every finding in `text`: the detector's, and one built for `flags` (frames no catalogue rule produces yet). */
function findingsIn(text: string, flags: Array<{ frame: Frame; phrase: string }> = []): Finding[] {
  const built = flags.map((f) => constructFinding(text, { ...f, severity: 'strong' }));
  return [...detect(text, ALL).filter((f) => !built.some((b) => b.start < f.end && f.start < b.end)), ...built].sort(
    (a, b) => a.start - b.start,
  );
}

function reframeOf(text: string, flags: Array<{ frame: Frame; phrase: string }> = [], seed = 0) {
  const findings = findingsIn(text, flags);
  const first = findings[0];
  if (!first) throw new Error(`nothing found in ${JSON.stringify(text)}`);
  return reframe(text, first, { findings, seed });
}

const texts = (r: { rumbles: Array<{ text: string }> }) => r.rumbles.map((m) => m.text);

describe('typed slots: a filler that does not fit is never used', () => {
  it('never fills a slot with a clause that starts with a modal or a negation', () => {
    const r = reframeOf('i can never get these rollouts right', [{ frame: 'inability', phrase: 'i can never get these rollouts right' }]);
    for (const t of [...texts(r), r.reckoning]) expect(t).not.toMatch(/\b(?:for|into|of)\s+can\b|^Can never/i);
    expect(r.rewrite).toBe("i haven't got these rollouts right yet");
  });

  it('never puts people in a slot meant for a task', () => {
    const r = reframeOf("It's all my fault that the customers lost a day of data.");
    for (const t of [...texts(r), r.reckoning]) {
      expect(t).not.toMatch(/what the customers taught me|turns the customers into|work I put into the customers/i);
    }
    expect(texts(r).filter((t) => t.includes('the customers')).length).toBeGreaterThanOrEqual(2);
    expect(r.rewrite).toBe('I own my part in the customers losing a day of data.');
  });
});

describe('"Use this" handles the whole thought', () => {
  it('rewrites a harsh sentence next to the flagged one, and leaves no "I know" behind', () => {
    const text = "Sorry, I know I'm a burden. I always ruin everything.";
    const r = reframeOf(text);
    expect(r.replaces).toEqual({ start: 0, end: text.length });
    expect(r.rewrite).toBe("Thanks for all your help. Some things haven't gone the way I hoped.");
    expect(detect(r.rewrite ?? '', ALL)).toEqual([]);
  });

  it('rewrites every flagged span in the sentence and keeps "the migration"', () => {
    const r = reframeOf("I'm useless at on-call and I should never have been trusted with the migration.", [
      { frame: 'not-enough', phrase: 'I should never have been trusted' },
    ]);
    expect(r.rewrite).toBe("I'm still getting better at on-call and I'm learning from the migration.");
  });

  it('keeps "mother" and the question, and rewrites both sentences', () => {
    const text = "Why can't I ever finish anything? I'm a total failure as a mother.";
    const r = reframeOf(text, [{ frame: 'self-contempt', phrase: "Why can't I ever finish anything" }]);
    expect(r.rewrite).toBe("What would help me finish things? I'm still growing as a mother.");
    expect(r.recognised.topics).toContain('a mother');
    expect(r.recognised.domain).toBe('family');
  });

  it('a neighbour sentence in another paragraph is another thought', () => {
    const text = 'I screwed up the report.\n\nI suck.';
    const r = reframe(text, detect(text, ALL)[0] as Finding);
    expect(r.replaces).toEqual({ start: 0, end: 24 });
  });
});

describe('meaning: a condition stays a condition, a worry stays about what is coming', () => {
  it('"If this release isn\'t flawless I\'ll never forgive myself"', () => {
    const r = reframeOf("If this release isn't flawless I'll never forgive myself.");
    expect(r.rewrite).toBe("I want this release to be solid, and if something slips I'll learn from it.");
    expect(r.recognised.story).toBe('worth');
    expect(r.recognised.future).toBe(true);
  });

  it('"If I don\'t get an A on this exam I\'m worthless" is a condition about worth, not a verdict', () => {
    const r = reframeOf("If I don't get an A on this exam I'm worthless.");
    expect(r.rewrite).toBe("If I don't get an A on this exam, I'll be disappointed, and I'll learn from it.");
    expect(r.recognised.story).toBe('worth');
    expect(r.recognised.deep).toBe(true);
    expect(r.reckoning).toBe('That hangs your worth on this exam. It matters, and you matter however it goes.');
  });

  it('a worry about tomorrow is still about tomorrow', () => {
    const r = reframeOf("I'm going to bomb the interview tomorrow.", [{ frame: 'inability', phrase: "I'm going to bomb" }]);
    expect(r.rewrite).toBe("I'm nervous about the interview tomorrow, and I'll prepare as well as I can.");
    expect(texts(r).join(' ')).not.toMatch(/\btaught me\b|\bwent wrong\b/);
  });

  it('says why when no honest rewrite exists, and still offers rumbles', () => {
    const r = reframeOf("I'll never forgive myself.");
    expect(r.rewrite).toBeNull();
    expect(r.noRewriteReason).toMatch(/\S/);
    expect(r.rumbles.length).toBeGreaterThanOrEqual(3);
  });
});

describe("the README's examples", () => {
  it('reads as the README says', () => {
    expect(texts(reframeOf('I screwed up the report.'))).toContain(
      'The work I put into the report still counts, and I am getting better with each one.',
    );
    expect(reframeOf("If this release isn't flawless I'll never forgive myself.").rewrite).toBe(
      "I want this release to be solid, and if something slips I'll learn from it.",
    );
  });
});

describe('specific before general', () => {
  it("names the writer's own topic in at least two rumbles", () => {
    for (const [text, topic] of [
      ['I screwed up the report.', 'report'],
      ["I'm a disappointment to my parents.", 'parents'],
      ["I'm useless when it comes to spreadsheets.", 'spreadsheets'],
      ["I'm not good enough for this role.", 'role'],
    ] as const) {
      expect(texts(reframeOf(text)).filter((t) => t.includes(topic)).length, text).toBeGreaterThanOrEqual(2);
    }
  });

  it("recognises the situation from the writer's own words", () => {
    expect(reframeOf("I'm so useless with money, I overspent again this month.").recognised.domain).toBe('money');
    expect(reframeOf("I'm a total failure as a mother.").recognised.domain).toBe('family');
    expect(reframeOf('I wrecked the migration.').recognised.domain).toBe('work');
    expect(
      reframeOf('I feel disgusting after eating all that cake.', [{ frame: 'feeling-verdict', phrase: 'I feel disgusting' }]).recognised
        .domain,
    ).toBe('body');
  });

  it('never makes light of identity-level shame', () => {
    const r = reframeOf("I'm a disappointment to my parents.");
    expect(r.recognised.deep).toBe(true);
    for (const t of [r.reckoning, ...texts(r), ...texts(reframeOf("I'm a disappointment to my parents.", [], 1))]) {
      expect(t).not.toMatch(/happens to everyone|anyone could/i);
    }
  });

  it('"Other stories" gives fresh ones for the same thought, deterministically', () => {
    const first = reframeOf('I screwed up the report.');
    const next = reframeOf('I screwed up the report.', [], 1);
    expect(next).toEqual(reframeOf('I screwed up the report.', [], 1));
    expect(
      texts(next)
        .slice(0, 2)
        .filter((t) => texts(first).slice(0, 2).includes(t)),
    ).toEqual([]);
    expect(next.rewrite).toBe(first.rewrite);
  });
});

describe('every frame is reframed, including frames no catalogue rule produces yet', () => {
  /** A realistic sentence for each frame, and the phrase a grammar-frame rule would flag in it. */
  const SENTENCES: Record<Frame, [string, string]> = {
    label: ["I'm such an idiot, I sent the wrong file.", "I'm such an idiot"],
    'feeling-verdict': ['I feel so stupid after that call with the client.', 'I feel so stupid'],
    'self-contempt': ['I hate myself for snapping at my sister.', 'I hate myself'],
    'not-enough': ["I'm not smart enough for this course.", "I'm not smart enough"],
    inability: ["I can't even write a simple email today.", "I can't even write"],
    'global-failure': ['I always mess up the handovers.', 'I always mess up'],
    slip: ['I botched the seating plan for the dinner.', 'I botched the seating plan'],
    'self-blame': ['It is all my fault the trip was cancelled.', 'all my fault'],
    hindsight: ['I should have checked the dates before booking.', 'I should have checked'],
    'perfectionist-rule': ['The slides have to be perfect before Friday.', 'have to be perfect'],
    'conditional-worth': ["If I don't get this job I'm a failure.", "I'm a failure"],
    discounting: ['It was just luck that the pitch went well.', 'It was just luck'],
    apology: ['Sorry for being so useless on this project.', 'Sorry for being so useless'],
    'question-framing': ['This is probably a stupid question, but where is the invoice?', 'This is probably a stupid question'],
    demand: ['Any mistake in the launch plan is unacceptable.', 'Any mistake in the launch plan is unacceptable'],
    'verdict-on-other': ['You always get the totals wrong.', 'You always get the totals wrong'],
    custom: ["I'm such a klutz, I knocked the mic over.", "I'm such a klutz"],
  };

  it.each(FRAMES.map((f) => [f]))('%s', (frame) => {
    const [text, phrase] = SENTENCES[frame];
    const finding = constructFinding(text, { frame, phrase, severity: 'strong' });
    const r = reframe(text, finding, { findings: [finding] });
    expect(r.reckoning.length).toBeGreaterThan(20);
    expect(r.rumbles.length).toBeGreaterThanOrEqual(3);
    expect(r.recognised.frame).toBe(frame);
    if (r.rewrite === null) expect(r.noRewriteReason).toMatch(/\S/);
    else expect(detect(r.rewrite, ALL)).toEqual([]);
  });

  it('rewrites each of them', () => {
    const none = FRAMES.filter((frame) => {
      const [text, phrase] = SENTENCES[frame];
      const finding = constructFinding(text, { frame, phrase, severity: 'strong' });
      return reframe(text, finding, { findings: [finding] }).rewrite === null;
    });
    expect(none).toEqual([]);
  });
});

describe('nothing flagged: the popup never dismisses', () => {
  it('hears first-person distress the rules do not name, and still offers stories', () => {
    const r = reframeText('I feel so behind. Everyone my age has their life figured out except me.');
    expect(r.findings).toEqual([]);
    expect(r.general?.heavy).toBe(true);
    expect(r.general?.message).toMatch(/did not spot a harsh story in those words/);
    expect(r.general?.message).not.toMatch(/nothing harsh/i);
    expect(r.general?.rumbles.length).toBeGreaterThanOrEqual(3);
    expect(r.general?.rumbles.some((m) => /behind|timeline|schedule/.test(m.text))).toBe(true);
  });

  it('for plain news, says what it did not spot, never that nothing is wrong', () => {
    const r = reframeText('Thanks for the notes, I will update the deck tonight.');
    expect(r.general?.heavy).toBe(false);
    expect(r.general?.message).not.toMatch(/nothing harsh here\./i);
    expect(r.general?.rumbles.length).toBeGreaterThanOrEqual(3);
  });
});

describe('reframeText and reframe without a finding', () => {
  it('gives one entry per thought, the strongest finding first, the rest in `also`', () => {
    const text = 'Hi Sam. I should have caught that typo, I should have known better. Thanks!';
    const r = reframeText(text, ALL);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.also).toHaveLength(1);
    expect(r.findings[0]?.result.rewrite).toBe("I didn't catch that typo.");
  });

  it('respects the categories it is given', () => {
    expect(reframeText('Mistakes are unacceptable.').findings).toEqual([]);
    expect(reframeText('Mistakes are unacceptable.', ALL).findings).toHaveLength(1);
  });

  it('without a finding, rewrites every flagged thought of the whole text', () => {
    const text = 'Hi Sam,\n\nI screwed up the report. I suck. The fix is attached.';
    expect(reframe(text).rewrite).toBe(
      "Hi Sam,\n\nI made a mistake with the report. That didn't go as well as I hoped. The fix is attached.",
    );
  });

  it('applyRewrite replaces only the part it is given', () => {
    const text = 'Morning! I screwed up the report. More soon.';
    const f = detect(text)[0] as Finding;
    const r = reframe(text, f);
    expect(applyRewrite(text, r.replaces, r.rewrite ?? '')).toBe('Morning! I made a mistake with the report. More soon.');
  });

  it("reframes a user's own phrase: a label is handled like one", () => {
    const text = "I'm such a klutz, I knocked the mic over.";
    const finding: Finding = {
      ruleId: 'custom.i-am-such-a-klutz',
      category: 'shame',
      frame: 'custom',
      severity: 'strong',
      start: 0,
      end: 16,
      sentence: { start: 0, end: text.length },
      message: '',
    };
    expect(reframe(text, finding).rewrite).toBe('I knocked the mic over.');
  });

  it("keeps the writer's person, tense, contractions and apostrophes", () => {
    expect(reframeOf("I've messed up again, sorry everyone.").rewrite).toBe("I've made a mistake, sorry everyone.");
    expect(reframeOf('I am so disappointed in myself.').rewrite).toBe('I am disappointed with how this went.');
    expect(reframeOf('I’m a failure.').rewrite).toBe('I’m having a hard time with this.');
    expect(reframeOf('i suck lol').rewrite).toBe("that didn't go as well as i hoped lol");
  });

  it('reads only the thought, not the document around it', () => {
    const filler = 'The quarterly numbers look steady and the team is on track for the review. '.repeat(3000);
    // A sentence no other test reads, so no parse of it is cached yet.
    const text = `${filler}I screwed up the quarterly report. ${filler}`;
    const finding = detect(text).find((f) => f.frame === 'slip') as Finding;
    parsed.lengths.length = 0;
    const r = reframe(text, finding);
    expect(r.rewrite).toBe('I made a mistake with the quarterly report.');
    expect(r.replaces).toEqual(finding.sentence);
    // The parser ran, and never on more than one sentence (the document is nearly half a megabyte).
    expect(parsed.lengths.length).toBeGreaterThan(0);
    expect(Math.max(...parsed.lengths)).toBeLessThanOrEqual(filler.length / 3000);
    expect(Math.min(...parsed.lengths)).toBeGreaterThan(0);
  });
});
