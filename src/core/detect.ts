import { CATALOGUE } from './catalogue';
import { compileMatcher, type RawMatch, type SentenceMatcher } from './nlp';
import { candidateSentences, compilePrefilter, prefilterMatches } from './prefilter';
import {
  DEFAULT_CATEGORIES,
  SEVERITIES,
  severityRank,
  type DetectOptions,
  type Finding,
  type Rule,
  type Severity,
  type Span,
} from './types';

export interface Detector {
  /** Every finding in `text`, filtered by `options`, overlaps merged into the most specific. */
  detect(text: string, options?: DetectOptions): Finding[];
  /** Sentences of `text` that contain a trigger word: the only ones worth scanning. */
  candidates(text: string): Span[];
  /** Findings for one sentence of `text` (unfiltered); cached by the sentence's text. */
  scanSentence(text: string, sentence: Span): Finding[];
  /** Apply the user's options and merge overlaps: the last step of detect(), for callers that scan in slices. */
  finish(findings: readonly Finding[], options?: DetectOptions): Finding[];
  /** Does this text contain any trigger at all? The cheapest possible check. */
  mayMatch(text: string): boolean;
  /** Compile the match-nets and run the parser once, so the first real scan pays neither (call it at idle time). */
  warm(): void;
  readonly rules: readonly Rule[];
}

const CACHE_LIMIT = 4000;

/** Compiling the match-nets costs more than parsing a sentence: share them between detectors of one rule set. */
const matchers = new WeakMap<readonly Rule[], SentenceMatcher>();

function matcherFor(rules: readonly Rule[]): SentenceMatcher {
  let m = matchers.get(rules);
  if (!m) {
    m = compileMatcher(rules);
    matchers.set(rules, m);
  }
  return m;
}

export function createDetector(rules: readonly Rule[] = CATALOGUE): Detector {
  const byId = new Map(rules.map((r, i) => [r.id, { rule: r, order: i }]));
  const prefilter = compilePrefilter(rules);
  const cache = new Map<string, RawMatch[]>();

  function rawFor(sentence: string): RawMatch[] {
    const hit = cache.get(sentence);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is first.
      cache.delete(sentence);
      cache.set(sentence, hit);
      return hit;
    }
    const raw = matcherFor(rules)
      .match(sentence)
      .filter((m) => !insideOthersQuote(sentence, m.start))
      .filter((m) => byId.get(m.ruleId)?.rule.category !== 'self-blame' || !repairedAfter(sentence, m.end))
      .filter((m) => byId.get(m.ruleId)?.rule.category === 'perfection-demanded' || !acceptedAfter(sentence, m.end));
    cache.set(sentence, raw);
    if (cache.size > CACHE_LIMIT) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    return raw;
  }

  const mayMatch = (text: string): boolean => prefilterMatches(prefilter, text);
  const candidates = (text: string): Span[] => candidateSentences(prefilter, text);

  function scanSentence(text: string, sentence: Span): Finding[] {
    if (quotedLine(text, sentence.start)) return [];
    const body = text.slice(sentence.start, sentence.end);
    const out: Finding[] = [];
    for (const m of rawFor(body)) {
      const entry = byId.get(m.ruleId);
      if (!entry) continue;
      const start = sentence.start + m.start;
      const end = sentence.start + m.end;
      if (!(start >= sentence.start && end <= sentence.end && start < end)) continue;
      out.push({
        ruleId: entry.rule.id,
        category: entry.rule.category,
        frame: entry.rule.frame,
        severity: graded(entry.rule, body.slice(m.start, m.end)),
        start,
        end,
        sentence: { start: sentence.start, end: sentence.end },
        message: entry.rule.message,
      });
    }
    return out;
  }

  function finish(findings: readonly Finding[], options: DetectOptions = {}): Finding[] {
    const categories = new Set(options.categories ?? DEFAULT_CATEGORIES);
    const ignored = new Set(options.ignoreRules ?? []);
    const floor = severityRank(options.minSeverity ?? 'gentle');
    const kept = findings.filter(
      (f) =>
        !ignored.has(f.ruleId) &&
        (byId.get(f.ruleId)?.rule.custom === true || (categories.has(f.category) && severityRank(f.severity) >= floor)),
    );
    // On a tie the user's own phrase wins: it is the wording they asked for.
    return mergeOverlaps(kept, (f) => {
      const entry = byId.get(f.ruleId);
      return entry ? (entry.rule.custom ? -1 : entry.order) : Number.MAX_SAFE_INTEGER;
    });
  }

  return {
    rules,
    mayMatch,
    warm() {
      const matcher = matcherFor(rules);
      matcher.prepare();
      matcher.match('I warm up.');
    },
    candidates,
    scanSentence,
    finish,
    detect(text, options) {
      if (typeof text !== 'string' || text.length === 0) return [];
      const all: Finding[] = [];
      for (const s of candidates(text)) all.push(...scanSentence(text, s));
      return finish(all, options);
    },
  };
}

/**
 * A lexicon-driven rule's finding is as harsh as the word it matched, never harsher than the rule:
 * "silly question" is gentle where "stupid question" is clear.
 */
function graded(rule: Rule, phrase: string): Severity {
  const grades = rule.grades;
  if (!grades) return rule.severity;
  const words = phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let harshest = -1;
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 4 && i + n <= words.length; n++) {
      const g = grades[words.slice(i, i + n).join(' ')];
      if (g !== undefined) harshest = Math.max(harshest, severityRank(g));
    }
  }
  if (harshest < 0) return rule.severity;
  return SEVERITIES[Math.min(harshest, severityRank(rule.severity))] ?? rule.severity;
}

/**
 * Overlapping findings become one: the longest match (most specific pattern) wins, then the stronger
 * severity, then the rule listed first in the catalogue.
 */
function mergeOverlaps(findings: Finding[], order: (f: Finding) => number): Finding[] {
  const ranked = [...findings].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || severityRank(b.severity) - severityRank(a.severity) || order(a) - order(b),
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Owning a mistake and moving on is healthy accountability, not shame: "I messed up the link, fixed now",
 * "I flubbed the intro, but the Q&A went great". Only for self-blame: a self-insult stays one either way.
 */
const REPAIRED =
  /\b(?:fixed|corrected|sorted|resolved|rolled (?:it )?back|reverted|here['’]?s the (?:right|correct|updated|fixed|new)|(?:right|correct|corrected|updated|fixed) (?:one|version|file|link|copy) is (?:attached|below|here)|(?:went|turned out|came out|tasted|looked|worked out|ended up)\s+(?:\w+\s+)?(?:great|well|fine|ok|okay|good|smoothly)|(?:was|were|is) (?:solid|great|fine|good|ok|okay)|(?:i['’]?m|i am) (?:happy|proud|learning|okay|ok)|(?:fixing|correcting|reverting|rolling back) (?:it )?now|(?:i['’]?ll|i will|let me) (?!never\b|not\b)(?:\w+ )?(?:fix|sort|redo|resend|correct|update|handle|make (?:it|this|that) up|make up for|do better|try again|follow up|take care of)|learned|learnt|lesson|no harm done|all good|(?:that|it)['’]?s (?:okay|ok|fine))\b/i;

/** A verdict the writer shrugs off in the same breath is no verdict: "I'm a terrible cook, but I love it". */
const ACCEPTED =
  /^[^.!?]*?\b(?:but|and)\s+(?:i\s+(?:love|enjoy|like|don['’]?t\s+mind|do\s+not\s+mind)\s+(?:it|that|them|this)|(?:it|that)['’]?s\s+(?:fun|fine|ok|okay|all\s+right|alright))\b/i;

function acceptedAfter(sentence: string, end: number): boolean {
  return ACCEPTED.test(sentence.slice(end));
}

function repairedAfter(sentence: string, end: number): boolean {
  return REPAIRED.test(sentence.slice(end));
}

/** A line that opens with ">" quotes someone else, as replies do in email, forums and Markdown. */
function quotedLine(text: string, at: number): boolean {
  let i = text.lastIndexOf('\n', at - 1) + 1;
  while (i < at && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '>';
}

/** Someone else's words in quotes: "Mark said, 'I suck at golf.'" The writer's own inner voice in quotes stays. */
function insideOthersQuote(sentence: string, at: number): boolean {
  for (const [open, close] of quotedRanges(sentence)) {
    if (at > open && at < close) {
      const before = sentence.slice(0, open);
      return !/\b(myself|I\s+(?:keep|kept)\s+thinking|I\s+(?:think|thought)|voice in my head)\b/i.test(before);
    }
  }
  return false;
}

const OPEN_BOUNDARY = /[\s([{—–:,;]/;
const CLOSE_BOUNDARY = /[\s)\]}.,;:!?—–]/;

/** Ranges [open, close] of quoted passages; a straight or curly apostrophe inside a word is not a quote. */
export function quotedRanges(s: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let dq = -1;
  let sq = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || (c === '"' && dq < 0)) {
      if (dq < 0) dq = i;
    } else if (c === '”' || c === '"') {
      if (dq >= 0) ranges.push([dq, i]);
      dq = -1;
    } else if (c === '‘' || c === "'" || c === '’') {
      const prev = i === 0 ? ' ' : (s[i - 1] ?? ' ');
      const next = s[i + 1] ?? ' ';
      if (sq < 0 && (c === '‘' || (c === "'" && OPEN_BOUNDARY.test(prev))) && /\S/.test(next)) {
        sq = i;
      } else if (sq >= 0 && CLOSE_BOUNDARY.test(next) && !/\s/.test(prev)) {
        ranges.push([sq, i]);
        sq = -1;
      }
    }
  }
  // An unclosed quote runs to the end of the sentence.
  if (dq >= 0) ranges.push([dq, s.length]);
  if (sq >= 0) ranges.push([sq, s.length]);
  return ranges;
}

let shared: Detector | null = null;

/** Find self-critical phrases in `text` with the built-in catalogue. */
export function detect(text: string, options?: DetectOptions): Finding[] {
  shared ??= createDetector();
  return shared.detect(text, options);
}
