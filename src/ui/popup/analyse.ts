/**
 * What the popup shows for a thought: the flagged thoughts with their reckonings (Reckoning), a set of
 * other stories to choose from (Rumbling), and the whole text rewritten kindly when the reframer has an
 * honest rewrite for every flagged thought. Pure, so component tests and e2e see the same wording.
 *
 * The user asked for this reframe, so every severity counts here; their category choices, the rules and
 * phrases they switched off, and their own phrases still apply. When nothing is flagged the popup never
 * dismisses the thought: it says what it did not spot, and still offers stories to practise with.
 */
import { CATALOGUE } from '../../core/catalogue';
import { customRules } from '../../core/custom';
import { createDetector, type Detector } from '../../core/detect';
import { applyRewrite, type Rumble, reframe, reframeText } from '../../core/reframe';
import { type Finding, severityRank } from '../../core/types';
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
  /** Which set of stories this is: 0 first, each "Other stories" the next. */
  seed: number;
  flagged: FlaggedSentence[];
  /** When nothing was flagged: what Mastery says instead of a reckoning (never "nothing is wrong"). */
  warm: string | null;
  /** Nothing was flagged, but the words sound heavy: the Rumble step is offered all the same. */
  heavy: boolean;
  /** Other stories, each from a different angle; at least three. */
  rumbles: Rumble[];
  /** The whole thought with every flagged thought said kindly, or null when there is no honest rewrite. */
  rewrite: string | null;
  /** Why there is no rewrite, when a flagged thought has none. */
  noRewriteReason: string | null;
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

/** One finding per sentence: the strongest, then the earliest. */
function strongestPerSentence(findings: readonly Finding[]): Finding[] {
  const bySentence = new Map<number, Finding>();
  for (const f of findings) {
    const best = bySentence.get(f.sentence.start);
    if (!best || severityRank(f.severity) > severityRank(best.severity)) bySentence.set(f.sentence.start, f);
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

export function analyse(text: string, settings: Settings, seed = 0): Analysis {
  const options = { ...detectOptionsFrom(settings), minSeverity: 'gentle' as const };
  const found = detectorFor(settings.customPhrases)
    .detect(text, options)
    .filter((f) => !isPhraseIgnored(settings, text.slice(f.start, f.end)));
  const { findings, general } = reframeText(text, { findings: found, seed });

  if (general) {
    return {
      text,
      seed,
      flagged: [],
      warm: general.message,
      heavy: general.heavy,
      rumbles: uniqueRumbles([general.rumbles]),
      rewrite: null,
      noRewriteReason: null,
    };
  }

  // Offered only when every flagged thought has an honest rewrite: a "kind" version must not keep a
  // harsh sentence. Rewritten from the last thought back, so earlier offsets stay valid.
  let rewrite: string | null = null;
  const missing = findings.find((t) => t.result.rewrite === null);
  if (!missing) {
    let out = text;
    for (const { result } of [...findings].reverse()) out = applyRewrite(out, result.replaces, result.rewrite ?? '');
    rewrite = out.trim();
  }

  return {
    text,
    seed,
    // Every flagged sentence is shown with its own reckoning, even when one rewrite covers two of them.
    flagged: strongestPerSentence(found).map((f) => ({
      finding: f,
      before: text.slice(f.sentence.start, f.start),
      phrase: text.slice(f.start, f.end),
      after: text.slice(f.end, f.sentence.end),
      reckoning: (findings.find((t) => t.finding === f)?.result ?? reframe(text, f, { findings: found, seed })).reckoning,
    })),
    warm: null,
    heavy: false,
    rumbles: uniqueRumbles(findings.map((t) => t.result.rumbles)),
    rewrite,
    noRewriteReason: missing?.result.noRewriteReason ?? null,
  };
}
