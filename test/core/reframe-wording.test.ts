/**
 * The reframer's wording is data, and every entry carries an example: the rewrite pieces must produce
 * their example exactly, and every rumble and reckoning must be reachable from its example thought with
 * some set of stories (seed). Wording that no thought can reach, or that reads wrongly where it lands,
 * fails here first.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect';
import { reframe, reframeText } from '../../src/core/reframe';
import { HEAVY, QUIET } from '../../src/core/reframe/wording/general';
import { RECKONINGS } from '../../src/core/reframe/wording/reckonings';
import { REWRITES } from '../../src/core/reframe/wording/rewrites';
import { HOOK_RUMBLES } from '../../src/core/reframe/wording/rumbles/hooks';
import { SITUATION_RUMBLES } from '../../src/core/reframe/wording/rumbles/situations';
import { SHARED_RUMBLES, STORY_RUMBLES } from '../../src/core/reframe/wording/rumbles/stories';
import type { RumbleTable } from '../../src/core/reframe/wording/rumbles/table';
import { TOPIC_RUMBLES } from '../../src/core/reframe/wording/rumbles/topics';
import type { Example, Wording } from '../../src/core/reframe/wording/types';
import { CATEGORIES, type Finding } from '../../src/core/types';
import { constructFinding } from '../../src/dev/reframe-fixture';

const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

function findingsOf(example: Example): Finding[] {
  const built = example.flag ? [constructFinding(example.input, { ...example.flag, severity: example.flag.severity ?? 'strong' })] : [];
  const found = detect(example.input, { categories: CATEGORIES }).filter((f) => !built.some((b) => b.start < f.end && f.start < b.end));
  return [...found, ...built].sort((a, b) => a.start - b.start);
}

/** Everything the reframer says about an example thought, over every seed. */
function said(example: Example): { rumbles: Set<string>; reckonings: Set<string> } {
  const findings = findingsOf(example);
  const rumbles = new Set<string>();
  const reckonings = new Set<string>();
  for (const seed of SEEDS) {
    if (findings.length === 0) {
      const general = reframeText(example.input, { seed }).general;
      for (const r of general?.rumbles ?? []) rumbles.add(r.text);
      if (general) reckonings.add(general.message);
    }
    for (const f of findings) {
      const r = reframe(example.input, f, { findings, seed });
      for (const m of r.rumbles) rumbles.add(m.text);
      reckonings.add(r.reckoning);
    }
  }
  return { rumbles, reckonings };
}

function entries(table: RumbleTable, where: string): Array<[string, Wording]> {
  return Object.entries(table).flatMap(([strategy, list]) =>
    (list ?? []).map((w): [string, Wording] => [`${where}.${strategy}: ${w.text}`, w]),
  );
}

const RUMBLE_ENTRIES = [
  ...entries(TOPIC_RUMBLES, 'topics'),
  ...entries(SITUATION_RUMBLES, 'situations'),
  ...entries(HOOK_RUMBLES, 'hooks'),
  ...entries(SHARED_RUMBLES, 'shared'),
  ...Object.entries(STORY_RUMBLES).flatMap(([story, table]) => entries(table, story)),
];

describe('reframe wording: every entry has an example that works', () => {
  it.each(Object.entries(REWRITES))('rewrite piece %s', (_id, w) => {
    expect(reframe(w.example.input, undefined, { findings: findingsOf(w.example) }).rewrite).toBe(w.example.output);
  });

  it.each(RUMBLE_ENTRIES)('rumble %s', (_where, w) => {
    expect([...said(w.example).rumbles]).toContain(w.example.output);
  });

  it.each(Object.entries(RECKONINGS).flatMap(([story, list]) => list.map((w): [string, Wording] => [`${story}: ${w.text}`, w])))(
    'reckoning %s',
    (_where, w) => {
      expect([...said(w.example).reckonings]).toContain(w.example.output);
    },
  );

  it.each([...QUIET, ...HEAVY].map((w): [string, Wording] => [w.text, w]))('when nothing is flagged: %s', (_t, w) => {
    expect([...said(w.example).reckonings]).toContain(w.example.output);
  });

  it('writes no exclamation marks and no therapy words', () => {
    const all = [...Object.values(REWRITES), ...RUMBLE_ENTRIES.map(([, w]) => w), ...Object.values(RECKONINGS).flat(), ...QUIET, ...HEAVY];
    for (const w of all) {
      expect(w.text).not.toMatch(/!/);
      expect(w.text).not.toMatch(/\b(?:heal|self-care|trauma|inner critic|therapy|journey|validate|mindful)\b/i);
    }
  });
});
