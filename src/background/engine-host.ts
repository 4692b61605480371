/**
 * The engine, once per browser: the detector (compromise and the catalogue, plus the user's own
 * phrases) and the reframer, serving every tab's content scripts. Content scripts pick candidate
 * sentences with the prefilter they get from here, send them after a typing pause, and get
 * findings back; when a card opens they get its text. Results are cached per sentence for all
 * tabs, in memory only.
 *
 * The background may be stopped whenever it is idle (Chrome stops a service worker after ~30 s) and
 * restarted by the next message, so nothing here must outlive it: the detector is built lazily on
 * the first request, behind one promise, and the epoch is derived from the settings, not counted,
 * so a restarted engine names the same epoch for the same settings.
 */
import { CATALOGUE } from '../core/catalogue';
import { customRules } from '../core/custom';
import { createDetector, type Detector } from '../core/detect';
import { compilePrefilter, PREFILTER_FLAGS, type Prefilter, sourcesOf } from '../core/prefilter';
import { reframe } from '../core/reframe';
import type { Finding, Rule } from '../core/types';
import type { EngineStateMessage, FindingsMessage, ReframedMessage, ReframeMessage, SentenceFinding } from '../shared/messages';
import { detectOptionsFrom, type Settings } from '../shared/settings';
import type { Store } from '../shared/storage';

/** Sentences whose findings are kept, over all tabs. */
export const CACHE_SENTENCES = 5000;

export interface EngineHostDeps {
  store: Pick<Store, 'getSettings'>;
  /** The detector for a rule set (tests count builds). */
  createDetector?: (rules: readonly Rule[]) => Detector;
}

export interface EngineHost {
  /** Wake up: the epoch and the prefilter; `fresh` re-reads the settings first. Starts warming the detector. */
  state(fresh?: boolean): Promise<EngineStateMessage>;
  /** Findings for each sentence, for the current settings. */
  detect(sentences: readonly string[]): Promise<FindingsMessage>;
  reframe(request: Omit<ReframeMessage, 'type'>): Promise<ReframedMessage>;
  /** Settings changed (a storage event): results after this follow them. */
  settingsChanged(next: Settings): void;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a settings snapshot. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The part of the settings that changes what the engine finds, as a stable key. */
export function epochOf(settings: Settings): string {
  const options = detectOptionsFrom(settings);
  return fnv1a(JSON.stringify([settings.customPhrases, options.categories, options.minSeverity, [...(options.ignoreRules ?? [])].sort()]));
}

interface Built {
  customKey: string;
  rules: readonly Rule[];
  byId: Map<string, Rule>;
  prefilter: Prefilter;
  detector: Detector | null;
}

export function createEngineHost(deps: EngineHostDeps): EngineHost {
  const build = deps.createDetector ?? createDetector;
  let settings: Promise<Settings> | null = null;
  let built: Built | null = null;
  let epoch = '';
  /** Findings per sentence text, for `epoch`; a Map keeps insertion order, so the oldest is first. */
  const cache = new Map<string, SentenceFinding[]>();
  let warming: ReturnType<typeof setTimeout> | null = null;

  function current(): Promise<Settings> {
    settings ??= deps.store.getSettings().catch((error: unknown) => {
      settings = null;
      throw error;
    });
    return settings;
  }

  /** Rules and prefilter for these settings; the detector itself is made on first use. */
  function rulesFor(s: Settings): Built {
    const customKey = s.customPhrases.join('\n');
    if (built?.customKey === customKey) return built;
    const rules = [...CATALOGUE, ...customRules(s.customPhrases)];
    built = { customKey, rules, byId: new Map(rules.map((r) => [r.id, r])), prefilter: compilePrefilter(rules), detector: null };
    return built;
  }

  function detectorOf(b: Built): Detector {
    b.detector ??= build(b.rules);
    return b.detector;
  }

  function follow(s: Settings): Built {
    const next = epochOf(s);
    if (next !== epoch) {
      epoch = next;
      cache.clear();
    }
    return rulesFor(s);
  }

  /** Compile the match nets and run the parser once, after the reply that asked for it has gone out. */
  function warmSoon(b: Built): void {
    if (b.detector || warming !== null) return;
    warming = setTimeout(() => {
      warming = null;
      detectorOf(b).warm();
    }, 0);
  }

  return {
    async state(fresh = false) {
      if (fresh) settings = null;
      const b = follow(await current());
      warmSoon(b);
      return { type: 'mastery:engine-state', epoch, prefilter: { sources: sourcesOf(b.prefilter), flags: PREFILTER_FLAGS } };
    },

    async detect(sentences) {
      const s = await current();
      const b = follow(s);
      const options = detectOptionsFrom(s);
      const findings = sentences.map((text) => {
        const hit = cache.get(text);
        if (hit) {
          cache.delete(text);
          cache.set(text, hit);
          return hit;
        }
        const detector = detectorOf(b);
        // Content scripts send only sentences the prefilter lets through; anything else is not parsed.
        const found = detector.mayMatch(text) ? detector.finish(detector.scanSentence(text, { start: 0, end: text.length }), options) : [];
        const out = found.map(({ sentence: _whole, ...f }): SentenceFinding => f);
        cache.set(text, out);
        if (cache.size > CACHE_SENTENCES) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        return out;
      });
      return { type: 'mastery:findings', epoch, findings };
    },

    async reframe(request) {
      const b = follow(await current());
      const rule = b.byId.get(request.ruleId);
      if (!rule) return { type: 'mastery:reframed', card: null };
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        frame: rule.frame,
        severity: rule.severity,
        start: request.start,
        end: request.end,
        sentence: { start: request.sentence.start, end: request.sentence.end },
        message: rule.message,
      };
      // The sentences around the flagged one come along: the rewrite may take in a harsh neighbour of the
      // same thought, and they may say what the situation is. The reframer reads only the thought's own.
      const result = reframe(request.text, finding, { seed: request.seed ?? 0 });
      return {
        type: 'mastery:reframed',
        card: {
          reckoning: result.reckoning,
          rumbles: result.rumbles.map((r) => ({ strategy: r.strategy, label: r.label, text: r.text })),
          rewrite: result.rewrite,
          replaces: result.replaces,
          noRewriteReason: result.noRewriteReason,
        },
      };
    },

    settingsChanged(next) {
      settings = Promise.resolve(next);
      follow(next);
    },
  };
}
