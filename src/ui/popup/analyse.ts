/**
 * What the popup shows for a thought: the flagged sentences with their reckonings (Reckoning),
 * a set of other stories to choose from (Rumbling), and the whole thought rewritten kindly when
 * the reframer has an honest rewrite. Pure, so component tests and e2e see the same wording.
 *
 * The user asked for this reframe, so every severity counts here; their category choices, the
 * rules and phrases they switched off, and their own phrases still apply.
 */
import { CATALOGUE } from '../../core/catalogue';
import { customRules } from '../../core/custom';
import { createDetector, type Detector } from '../../core/detect';
import { applyRewrite, reframe, reframeText, type ReframeResult, type Rumble } from '../../core/reframe';
import { severityRank, type Finding } from '../../core/types';
import { detectOptionsFrom, isPhraseIgnored, type Settings } from '../../shared/settings';

export interface FlaggedSentence {
  finding: Finding;
  /** The sentence, split around the flagged phrase for highlighting. */
  before: string;
  phrase: string;
  after: string;
  reckoning: string;
}

export interface Analysis {
  text: string;
  flagged: FlaggedSentence[];
  /** When nothing was flagged: a warm word instead of a reckoning. */
  warm: string | null;
  /** Other stories, each from a different angle; at least three. */
  rumbles: Rumble[];
  /** The whole thought with every flagged sentence said kindly, or null when there is no honest rewrite. */
  rewrite: string | null;
}

/** The most rumbles offered at once: enough choice, still fits the popup. */
export const MAX_RUMBLES = 5;

let cached: { key: string; detector: Detector } | null = null;

function detectorFor(customPhrases: readonly string[]): Detector {
  const key = JSON.stringify(customPhrases);
  if (cached?.key !== key) {
    const custom = customRules(customPhrases);
    cached = { key, detector: createDetector(custom.length > 0 ? [...CATALOGUE, ...custom] : CATALOGUE) };
  }
  return cached.detector;
}

/** One finding per sentence: the strongest, then the earliest. */
function strongestPerSentence(findings: readonly Finding[]): Finding[] {
  const bySentence = new Map<number, Finding>();
  for (const f of findings) {
    const best = bySentence.get(f.sentence.start);
    if (!best || severityRank(f.severity) > severityRank(best.severity)) bySentence.set(f.sentence.start, f);
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

/** One story per strategy (each label appears once), in the order the reframer ranked them. */
function uniqueRumbles(sets: ReadonlyArray<readonly Rumble[]>): Rumble[] {
  const out: Rumble[] = [];
  const seen = new Set<string>();
  for (const set of sets) {
    for (const r of set) {
      if (out.length >= MAX_RUMBLES || seen.has(r.strategy)) continue;
      out.push(r);
      seen.add(r.strategy);
    }
  }
  return out;
}

function generalReframe(text: string): { message: string; rumbles: Rumble[] } {
  const general = reframeText(text, { categories: [] }).general;
  return { message: general?.message ?? 'Nothing harsh here.', rumbles: general?.rumbles ?? [] };
}

/** The reframer's answer for one finding; should it ever fail, the finding's own message and the general stories. */
function safeReframe(text: string, finding: Finding): ReframeResult {
  try {
    return reframe(text, finding);
  } catch (error) {
    console.warn('Mastery: could not reframe this sentence', error);
    return { reckoning: finding.message, rumbles: generalReframe(text).rumbles, rewrite: null };
  }
}

export function analyse(text: string, settings: Settings): Analysis {
  const options = { ...detectOptionsFrom(settings), minSeverity: 'gentle' as const };
  const found = detectorFor(settings.customPhrases)
    .detect(text, options)
    .filter((f) => !isPhraseIgnored(settings, text.slice(f.start, f.end)));
  const chosen = strongestPerSentence(found);

  if (chosen.length === 0) {
    const general = generalReframe(text);
    return { text, flagged: [], warm: general.message, rumbles: uniqueRumbles([general.rumbles]), rewrite: null };
  }

  const results = chosen.map((finding) => ({ finding, result: safeReframe(text, finding) }));
  const flagged = results.map(({ finding, result }) => ({
    finding,
    before: text.slice(finding.sentence.start, finding.start),
    phrase: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, finding.sentence.end),
    reckoning: result.reckoning,
  }));

  // Offered only when every flagged sentence has an honest rewrite: a "kind" version must not keep a
  // harsh sentence. Rewritten from the last sentence back, so earlier offsets stay valid.
  let rewrite: string | null = null;
  if (results.every((r) => r.result.rewrite !== null)) {
    let out = text;
    for (const { finding, result } of [...results].reverse()) out = applyRewrite(out, finding, result.rewrite ?? '');
    rewrite = out.trim();
  }

  return { text, flagged, warm: null, rumbles: uniqueRumbles(results.map((r) => r.result.rumbles)), rewrite };
}
