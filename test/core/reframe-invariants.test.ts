/**
 * What every reframe must be, checked over every fixture thought and every catalogue example
 * (test/core/reframe-cases.ts): nothing harsh left, no verdict on the self, sentences a careful person
 * would write, the writer's facts, condition and tense kept, the writer's own topic named, and no two
 * different thoughts answered with the same words.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect';
import { tagWords } from '../../src/core/nlp';
import { applyRewrite, STRATEGIES, STRATEGY_LABELS } from '../../src/core/reframe';
import { DOMAIN_WORDS, LABEL_NOUNS, PEOPLE, ROLES } from '../../src/core/reframe/lexicon';
import { isVerdictWord, selfVerdictIn } from '../../src/core/reframe/verdict';
import { CATEGORIES } from '../../src/core/types';
import { FIXTURE_INPUTS } from '../../src/dev/reframe-fixture';
import { allCases, type Case } from './reframe-cases';

const ALL = { categories: CATEGORIES };
const cases = allCases();
const rumbleTexts = (c: Case) => c.result.rumbles.map((r) => r.text);
const label = (c: Case, s: string) => `${c.text}\n  → ${s}`;

/**
 * Person-judging words, beyond the reframer's own lexicon (src/core/reframe/verdict.ts, the seam where
 * the detector's lexicon will plug in): no rewrite or rumble may say one about the writer.
 */
const JUDGING =
  /\b(?:useless|worthless|stupid|idiot|failure|pathetic|hopeless|loser|burden|fraud|disgusting|lazy|incompetent|a mess|a disaster)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i’m|im|me|my|myself)\b/i;

function judgesSelf(text: string): string | null {
  const own = selfVerdictIn(text);
  if (own) return own;
  for (const clause of text.split(/[,;:.!?…]+|\s+(?:and|but|because)\s+/i)) {
    if (FIRST_PERSON.test(clause) && JUDGING.test(clause)) return clause.trim();
  }
  return null;
}

const MINIMISING = /\b(?:happens to everyone|anyone could|everyone misses|anyone who does real work|no big deal|it'?s fine)\b/i;
const THERAPY =
  /\b(?:feelings|heal(?:ing)?|self-compassion|self-care|trauma|inner critic|therap\w*|journey|valid(?:ate|ation)?|mindful\w*)\b/i;
const TOXIC = [
  /everything is perfect/i,
  /you(?:['’]re| are) amazing/i,
  /don['’]t worry/i,
  /!{2,}/,
  /\bcheer up\b/i,
  /\bjust be positive\b/i,
];
const DIAGNOSIS =
  /\b(?:disorder|anxiety|depress\w*|narcissis\w*|diagnos\w*|symptom\w*|ocd|adhd|cognitive distortion|catastrophi[sz]ing)\b/i;
const FUTURE = /\b(?:will|won['’]t|['’]ll|going\s+to|gonna|shall|tomorrow|tonight|next|soon)\b/i;
const CONDITION = /\b(?:if|unless)\b/i;

/** Nouns of a sentence that name a person or a task: the people and the things of the writer's situation, and names. */
function personOrTaskNouns(sentence: string): string[] {
  const known = (w: string) => PEOPLE.has(w) || ROLES.has(w) || Object.values(DOMAIN_WORDS).some((set) => set.has(w));
  return tagWords(sentence)
    .filter((w) => w.tags.includes('Noun') && !w.tags.includes('Pronoun'))
    .map((w) => ({ word: w.normal.replace(/['’]s$/, ''), name: w.tags.includes('ProperNoun') || w.tags.includes('Person') }))
    .filter(({ word, name }) => word !== 'i' && !LABEL_NOUNS.has(word) && !isVerdictWord(word) && (known(word) || name))
    .map(({ word }) => word);
}

function keeps(text: string, word: string): boolean {
  const stem = word.replace(/(?:es|s)$/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}])${stem}`, 'iu').test(text);
}

/** A word no phrase ends on: "the praise from the,", "a.", "with my." */
const DANGLING = /\b(?:the|a|an|my|our|your|their|his|her|and|but|or|from|with the|to the|of the)\s*[,.;:!?]/i;

/** Sentence starts of a text: its first letter and every letter after . ! ? */
function sentenceStarts(text: string): string[] {
  return [...text.matchAll(/(?:^|[.!?]\s+)(\p{L})/gu)].map((m) => m[1] ?? '');
}

describe('reframe invariants, over every fixture thought and every catalogue example', () => {
  it('covers the fixture (80+ thoughts) and every catalogue example', () => {
    expect(FIXTURE_INPUTS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.filter((c) => c.from === 'fixture').map((c) => c.text)).size).toBeGreaterThanOrEqual(70);
    expect(cases.filter((c) => c.from === 'catalogue').length).toBeGreaterThan(150);
  });

  it('offers three or more rumbles, each from a different strategy, labelled', () => {
    for (const c of cases) {
      for (const r of [c.result, c.next]) {
        expect(r.rumbles.length, c.text).toBeGreaterThanOrEqual(3);
        expect(new Set(r.rumbles.map((m) => m.strategy)).size, c.text).toBe(r.rumbles.length);
        for (const m of r.rumbles) {
          expect(STRATEGIES).toContain(m.strategy);
          expect(m.label).toBe(STRATEGY_LABELS[m.strategy]);
        }
      }
    }
  });

  it('no rewrite and no rumble is flagged by the detector', () => {
    const flagged: string[] = [];
    for (const c of cases) {
      for (const s of [...rumbleTexts(c), ...c.next.rumbles.map((r) => r.text), c.result.rewrite ?? '']) {
        if (detect(s, ALL).length > 0) flagged.push(label(c, s));
      }
    }
    expect(flagged).toEqual([]);
  });

  it('no rewrite and no rumble says a verdict word about the writer', () => {
    const judged: string[] = [];
    for (const c of cases) {
      for (const s of [...rumbleTexts(c), ...c.next.rumbles.map((r) => r.text), c.result.rewrite ?? '']) {
        const word = judgesSelf(s);
        if (word) judged.push(`${label(c, s)} (${word})`);
      }
    }
    expect(judged).toEqual([]);
  });

  it('writes whole sentences: no empty slots, doubled words, dangling words or lowercase starts', () => {
    const bad: string[] = [];
    for (const c of cases) {
      for (const s of [c.result.reckoning, ...rumbleTexts(c), ...c.next.rumbles.map((r) => r.text)]) {
        const problems = [
          /[{}[\]|]/.test(s) && 'an unfilled slot',
          / {2}/.test(s) && 'two spaces',
          /\s[,.;:!?]/.test(s) && 'space before punctuation',
          /\b(\w+)\s+\1\b/i.test(s) && 'a doubled word',
          DANGLING.test(s) && 'a dangling word',
          sentenceStarts(s).some((ch) => ch !== ch.toUpperCase()) && 'a lowercase sentence start',
          !/[.?]$/.test(s) && 'no closing punctuation',
        ].filter(Boolean);
        if (problems.length > 0) bad.push(`${label(c, s)} (${problems.join(', ')})`);
      }
      const r = c.result.rewrite;
      if (r === null) continue;
      const original = c.text.slice(c.result.replaces.start, c.result.replaces.end);
      const lower = /^\P{L}*\p{Ll}/u.test(original);
      const problems = [
        /[{}[\]|]/.test(r) && !/[{}[\]|]/.test(original) && 'an unfilled slot',
        / {2}/.test(r) && !/ {2}/.test(original) && 'two spaces',
        /\s[,;:]/.test(r) && 'space before punctuation',
        [...r.matchAll(/\b(\w+)\s+\1\b/gi)].some((m) => !original.toLowerCase().includes(m[0].toLowerCase())) && 'a doubled word',
        DANGLING.test(r) && !DANGLING.test(original) && 'a dangling word',
        !lower && sentenceStarts(r).some((ch) => ch !== ch.toUpperCase()) && 'a lowercase sentence start',
        r.trim() !== r && 'surrounding space',
      ].filter(Boolean);
      if (problems.length > 0) bad.push(`${label(c, r)} (${problems.join(', ')})`);
    }
    expect(bad).toEqual([]);
  });

  it('every noun that names a person or a task survives the rewrite', () => {
    const lost: string[] = [];
    for (const c of cases) {
      const r = c.result.rewrite;
      if (r === null) continue;
      const original = c.text.slice(c.result.replaces.start, c.result.replaces.end);
      for (const word of personOrTaskNouns(original)) if (!keeps(r, word)) lost.push(`${label(c, r)} (lost "${word}")`);
    }
    expect(lost).toEqual([]);
  });

  it('a condition stays a condition, and a worry about what is coming stays about what is coming', () => {
    const changed: string[] = [];
    for (const c of cases) {
      const r = c.result.rewrite;
      if (r === null) continue;
      // A guess at what others will think ("…and they'll figure it out") and a softening "sorry if" belong to the
      // harsh story, not to what the writer says will happen.
      const original = c.text
        .slice(c.result.replaces.start, c.result.replaces.end)
        .replace(
          /\b(?:and|or|otherwise)?\s*(?:sooner or later\s+)?(?:they|people|everyone|everybody)(?:'ll|’ll|\s+will)\s+(?:think|know|see|regret|realise|realize|find out|figure|notice)\b[^.!?]*/gi,
          '',
        )
        .replace(/\b(?:sorry|apologies)\s+if\b/gi, '');
      if (CONDITION.test(original) && !CONDITION.test(r)) changed.push(`${label(c, r)} (condition)`);
      if (FUTURE.test(original) && !FUTURE.test(r)) changed.push(`${label(c, r)} (future)`);
    }
    expect(changed).toEqual([]);
  });

  it('at least two rumbles name the topic when the thought has one', () => {
    const generic: string[] = [];
    for (const c of cases) {
      const topics = c.result.recognised.topics;
      if (topics.length === 0) continue;
      const heads = topics.map((t) => (t.match(/[\p{L}'’-]+/gu) ?? []).filter((w) => w.length > 2).at(-1) ?? t);
      const naming = rumbleTexts(c).filter((r) => heads.some((h) => r.toLowerCase().includes(h.toLowerCase())));
      if (naming.length < 2) generic.push(`${c.text} (${topics.join(', ')}): ${rumbleTexts(c).join(' / ')}`);
    }
    expect(generic).toEqual([]);
  });

  it('two different thoughts share at most one rumble', () => {
    // A thought is what its rumbles speak to: its main topic, else its gist or situation, else its story.
    // Two sentences about the same thing ("I screwed this up." and "i messed it up") are one thought.
    const key = (c: Case) => {
      const s = c.result.recognised;
      return s.topics[0]?.toLowerCase() ?? s.gist ?? s.domain ?? s.story;
    };
    const shared: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      const a = cases[i] as Case;
      for (let j = i + 1; j < cases.length; j++) {
        const b = cases[j] as Case;
        if (a.text === b.text || key(a) === key(b)) continue;
        const common = rumbleTexts(a).filter((t) => rumbleTexts(b).includes(t));
        if (common.length > 1) shared.push(`${a.text} | ${b.text}: ${common.join(' / ')}`);
      }
    }
    expect(shared).toEqual([]);
  });

  it('"Other stories" offers fresh words for the same thought, and the same ones every time', () => {
    for (const c of cases) {
      const first = c.result.rumbles.slice(0, 2).map((r) => r.text);
      const next = c.next.rumbles.slice(0, 2).map((r) => r.text);
      expect(
        next.filter((t) => first.includes(t)),
        c.text,
      ).toEqual([]);
    }
  });

  it('never makes light of identity-level pain, and never diagnoses or cheers', () => {
    for (const c of cases) {
      const words = [c.result.reckoning, ...rumbleTexts(c), ...c.next.rumbles.map((r) => r.text)];
      if (c.result.recognised.deep) for (const w of words) expect(w, c.text).not.toMatch(MINIMISING);
      for (const w of [...words, c.result.rewrite ?? '']) {
        expect(w, c.text).not.toMatch(DIAGNOSIS);
        expect(w, c.text).not.toMatch(THERAPY);
        for (const t of TOXIC) expect(w, c.text).not.toMatch(t);
      }
    }
  });

  it('a rewrite replaces only its own part of the text, and says why when there is none', () => {
    for (const c of cases) {
      const { rewrite, replaces, noRewriteReason } = c.result;
      expect(replaces.start).toBeLessThanOrEqual(c.finding.sentence.start);
      expect(replaces.end).toBeGreaterThanOrEqual(c.finding.sentence.end);
      if (rewrite === null) {
        expect(noRewriteReason, c.text).toMatch(/\S/);
        continue;
      }
      expect(noRewriteReason).toBeNull();
      const applied = applyRewrite(c.text, replaces, rewrite);
      expect(applied.slice(0, replaces.start)).toBe(c.text.slice(0, replaces.start));
      expect(applied.slice(replaces.start + rewrite.length)).toBe(c.text.slice(replaces.end));
      expect(rewrite).not.toBe(c.text.slice(replaces.start, replaces.end));
    }
  });

  it('offers a rewrite for most catalogue examples', () => {
    const catalogue = cases.filter((c) => c.from === 'catalogue');
    const without = catalogue.filter((c) => c.result.rewrite === null);
    expect(without.length / catalogue.length).toBeLessThan(0.1);
  });
});
