/**
 * How a finding is written out: as a JSON object (--json, --jsonl), or as the indented lines of its
 * reframe under a text finding (--reframe).
 */
import type { Strategy } from '../core/reframe';
import type { Category, Finding, Severity } from '../core/types';
import type { Parser } from './parser';

export interface JsonReframe {
  reckoning: string;
  rumbles: Array<{ strategy: Strategy; text: string }>;
  /** Replaces `sentence` (its start and end) in the input. */
  rewrite: string | null;
}

export interface JsonFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  phrase: string;
  message: string;
  sentence: { start: number; end: number };
  reframe?: JsonReframe;
}

export function toJson(text: string, f: Finding, reframe: Parser['reframe'] | null = null): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    phrase: text.slice(f.start, f.end),
    message: f.message,
    sentence: f.sentence,
  };
  if (reframe) {
    const r = reframe(text, f);
    out.reframe = {
      reckoning: r.reckoning,
      rumbles: r.rumbles.map(({ strategy, text: t }) => ({ strategy, text: t })),
      rewrite: r.rewrite,
    };
  }
  return out;
}

/** The indented lines printed under a finding with --reframe. */
export function reframeLines(text: string, f: Finding, reframe: Parser['reframe']): string[] {
  const r = reframe(text, f);
  return [
    `    reckoning: ${r.reckoning}`,
    ...r.rumbles.map((m) => `    rumble (${m.strategy}): ${m.text}`),
    `    rewrite: ${r.rewrite === null ? '(none: the rumbles are the way through this one)' : r.rewrite.replace(/\s+/g, ' ')}`,
  ];
}
