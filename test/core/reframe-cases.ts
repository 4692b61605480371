/**
 * The thoughts the reframer's invariants run over: every fixture thought (with its built-by-hand
 * findings) and every catalogue example, each reframed once per seed and kept, so the invariant tests
 * share the work.
 */
import { detect } from '../../src/core/detect';
import { type ReframeResult, reframe } from '../../src/core/reframe';
import { CATEGORIES, type Finding } from '../../src/core/types';
import { CATALOGUE_EXAMPLES, FIXTURE_INPUTS, findingsOf } from '../../src/dev/reframe-fixture';

export interface Case {
  text: string;
  finding: Finding;
  findings: readonly Finding[];
  /** Where the thought comes from: "fixture" or "catalogue". */
  from: 'fixture' | 'catalogue';
  result: ReframeResult;
  /** "Other stories": the same thought with seed 1. */
  next: ReframeResult;
}

function build(): Case[] {
  const out: Case[] = [];
  const add = (text: string, findings: readonly Finding[], from: Case['from']) => {
    for (const finding of findings) {
      const result = reframe(text, finding, { findings });
      const next = reframe(text, finding, { findings, seed: 1 });
      out.push({ text, finding, findings, from, result, next });
    }
  };
  for (const t of FIXTURE_INPUTS) add(t.text, findingsOf(t), 'fixture');
  for (const text of CATALOGUE_EXAMPLES) add(text, detect(text, { categories: CATEGORIES }), 'catalogue');
  return out;
}

let cases: Case[] | null = null;

export function allCases(): Case[] {
  cases ??= build();
  return cases;
}
