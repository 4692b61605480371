import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { createDetector } from '../../src/core/detect';
import { parserFor } from '../../src/core/nlp';
import { compilePrefilter, prefilterMatches } from '../../src/core/prefilter';
import { CATEGORIES, SEVERITIES } from '../../src/core/types';

const detector = createDetector();
/** Sentences parsed as the matcher parses them, lexicon tags included. */
const parse = parserFor(CATALOGUE);
/** Every rule's raw findings, before overlaps merge: each rule must be seen to fire on its own examples. */
const raw = (text: string) => detector.candidates(text).flatMap((s) => detector.scanSentence(text, s));

describe('catalogue', () => {
  it('has unique ids, each prefixed by its category', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CATALOGUE) expect(r.id.startsWith(`${r.category}.`)).toBe(true);
  });

  it('has no pattern used twice', () => {
    const patterns = CATALOGUE.flatMap((r) => r.patterns);
    const dupes = patterns.filter((p, i) => patterns.indexOf(p) !== i);
    expect(dupes).toEqual([]);
  });

  it('covers every category with valid severities, messages and examples', () => {
    for (const c of CATEGORIES) expect(CATALOGUE.some((r) => r.category === c)).toBe(true);
    for (const r of CATALOGUE) {
      expect(SEVERITIES).toContain(r.severity);
      expect(r.message).toMatch(/^[A-Z"].+[.!]$/);
      expect(r.hits.length).toBeGreaterThan(0);
      expect(r.misses.length).toBeGreaterThan(0);
      expect(r.triggers.length).toBeGreaterThan(0);
    }
  });

  it("has no dead pattern: each one matches at least one of its rule's hits", { timeout: 60_000 }, () => {
    // Parse each hit and each pattern once: the lexicon makes patterns long.
    const dead = CATALOGUE.flatMap((r) => {
      const docs = r.hits.map((h) => parse(h));
      return r.patterns.filter((p) => {
        const parsed = nlp.parseMatch(p);
        return !docs.some((d) => d.has(parsed));
      });
    });
    expect(dead).toEqual([]);
  });

  it('lets every hit through the prefilter (triggers cover the patterns)', () => {
    const prefilter = compilePrefilter(CATALOGUE);
    for (const r of CATALOGUE) {
      for (const h of r.hits) {
        expect(prefilterMatches(prefilter, h), `${r.id}: "${h}"`).toBe(true);
      }
    }
  });

  describe.each(CATALOGUE.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.hits)('hits: %s', (text) => {
      const found = raw(text).filter((f) => f.ruleId === rule.id);
      expect(found.length, `"${text}" should trigger ${rule.id}`).toBeGreaterThan(0);
      for (const f of found) expect(text.slice(f.start, f.end).trim().length).toBeGreaterThan(0);
    });
    it.each(rule.misses)('misses: %s', (text) => {
      expect(raw(text).filter((f) => f.ruleId === rule.id)).toEqual([]);
    });
  });
});
