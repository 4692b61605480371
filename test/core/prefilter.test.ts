import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { customRules } from '../../src/core/custom';
import {
  candidateSentences,
  compilePrefilter,
  type Prefilter,
  prefilterFrom,
  prefilterMatches,
  sourcesOf,
  toLatin1,
} from '../../src/core/prefilter';

/** Every trigger as its own alternative, the way the prefilter was first built: the reference. */
function plain(): RegExp {
  const sources = [...new Set(CATALOGUE.flatMap((r) => r.triggers))].map((t) =>
    /^[\p{L}\p{N}' ]+$/u.test(t) ? t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+') : t,
  );
  return new RegExp(toLatin1(`\\b(?:${sources.join('|')})`), 'gi');
}

function starts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** Where any part of `prefilter` finds a trigger. */
function startsOf(prefilter: Prefilter, text: string): number[] {
  return [...new Set(prefilter.parts.flatMap((p) => starts(p, text)))].sort((a, b) => a - b);
}

describe('prefilter', () => {
  const lines = [
    ...CATALOGUE.flatMap((r) => [...r.hits, ...r.misses]),
    ...['realistic.jsonl', 'near-misses.jsonl', 'informal.jsonl'].flatMap((name) =>
      readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text),
    ),
  ];

  it('keeps every part under the size at which V8 stops optimising a RegExp, custom phrases and all', () => {
    // V8 leaves patterns longer than 20 KB (kRegExpTooLargeToOptimize) unoptimised: the scan gets many times slower.
    // Sixty phrases, each with a word of its own (a trigger is a phrase's rarest word).
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (i: number) => `blunder${letters[i % 26]}${letters[Math.floor(i / 26)]}oid`;
    const phrases = Array.from({ length: 60 }, (_, i) => `I am such a ${word(i)}`);
    const custom = customRules(phrases);
    expect(custom.length).toBe(60);
    const prefilter = compilePrefilter([...CATALOGUE, ...custom]);
    expect(prefilter.parts.length).toBeGreaterThan(1);
    for (const part of prefilter.parts) expect(part.source.length).toBeLessThanOrEqual(20 * 1024);
    expect(prefilterMatches(prefilter, `Sorry, I am such a ${word(59)}.`)).toBe(true);
    expect(prefilterMatches(prefilter, 'I am such an idiot')).toBe(true);
    expect(prefilterMatches(prefilter, 'Lunch is at noon.')).toBe(false);
  });

  it('grouped by first letter, finds a trigger at exactly the places the plain alternation does', () => {
    const grouped = compilePrefilter(CATALOGUE);
    const reference = plain();
    const differ = lines.map(toLatin1).filter((l) => startsOf(grouped, l).join() !== starts(reference, l).join());
    expect(differ).toEqual([]);
  });

  it('split into many parts, picks the same candidate sentences as one RegExp does', () => {
    const whole = compilePrefilter(CATALOGUE, Number.POSITIVE_INFINITY);
    const split = compilePrefilter(CATALOGUE, 1500);
    expect(whole.parts.length).toBe(1);
    expect(split.parts.length).toBeGreaterThan(10);
    // A letter's group too large for one part is split too: two hundred phrases whose trigger words all
    // start with a "b" fit in parts of the size asked for, and each is still found.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = Array.from({ length: 200 }, (_, i) => `blunder${letters[i % 26]}${letters[Math.floor(i / 26)]}oid`);
    const bees = compilePrefilter(customRules(words.map((w) => `I am such a ${w}`)), 1000);
    expect(bees.parts.length).toBeGreaterThan(2);
    for (const part of bees.parts) expect(part.source.length).toBeLessThanOrEqual(1000);
    expect(words.filter((w) => !prefilterMatches(bees, `ugh, such a ${w}`))).toEqual([]);
    const text = lines.join(' ');
    expect(candidateSentences(split, text)).toEqual(candidateSentences(whole, text));
    expect(lines.filter((l) => prefilterMatches(split, l) !== prefilterMatches(whole, l))).toEqual([]);
  });

  it('travels as its sources and comes back the same', () => {
    const prefilter = compilePrefilter(CATALOGUE, 3000);
    const back = prefilterFrom(sourcesOf(prefilter));
    const text = lines.join(' ');
    expect(candidateSentences(back, text)).toEqual(candidateSentences(prefilter, text));
  });

  it('reads a Latin-1 copy of the text: curly quotes, dashes and emoji change nothing it finds', () => {
    const prefilter = compilePrefilter(CATALOGUE);
    const straight = "Sorry - I'm such an idiot. I screwed up the 'launch' again. Lunch at noon.";
    const curly = 'Sorry \u2014 I\u2019m such an idiot. I screwed up the \u2018launch\u2019 again. Lunch at noon.';
    expect(curly.length).toBe(straight.length);
    expect(candidateSentences(prefilter, curly)).toEqual(candidateSentences(prefilter, straight));
    expect(candidateSentences(prefilter, curly).length).toBe(2);
    const emoji = 'ugh \u{1F62D} i\u2019m so stupid\u3000lol. see you \u{1F44B}';
    expect(candidateSentences(prefilter, emoji).map((s) => emoji.slice(s.start, s.end))).toEqual([
      'ugh \u{1F62D} i\u2019m so stupid\u3000lol.',
    ]);
    for (const text of [curly, emoji, 'caf\u00e9 \u0142\u00f3d\u017a \u2028 x']) {
      const folded = toLatin1(text);
      expect(folded.length).toBe(text.length);
      expect(folded).not.toMatch(/[\u0100-\uffff]/);
      // Word boundaries and white space fall where they fell.
      for (const probe of [/\b/g, /\s/g, /\w/g])
        expect([...folded.matchAll(probe)].map((m) => m.index)).toEqual([...text.matchAll(probe)].map((m) => m.index));
    }
  });

  it('folds its sources the same way, so a phrase in another script still meets itself', () => {
    const prefilter = compilePrefilter([...CATALOGUE, ...customRules(['jestem taka g\u0142upia'])]);
    expect(prefilterMatches(prefilter, 'No i znowu, jestem taka g\u0142upia.')).toBe(true);
    for (const source of sourcesOf(prefilter)) expect(source).not.toMatch(/[\u0100-\uffff]/);
  });

  it('with no triggers at all, lets nothing through', () => {
    const none = compilePrefilter([]);
    expect(none.parts).toEqual([]);
    expect(prefilterMatches(none, 'I am such an idiot')).toBe(false);
    expect(candidateSentences(none, 'I am such an idiot.')).toEqual([]);
  });
});
