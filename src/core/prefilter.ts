import { splitSentences } from './sentences';
import { escapeRegExp } from './trie';
import type { Rule, Span } from './types';

/** A trigger that is plain words ("blame myself", "flawless"). */
const LITERAL = /^[\p{L}\p{N}' ]+$/u;

/**
 * The prefilter: a RegExp compiled from every rule's trigger words, or several when one would be too
 * large (see MAX_PART_CHARS). It decides which sentences are worth parsing: a sentence it does not
 * match can produce no finding, so it never reaches compromise.
 */
export interface Prefilter {
  /** Global, case-blind RegExps; a sentence is a candidate when any of them matches in it. */
  readonly parts: readonly RegExp[];
}

/**
 * The longest source one part may have. V8 stops optimising a RegExp whose source is longer than
 * 20 KB (kRegExpTooLargeToOptimize): measured on this prefilter, a 20,449-character source scanned
 * prose in 4 ms, a 20,482-character one in 75 ms. Custom phrases, or a catalogue that grows, add a
 * part rather than pushing the one RegExp over that edge.
 */
export const MAX_PART_CHARS = 20_400;

export const PREFILTER_FLAGS = 'gi';

/**
 * Each trigger is an alternative anchored at a word start whose only repetitions are bounded
 * ("let (up to three words) down"), so matching stays linear in the text: no nested or unbounded
 * quantifier can backtrack catastrophically (test/core/fuzz.test.ts runs a megabyte line through it).
 *
 * With two hundred triggers, trying each in turn at every word costs more than the scan itself, so the
 * alternatives are grouped by their first letter: at a word start the engine reads one letter and tries
 * only the triggers that begin with it ("s(?:orry…|crew|…)|a(?:pologies…|shamed|…)").
 *
 * `maxPartChars` is for tests that need a split prefilter from a small rule set.
 */
export function compilePrefilter(rules: readonly Rule[], maxPartChars = MAX_PART_CHARS): Prefilter {
  let sources = maxPartChars === MAX_PART_CHARS ? built.get(rules) : undefined;
  if (sources === undefined) {
    sources = prefilterSources(rules, maxPartChars);
    if (maxPartChars === MAX_PART_CHARS) built.set(rules, sources);
  }
  return prefilterFrom(sources);
}

/** A prefilter from its parts' sources (as they travel between the extension's contexts). Throws on a bad source. */
export function prefilterFrom(sources: readonly string[]): Prefilter {
  return { parts: sources.map((source) => new RegExp(source, PREFILTER_FLAGS)) };
}

/** The parts' sources, for prefilterFrom on the other side of a message. */
export function sourcesOf(prefilter: Prefilter): string[] {
  return prefilter.parts.map((p) => p.source);
}

/** Detectors of one rule set share the sources; each gets its own RegExps (and their own lastIndex). */
const built = new WeakMap<readonly Rule[], string[]>();

function prefilterSources(rules: readonly Rule[], maxPartChars: number): string[] {
  const sources = new Set<string>();
  for (const rule of rules) {
    for (const t of rule.triggers) sources.add(toLatin1(LITERAL.test(t) ? escapeRegExp(t.toLowerCase()).replace(/ /g, '\\s+') : t));
  }
  const byLetter = new Map<string, Set<string>>();
  const others: string[] = [];
  for (const source of sources) {
    const leads = leadsOf(source);
    if (!leads) {
      others.push(source);
      continue;
    }
    for (const [letter, rest] of leads) {
      const set = byLetter.get(letter) ?? new Set<string>();
      set.add(rest);
      byLetter.set(letter, set);
    }
  }
  // A letter's group that would not fit in one part is split into several groups of that letter.
  const grouped = [...byLetter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([letter, rests]) =>
      pack(
        [...rests].sort((a, b) => b.length - a.length),
        maxPartChars - PART_WRAPPER_CHARS,
        (body, count) => (count === 1 ? `${letter}${body}` : `${letter}(?:${body})`),
      ),
    );
  return pack([...grouped, ...others.sort((a, b) => b.length - a.length)], maxPartChars, (body) => `\\b(?:${body})`);
}

/** What a part adds around its alternatives: `\b(?:` and `)`. */
const PART_WRAPPER_CHARS = 6;

/**
 * `alternatives`, in order, packed into as few `wrap`ped strings of at most `maxChars` as they fit in.
 * Only an alternative longer than that on its own gets a string longer than that (the longest trigger is
 * a few thousand characters).
 */
function pack(alternatives: readonly string[], maxChars: number, wrap: (body: string, count: number) => string): string[] {
  const out: string[] = [];
  let body = '';
  let count = 0;
  for (const alternative of alternatives) {
    if (count > 0 && wrap(`${body}|${alternative}`, count + 1).length > maxChars) {
      out.push(wrap(body, count));
      body = '';
      count = 0;
    }
    body = count === 0 ? alternative : `${body}|${alternative}`;
    count++;
  }
  if (count > 0) out.push(wrap(body, count));
  return out;
}

const QUANTIFIER = /^[?*+{]/;
const MAX_COPIED = 160;

/**
 * The first letter of every string a trigger can start with, and what must follow it, or null when the
 * trigger does not start with a plain letter: "sorry\s+for" → [["s", "orry\s+for"]];
 * "(?:sorry|apologies)\s+for" → [["s", "orry\s+for"], ["a", "pologies\s+for"]].
 */
function leadsOf(source: string): Array<[string, string]> | null {
  const first = source.charAt(0).toLowerCase();
  if (/[a-z0-9]/.test(first)) {
    return QUANTIFIER.test(source.slice(1)) ? null : [[first, source.slice(1)]];
  }
  if (!source.startsWith('(?:')) return null;
  const close = closingParen(source, 0);
  if (close < 0) return null;
  const after = source.slice(close + 1);
  // Each alternative takes a copy of what follows the group: only worth it when that is short.
  if (QUANTIFIER.test(after) || after.length > MAX_COPIED) return null;
  const out: Array<[string, string]> = [];
  for (const alternative of topLevelAlternatives(source.slice(3, close))) {
    const leads = leadsOf(`${alternative}${after}`);
    if (!leads) return null;
    out.push(...leads);
  }
  return out;
}

/**
 * Visit the characters of `source` from `from` that stand outside escapes and character classes, with the
 * group depth before each; stop when `visit` returns true.
 */
function walk(source: string, from: number, visit: (i: number, c: string, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    if (visit(i, c, depth)) return;
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
}

/** Index of the parenthesis closing the group that opens at `open`. */
function closingParen(source: string, open: number): number {
  let close = -1;
  walk(source, open, (i, c, depth) => {
    if (c === ')' && depth === 1) close = i;
    return close >= 0;
  });
  return close;
}

/** Split a group's body at its own `|`, not at those of nested groups or character classes. */
function topLevelAlternatives(body: string): string[] {
  const parts: string[] = [];
  let from = 0;
  walk(body, 0, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  parts.push(body.slice(from));
  return parts;
}

/**
 * The text the prefilter reads: a Latin-1 copy of `text`, the same length. V8 compiles a RegExp again
 * for each kind of string it meets, and this one's second, UTF-16 form added 1.45 MB to a page's heap
 * (measured in Chromium) as soon as a curly apostrophe, a dash or an emoji was typed. Each code unit
 * past Latin-1 becomes one that every construct in the sources treats alike: ’ and ‘ the straight
 * apostrophe (the sources name ’ only beside it), white space a space (a line or paragraph separator a
 * line feed), anything else ¤, which like them is neither a word character nor white space. The sources
 * are folded the same way, so a custom phrase in another script still meets itself.
 */
export function toLatin1(text: string): string {
  return PAST_LATIN1.test(text) ? text.replace(PAST_LATIN1_ALL, foldChar) : text;
}

const PAST_LATIN1 = /[\u0100-\uffff]/;
const PAST_LATIN1_ALL = /[\u0100-\uffff]/g;
const WIDE_SPACE = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;

function foldChar(c: string): string {
  if (c === '\u2019' || c === '\u2018') return "'";
  if (c === '\u2028' || c === '\u2029') return '\n';
  return WIDE_SPACE.test(c) ? ' ' : '\u00a4';
}

/** Does `text` contain any trigger at all? The cheapest possible check. */
export function prefilterMatches(prefilter: Prefilter, text: string): boolean {
  return matchesLatin1(prefilter, toLatin1(text));
}

function matchesLatin1(prefilter: Prefilter, subject: string): boolean {
  return prefilter.parts.some((part) => {
    part.lastIndex = 0;
    return part.test(subject);
  });
}

/**
 * The sentences of `text` that contain a trigger word: the only ones worth parsing. One pass of each
 * part over the whole text; each hit selects the sentence it falls in.
 */
export function candidateSentences(prefilter: Prefilter, text: string): Span[] {
  const { parts } = prefilter;
  // Matched in the Latin-1 copy; sentences are found in the text as written (same offsets).
  const subject = toLatin1(text);
  let spans: Span[] | null = null;
  const sentences = () => {
    spans ??= splitSentences(text);
    return spans;
  };
  if (parts.length === 1) return candidatesOf(parts[0] as RegExp, prefilter, subject, sentences);
  // Several parts: every sentence any of them selects, once, in order.
  const chosen = new Map<number, Span>();
  for (const part of parts) for (const s of candidatesOf(part, prefilter, subject, sentences)) chosen.set(s.start, s);
  return [...chosen.values()].sort((a, b) => a.start - b.start);
}

function candidatesOf(part: RegExp, prefilter: Prefilter, subject: string, sentences: () => Span[]): Span[] {
  part.lastIndex = 0;
  let m = part.exec(subject);
  if (m === null) return [];
  const spans = sentences();
  const out: Span[] = [];
  let i = 0;
  while (m !== null) {
    const at = m.index;
    while (i < spans.length && (spans[i] as Span).end <= at) i++;
    const s = spans[i];
    if (!s) break;
    if (s.start <= at) {
      // A trigger that runs past the sentence end (its gap crossed a line break) must also fit inside.
      if (at + m[0].length <= s.end || matchesLatin1(prefilter, subject.slice(s.start, s.end))) out.push(s);
      part.lastIndex = Math.max(part.lastIndex, s.end);
    } else {
      part.lastIndex = Math.max(part.lastIndex, s.start);
    }
    m = part.exec(subject);
  }
  return out;
}
