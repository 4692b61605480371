/**
 * The parser and what needs it, loaded on the first text that may hold a finding: loading the
 * parser is most of the command's start, and a text without any trigger word cannot hold one.
 */
import { CATALOGUE } from '../core/catalogue';
import { compilePrefilter, prefilterMatches } from '../core/prefilter';
import type { ReframeResult } from '../core/reframe';
import type { DetectOptions, Finding, Rule } from '../core/types';

export interface Parser {
  detect(text: string, options: DetectOptions): Finding[];
  reframe(text: string, finding: Finding): ReframeResult;
  /** Every rule the detector runs. */
  rules(): readonly Rule[];
}

let parser: Promise<Parser> | null = null;

export function loadParser(): Promise<Parser> {
  parser ??= Promise.all([import('../core/detect'), import('../core/reframe')]).then(([d, r]) => ({
    detect: d.detect,
    reframe: r.reframe,
    rules: () => d.createDetector().rules,
  }));
  return parser;
}

/** The words a sentence must contain to be parsed at all, the detector's own first step (src/core/prefilter.ts). */
const triggers = compilePrefilter(CATALOGUE);

/** `text`'s findings, and the parser that found them (null when no word in it could start one). */
export async function findingsIn(text: string, options: DetectOptions): Promise<{ findings: Finding[]; parser: Parser | null }> {
  if (!prefilterMatches(triggers, text)) return { findings: [], parser: null };
  const loaded = await loadParser();
  return { findings: loaded.detect(text, options), parser: loaded };
}
