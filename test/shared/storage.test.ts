import { afterEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, emptyJournal, recordInJournal, type Journal, type Settings } from '../../src/shared/settings';
import { createStore, JOURNAL_KEY, SETTINGS_KEY } from '../../src/shared/storage';
import { fakeStorage } from '../fakes/storage';

afterEach(() => {
  vi.restoreAllMocks();
});

const NOW = new Date(2024, 2, 10, 12);

describe('createStore', () => {
  test('reads defaults when nothing is stored, without writing', async () => {
    const areas = fakeStorage();
    const store = createStore(areas);
    await expect(store.getSettings()).resolves.toEqual(defaultSettings());
    await expect(store.getJournal()).resolves.toEqual(emptyJournal());
    expect(areas.sync.data.size).toBe(0);
    expect(areas.local.data.size).toBe(0);
  });

  test('keeps settings in sync storage and the journal in local storage', async () => {
    const areas = fakeStorage();
    const store = createStore(areas);
    await store.updateSettings((s) => ({ ...s, pausedSites: ['example.com'] }));
    await store.updateJournal((j) => recordInJournal(j, 'reframesPractised', NOW));
    expect((areas.sync.data.get(SETTINGS_KEY) as Settings).pausedSites).toEqual(['example.com']);
    expect((areas.local.data.get(JOURNAL_KEY) as Journal).days['2024-03-10']?.reframesPractised).toBe(1);
    expect(areas.sync.data.has(JOURNAL_KEY)).toBe(false);
    expect(areas.local.data.has(SETTINGS_KEY)).toBe(false);
  });

  test('validates what it writes: an update cannot store a corrupt value', async () => {
    const areas = fakeStorage();
    const store = createStore(areas);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saved = await store.updateSettings((s) => ({
      ...s,
      sensitivity: 'shouty' as Settings['sensitivity'],
      pausedSites: ['HTTPS://A.Example/x'],
    }));
    expect(saved.sensitivity).toBe('balanced');
    expect(saved.pausedSites).toEqual(['a.example']);
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(saved);
    warn.mockRestore();
  });

  test('repairs corrupt stored values on read and reports each problem once per session', async () => {
    const areas = fakeStorage();
    areas.sync.data.set(SETTINGS_KEY, { version: 1, sensitivity: 'wobbly-unique-1', journalEnabled: false });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createStore(areas);
    const s = await store.getSettings();
    expect(s.sensitivity).toBe('balanced');
    expect(s.journalEnabled).toBe(false);
    await store.getSettings();
    const reports = warn.mock.calls.filter((c) => String(c[0]).includes('sensitivity'));
    expect(reports).toHaveLength(1);
    expect(String(reports[0]?.[0])).toBe('Mastery settings: sensitivity was not gentle, balanced or strict');
  });

  test('serialises updates, so quick successive changes all land', async () => {
    const store = createStore(fakeStorage());
    await Promise.all(
      ['a.example', 'b.example', 'c.example', 'd.example'].map((site) =>
        store.updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, site] })),
      ),
    );
    expect((await store.getSettings()).pausedSites).toEqual(['a.example', 'b.example', 'c.example', 'd.example']);
    await Promise.all(Array.from({ length: 5 }, () => store.updateJournal((j) => recordInJournal(j, 'nudgesSeen', NOW))));
    expect((await store.getJournal()).days['2024-03-10']?.nudgesSeen).toBe(5);
  });

  test('a failing update does not block the ones after it', async () => {
    const store = createStore(fakeStorage());
    const failed = store.updateSettings(() => {
      throw new Error('boom');
    });
    const next = store.updateSettings((s) => ({ ...s, sensitivity: 'strict' }));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toMatchObject({ sensitivity: 'strict' });
  });

  test('watchers get validated values from their own area and key only, until unsubscribed', async () => {
    const areas = fakeStorage();
    const store = createStore(areas);
    const settingsSeen: Settings[] = [];
    const journalsSeen: Journal[] = [];
    const stopSettings = store.watchSettings((s) => settingsSeen.push(s));
    const stopJournal = store.watchJournal((j) => journalsSeen.push(j));
    expect(areas.listenerCount()).toBe(2);

    await store.updateSettings((s) => ({ ...s, sensitivity: 'gentle' }));
    await areas.local.set({ unrelated: 1 });
    await areas.sync.set({ [JOURNAL_KEY]: 'not here' });
    await store.updateJournal((j) => recordInJournal(j, 'dismissals', NOW));
    expect(settingsSeen.map((s) => s.sensitivity)).toEqual(['gentle']);
    expect(journalsSeen).toHaveLength(1);
    expect(journalsSeen[0]?.days['2024-03-10']?.dismissals).toBe(1);

    // Another part of the extension writes something broken: watchers still see a valid value.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await areas.sync.set({ [SETTINGS_KEY]: 'garbage' });
    expect(settingsSeen[1]).toEqual(defaultSettings());
    warn.mockRestore();

    stopSettings();
    stopJournal();
    expect(areas.listenerCount()).toBe(0);
    await store.updateSettings((s) => ({ ...s, sensitivity: 'strict' }));
    expect(settingsSeen).toHaveLength(2);
  });

  test('exportAll returns settings, journal and a timestamp, as plain JSON', async () => {
    const store = createStore(fakeStorage());
    await store.updateSettings((s) => ({ ...s, customPhrases: ['such a klutz'] }));
    await store.updateJournal((j) => recordInJournal(j, 'rewritesAccepted', NOW));
    const data = await store.exportAll();
    expect(data.settings.customPhrases).toEqual(['such a klutz']);
    expect(data.journal.days['2024-03-10']?.rewritesAccepted).toBe(1);
    expect(new Date(data.exportedAt).toString()).not.toBe('Invalid Date');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  test('eraseAll removes settings and journal, tells watchers, and leaves other keys alone', async () => {
    const areas = fakeStorage();
    const store = createStore(areas);
    await store.updateSettings((s) => ({ ...s, journalEnabled: false }));
    await store.updateJournal((j) => recordInJournal(j, 'rewritesAccepted', NOW));
    await areas.local.set({ other: 'kept' });
    const seen: Settings[] = [];
    store.watchSettings((s) => seen.push(s));
    await store.eraseAll();
    expect(areas.sync.data.has(SETTINGS_KEY)).toBe(false);
    expect(areas.local.data.has(JOURNAL_KEY)).toBe(false);
    expect(areas.local.data.get('other')).toBe('kept');
    expect(seen).toEqual([defaultSettings()]);
    await expect(store.getJournal()).resolves.toEqual(emptyJournal());
  });
});
