import { describe, expect, test } from 'vitest';
import { CATEGORIES, DEFAULT_CATEGORIES } from '../../src/core/types';
import {
  dayKey,
  defaultSettings,
  detectOptionsFrom,
  emptyJournal,
  isPhraseIgnored,
  isSitePaused,
  MAX_JOURNAL_DAYS,
  MAX_JOURNAL_ENTRIES,
  MAX_LIST,
  normalisePhrase,
  normaliseSite,
  parseJournal,
  parseSettings,
  recordInJournal,
  SETTINGS_VERSION,
} from '../../src/shared/settings';

describe('defaultSettings', () => {
  test('notice every category except perfection demanded of others (manager mode)', () => {
    const d = defaultSettings();
    for (const c of CATEGORIES) expect(d.categories[c]).toBe(DEFAULT_CATEGORIES.includes(c));
    expect(d.categories['perfection-demanded']).toBe(false);
  });

  test('are balanced, empty, journal on and reframe text off', () => {
    expect(defaultSettings()).toMatchObject({
      version: SETTINGS_VERSION,
      sensitivity: 'balanced',
      ignoredPhrases: [],
      ignoredRules: [],
      pausedSites: [],
      customPhrases: [],
      journalEnabled: true,
      keepReframeText: false,
    });
  });

  test('are a fresh object each time', () => {
    const a = defaultSettings();
    a.pausedSites.push('example.com');
    a.categories.shame = false;
    expect(defaultSettings().pausedSites).toEqual([]);
    expect(defaultSettings().categories.shame).toBe(true);
  });
});

describe('parseSettings', () => {
  test('nothing stored gives the defaults and no problems', () => {
    expect(parseSettings(undefined)).toEqual({ value: defaultSettings(), problems: [] });
    expect(parseSettings(null)).toEqual({ value: defaultSettings(), problems: [] });
  });

  test('valid settings round-trip unchanged', () => {
    const s = {
      ...defaultSettings(),
      sensitivity: 'strict' as const,
      pausedSites: ['mail.example.com'],
      customPhrases: ["I'm such a klutz"],
      ignoredPhrases: ['i suck'],
      ignoredRules: ['shame.i-suck'],
      journalEnabled: false,
      keepReframeText: true,
    };
    s.categories['perfection-demanded'] = true;
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual({ value: s, problems: [] });
  });

  test.each([['a string'], [42], [true], [['an', 'array']]])('a non-object (%j) gives the defaults with a problem', (raw) => {
    const parsed = parseSettings(raw);
    expect(parsed.value).toEqual(defaultSettings());
    expect(parsed.problems).toEqual(['settings were not an object; defaults restored']);
  });

  test('corrupt fields fall back one by one, keeping the good ones, and each is reported', () => {
    const parsed = parseSettings({
      version: 1,
      categories: { shame: 'yes', perfectionism: false, 'made-up': true },
      sensitivity: 'loud',
      ignoredPhrases: 'i suck',
      pausedSites: ['ok.example', 7, '', 'x'.repeat(300)],
      customPhrases: [' such   a klutz '],
      journalEnabled: 'true',
      keepReframeText: true,
    });
    expect(parsed.value.categories.shame).toBe(true);
    expect(parsed.value.categories.perfectionism).toBe(false);
    expect(parsed.value.categories).not.toHaveProperty('made-up');
    expect(parsed.value.sensitivity).toBe('balanced');
    expect(parsed.value.ignoredPhrases).toEqual([]);
    expect(parsed.value.pausedSites).toEqual(['ok.example']);
    expect(parsed.value.customPhrases).toEqual(['such a klutz']);
    expect(parsed.value.journalEnabled).toBe(true);
    expect(parsed.value.keepReframeText).toBe(true);
    expect(parsed.problems).toEqual([
      'categories.shame was not true or false',
      'sensitivity was not gentle, balanced or strict',
      'ignoredPhrases was not a list',
      'pausedSites held a non-text entry',
      'pausedSites held an empty or over-long entry',
      'pausedSites held an empty or over-long entry',
      'journalEnabled was not true or false',
    ]);
  });

  test('categories of the wrong shape are reported and defaulted', () => {
    const parsed = parseSettings({ version: 1, categories: ['shame'] });
    expect(parsed.value.categories).toEqual(defaultSettings().categories);
    expect(parsed.problems).toEqual(['categories was not an object']);
  });

  test('lists are normalised and de-duplicated', () => {
    const parsed = parseSettings({
      version: 1,
      ignoredPhrases: ['I’m  an IDIOT', "i'm an idiot"],
      pausedSites: ['https://Mail.Example.com:8080/inbox?x=1', 'mail.example.com'],
    });
    expect(parsed.value.ignoredPhrases).toEqual(["i'm an idiot"]);
    expect(parsed.value.pausedSites).toEqual(['mail.example.com']);
    expect(parsed.problems).toEqual([]);
  });

  test('over-long lists are cut to the limit and reported', () => {
    const sites = Array.from({ length: MAX_LIST + 5 }, (_, i) => `site${i}.example`);
    const parsed = parseSettings({ version: 1, pausedSites: sites });
    expect(parsed.value.pausedSites).toHaveLength(MAX_LIST);
    expect(parsed.problems).toEqual([`pausedSites was longer than ${MAX_LIST} entries`]);
  });

  test('migrates version 0: disabledSites become paused sites', () => {
    const parsed = parseSettings({ disabledSites: ['Mail.Example.com', 'docs.example.org/path'], sensitivity: 'gentle' });
    expect(parsed.value.version).toBe(SETTINGS_VERSION);
    expect(parsed.value.pausedSites).toEqual(['mail.example.com', 'docs.example.org']);
    expect(parsed.value.sensitivity).toBe('gentle');
    expect(parsed.value).not.toHaveProperty('disabledSites');
    expect(parsed.problems).toEqual([]);
  });

  test('a version 0 object without disabledSites keeps any pausedSites it had', () => {
    expect(parseSettings({ pausedSites: ['a.example'] }).value.pausedSites).toEqual(['a.example']);
  });

  test('settings from a newer version keep the fields this version knows, and say so', () => {
    const parsed = parseSettings({ version: 7, sensitivity: 'strict', pausedSites: ['a.example'], hologram: { on: true } });
    expect(parsed.value.version).toBe(SETTINGS_VERSION);
    expect(parsed.value.sensitivity).toBe('strict');
    expect(parsed.value.pausedSites).toEqual(['a.example']);
    expect(parsed.value).not.toHaveProperty('hologram');
    expect(parsed.problems).toEqual(['settings come from a newer version (7); unknown fields ignored']);
  });
});

describe('helpers', () => {
  test('normalisePhrase folds case, curly apostrophes and spaces', () => {
    expect(normalisePhrase('  I’m   SUCH a Klutz ')).toBe("i'm such a klutz");
  });

  test.each([
    ['https://www.Example.com/path?q=1#x', 'www.example.com'],
    ['example.com:8443', 'example.com'],
    ['  MAIL.example.com  ', 'mail.example.com'],
    ['file:///home/me/a.html', ''],
  ])('normaliseSite(%j) is %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });

  test('isSitePaused matches the host and its subdomains, not look-alikes', () => {
    const s = { ...defaultSettings(), pausedSites: ['example.com'] };
    expect(isSitePaused(s, 'example.com')).toBe(true);
    expect(isSitePaused(s, 'mail.example.com')).toBe(true);
    expect(isSitePaused(s, 'https://Mail.Example.com/inbox')).toBe(true);
    expect(isSitePaused(s, 'notexample.com')).toBe(false);
    expect(isSitePaused(s, 'example.com.evil.test')).toBe(false);
  });

  test('isPhraseIgnored compares normalised phrases', () => {
    const s = { ...defaultSettings(), ignoredPhrases: ["i'm an idiot"] };
    expect(isPhraseIgnored(s, 'I’m an  idiot')).toBe(true);
    expect(isPhraseIgnored(s, 'I am an idiot')).toBe(false);
  });

  test('detectOptionsFrom maps categories, sensitivity and ignored rules', () => {
    const s = defaultSettings();
    expect(detectOptionsFrom(s)).toEqual({ categories: [...DEFAULT_CATEGORIES], minSeverity: 'clear', ignoreRules: [] });
    s.sensitivity = 'gentle';
    s.categories.shame = false;
    s.categories['perfection-demanded'] = true;
    s.ignoredRules = ['self-blame.my-fault'];
    expect(detectOptionsFrom(s)).toEqual({
      categories: CATEGORIES.filter((c) => c !== 'shame'),
      minSeverity: 'strong',
      ignoreRules: ['self-blame.my-fault'],
    });
    expect(detectOptionsFrom({ ...s, sensitivity: 'strict' }).minSeverity).toBe('gentle');
  });
});

describe('the journal', () => {
  test('parseJournal of nothing is an empty journal', () => {
    expect(parseJournal(undefined)).toEqual({ value: emptyJournal(), problems: [] });
    expect(parseJournal('nope')).toEqual({ value: emptyJournal(), problems: ['journal was not an object; started afresh'] });
  });

  test('parseJournal keeps good days and entries, drops and reports bad ones', () => {
    const parsed = parseJournal({
      version: 1,
      days: {
        '2024-03-10': { nudgesSeen: 2, reframesPractised: 1.7, dismissals: -1 },
        yesterday: { nudgesSeen: 1 },
      },
      entries: [
        { at: '2024-03-10T10:00:00Z', before: 'I suck.', after: 'I am learning.', strategy: 'learning', learned: 'Ask sooner.' },
        { before: 'x' },
        { at: '2024-03-10T11:00:00Z', after: 'I am still learning.', learned: 42 },
      ],
    });
    expect(parsed.value.days).toEqual({ '2024-03-10': { nudgesSeen: 2, rewritesAccepted: 0, dismissals: 0, reframesPractised: 1 } });
    expect(parsed.value.entries).toEqual([
      { at: '2024-03-10T10:00:00Z', before: 'I suck.', after: 'I am learning.', strategy: 'learning', learned: 'Ask sooner.' },
      { at: '2024-03-10T11:00:00Z', after: 'I am still learning.' },
    ]);
    expect(parsed.problems).toEqual([
      'journal 2024-03-10.dismissals was not a count',
      'journal day yesterday was malformed',
      'a journal entry was malformed',
    ]);
  });

  test('parseJournal keeps only the newest days and entries', () => {
    const days: Record<string, unknown> = {};
    const start = new Date(2020, 0, 1, 12);
    for (let i = 0; i < MAX_JOURNAL_DAYS + 10; i++) days[dayKey(new Date(2020, 0, 1 + i, 12))] = { nudgesSeen: 1 };
    const entries = Array.from({ length: MAX_JOURNAL_ENTRIES + 3 }, (_, i) => ({ at: `t${i}` }));
    const parsed = parseJournal({ days, entries });
    expect(Object.keys(parsed.value.days)).toHaveLength(MAX_JOURNAL_DAYS);
    expect(parsed.value.days[dayKey(start)]).toBeUndefined();
    expect(parsed.value.entries).toHaveLength(MAX_JOURNAL_ENTRIES);
    expect(parsed.value.entries[0]).toEqual({ at: 't3' });
  });

  test('recordInJournal adds to the right local day without changing its input', () => {
    const before = emptyJournal();
    const now = new Date(2024, 2, 10, 23, 59);
    const after = recordInJournal(recordInJournal(before, 'reframesPractised', now), 'reframesPractised', now, 2);
    expect(after.days['2024-03-10']?.reframesPractised).toBe(3);
    expect(before.days).toEqual({});
  });
});
