/**
 * The user's settings and growth journal: shapes, defaults, validation and migrations.
 * Pure (no extension APIs), so it runs in tests, the service worker, pages and content scripts alike.
 * Anything read from storage passes through `parseSettings` / `parseJournal`: corrupt or foreign
 * values fall back to defaults field by field, and the problems are reported, never thrown.
 */
import { CATEGORIES, DEFAULT_CATEGORIES, type Category, type DetectOptions, type Severity } from '../core/types';

export const SETTINGS_VERSION = 1;
export const JOURNAL_VERSION = 1;

export const SENSITIVITIES = ['gentle', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Which categories nudge; perfection-demanded ("manager mode") is off by default. */
  categories: Record<Category, boolean>;
  /** gentle: only the strongest verdicts; balanced: clear and strong; strict: everything. */
  sensitivity: Sensitivity;
  /** Phrases the user asked not to flag again, compared case-insensitively with collapsed spaces. */
  ignoredPhrases: string[];
  /** Rule ids switched off. */
  ignoredRules: string[];
  /** Host names where Mastery is paused. */
  pausedSites: string[];
  /** The user's own phrases ("I'm such a klutz"), flagged everywhere the detector runs. */
  customPhrases: string[];
  /** Count nudges, rewrites and reframes in the journal. */
  journalEnabled: boolean;
  /** Also keep the text of reframes practised in the popup (off: counts only). */
  keepReframeText: boolean;
}

export const MAX_LIST = 500;
export const MAX_PHRASE = 200;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, DEFAULT_CATEGORIES.includes(c)])) as Record<Category, boolean>,
    sensitivity: 'balanced',
    ignoredPhrases: [],
    ignoredRules: [],
    pausedSites: [],
    customPhrases: [],
    journalEnabled: true,
    keepReframeText: false,
  };
}

export interface Parsed<T> {
  value: T;
  /** What was wrong with the stored value, for a one-time report; empty when it was clean. */
  problems: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collapse spaces and case so "I'm  Such a klutz" and "i'm such a klutz" are one phrase. */
export function normalisePhrase(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A host name as the user would type it: "https://www.Example.com/path" → "www.example.com". */
export function normaliseSite(s: string): string {
  let t = s.trim().toLowerCase();
  const scheme = t.indexOf('://');
  if (scheme >= 0) t = t.slice(scheme + 3);
  t = t.split(/[/?#]/)[0] ?? '';
  t = t.replace(/:\d+$/, '');
  return t;
}

function stringList(v: unknown, field: string, problems: string[], normalise: (s: string) => string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`${field} was not a list`);
    return [];
  }
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string') {
      problems.push(`${field} held a non-text entry`);
      continue;
    }
    const n = normalise(item);
    if (n === '' || n.length > MAX_PHRASE) {
      problems.push(`${field} held an empty or over-long entry`);
      continue;
    }
    if (!out.includes(n)) out.push(n);
  }
  if (out.length > MAX_LIST) {
    problems.push(`${field} was longer than ${MAX_LIST} entries`);
    return out.slice(0, MAX_LIST);
  }
  return out;
}

function bool(v: unknown, field: string, fallback: boolean, problems: string[]): boolean {
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  problems.push(`${field} was not true or false`);
  return fallback;
}

/** Older stored shapes, upgraded step by step to the current version. */
const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 kept a single "enabled" flag per site as `disabledSites`, and no version field.
  0: (old) => {
    const { disabledSites, ...rest } = old;
    return { ...rest, pausedSites: disabledSites ?? rest.pausedSites, version: 1 };
  },
};

export function parseSettings(raw: unknown): Parsed<Settings> {
  const problems: string[] = [];
  const d = defaultSettings();
  if (raw === undefined || raw === null) return { value: d, problems };
  if (!isRecord(raw)) return { value: d, problems: ['settings were not an object; defaults restored'] };

  let obj: Record<string, unknown> = raw;
  let version = typeof obj.version === 'number' ? obj.version : 0;
  if (version > SETTINGS_VERSION) {
    problems.push(`settings come from a newer version (${version}); unknown fields ignored`);
    version = SETTINGS_VERSION;
  }
  while (version < SETTINGS_VERSION) {
    const step = SETTINGS_MIGRATIONS[version];
    if (!step) break;
    obj = step(obj);
    version++;
  }

  const categories = { ...d.categories };
  if (obj.categories !== undefined) {
    if (isRecord(obj.categories)) {
      for (const c of CATEGORIES) {
        const v = obj.categories[c];
        if (v === undefined) continue;
        if (typeof v === 'boolean') categories[c] = v;
        else problems.push(`categories.${c} was not true or false`);
      }
    } else {
      problems.push('categories was not an object');
    }
  }

  let sensitivity = d.sensitivity;
  if (obj.sensitivity !== undefined) {
    if ((SENSITIVITIES as readonly unknown[]).includes(obj.sensitivity)) sensitivity = obj.sensitivity as Sensitivity;
    else problems.push('sensitivity was not gentle, balanced or strict');
  }

  return {
    value: {
      version: SETTINGS_VERSION,
      categories,
      sensitivity,
      ignoredPhrases: stringList(obj.ignoredPhrases, 'ignoredPhrases', problems, normalisePhrase),
      ignoredRules: stringList(obj.ignoredRules, 'ignoredRules', problems, (s) => s.trim()),
      pausedSites: stringList(obj.pausedSites, 'pausedSites', problems, normaliseSite),
      customPhrases: stringList(obj.customPhrases, 'customPhrases', problems, (s) => s.replace(/\s+/g, ' ').trim()),
      journalEnabled: bool(obj.journalEnabled, 'journalEnabled', d.journalEnabled, problems),
      keepReframeText: bool(obj.keepReframeText, 'keepReframeText', d.keepReframeText, problems),
    },
    problems,
  };
}

const SENSITIVITY_FLOOR: Record<Sensitivity, Severity> = { gentle: 'strong', balanced: 'clear', strict: 'gentle' };

/** The detector options these settings ask for. */
export function detectOptionsFrom(settings: Settings): DetectOptions {
  return {
    categories: CATEGORIES.filter((c) => settings.categories[c]),
    minSeverity: SENSITIVITY_FLOOR[settings.sensitivity],
    ignoreRules: settings.ignoredRules,
  };
}

/** Is Mastery paused on this host (or a parent domain the user paused)? */
export function isSitePaused(settings: Settings, host: string): boolean {
  const h = normaliseSite(host);
  return settings.pausedSites.some((p) => h === p || h.endsWith(`.${p}`));
}

export function isPhraseIgnored(settings: Settings, phrase: string): boolean {
  return settings.ignoredPhrases.includes(normalisePhrase(phrase));
}

// ─────────────────────────── the growth journal ───────────────────────────

export const JOURNAL_COUNTERS = ['nudgesSeen', 'rewritesAccepted', 'dismissals', 'reframesPractised'] as const;
export type JournalCounter = (typeof JOURNAL_COUNTERS)[number];

export type JournalDay = Record<JournalCounter, number>;

export interface JournalEntry {
  /** ISO time. */
  at: string;
  /** The reframe the user chose to practise; only kept when keepReframeText is on. */
  before?: string;
  after?: string;
  strategy?: string;
  /** What the writer learned from this reframe, in their own words (one line). */
  learned?: string;
}

export interface Journal {
  version: typeof JOURNAL_VERSION;
  /** Keyed by local date, YYYY-MM-DD. */
  days: Record<string, JournalDay>;
  entries: JournalEntry[];
}

export const MAX_JOURNAL_DAYS = 400;
export const MAX_JOURNAL_ENTRIES = 200;

export function emptyJournal(): Journal {
  return { version: JOURNAL_VERSION, days: {}, entries: [] };
}

export function emptyDay(): JournalDay {
  return { nudgesSeen: 0, rewritesAccepted: 0, dismissals: 0, reframesPractised: 0 };
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function parseJournal(raw: unknown): Parsed<Journal> {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { value: emptyJournal(), problems };
  if (!isRecord(raw)) return { value: emptyJournal(), problems: ['journal was not an object; started afresh'] };
  const days: Record<string, JournalDay> = {};
  if (isRecord(raw.days)) {
    for (const [key, v] of Object.entries(raw.days)) {
      if (!DAY_KEY.test(key) || !isRecord(v)) {
        problems.push(`journal day ${key.slice(0, 20)} was malformed`);
        continue;
      }
      const day = emptyDay();
      for (const c of JOURNAL_COUNTERS) {
        const n = v[c];
        if (typeof n === 'number' && Number.isFinite(n) && n >= 0) day[c] = Math.floor(n);
        else if (n !== undefined) problems.push(`journal ${key}.${c} was not a count`);
      }
      days[key] = day;
    }
  } else if (raw.days !== undefined) {
    problems.push('journal days were not an object');
  }
  const entries: JournalEntry[] = [];
  if (Array.isArray(raw.entries)) {
    for (const e of raw.entries) {
      if (!isRecord(e) || typeof e.at !== 'string') {
        problems.push('a journal entry was malformed');
        continue;
      }
      const entry: JournalEntry = { at: e.at };
      if (typeof e.before === 'string') entry.before = e.before.slice(0, 2000);
      if (typeof e.after === 'string') entry.after = e.after.slice(0, 2000);
      if (typeof e.strategy === 'string') entry.strategy = e.strategy.slice(0, 40);
      if (typeof e.learned === 'string' && e.learned.trim() !== '') entry.learned = e.learned.slice(0, 200);
      entries.push(entry);
    }
  }
  const keys = Object.keys(days).sort();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_JOURNAL_DAYS))) delete days[old];
  return { value: { version: JOURNAL_VERSION, days, entries: entries.slice(-MAX_JOURNAL_ENTRIES) }, problems };
}

/** Local calendar date of `d` as YYYY-MM-DD. */
export function dayKey(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** A new journal with `counter` raised by `by` on the day of `now`. Pure: the input is not changed. */
export function recordInJournal(journal: Journal, counter: JournalCounter, now: Date, by = 1): Journal {
  const key = dayKey(now);
  const day = { ...(journal.days[key] ?? emptyDay()) };
  day[counter] += by;
  return { ...journal, days: { ...journal.days, [key]: day } };
}
