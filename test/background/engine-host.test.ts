import { describe, expect, test } from 'vitest';
import { createEngineHost, epochOf } from '../../src/background/engine-host';
import { createDetector, type Detector } from '../../src/core/detect';
import { prefilterFrom, prefilterMatches } from '../../src/core/prefilter';
import type { Rule } from '../../src/core/types';
import { defaultSettings } from '../../src/shared/settings';
import { createStore } from '../../src/shared/storage';
import { fakeStorage } from '../fakes/storage';

function counted() {
  const builds: number[] = [];
  const scans: string[] = [];
  const create = (rules: readonly Rule[]): Detector => {
    builds.push(rules.length);
    const d = createDetector(rules);
    return {
      ...d,
      scanSentence: (text, span) => {
        scans.push(text.slice(span.start, span.end));
        return d.scanSentence(text, span);
      },
    };
  };
  return { builds, scans, create };
}

describe('the engine host', () => {
  test('builds the detector once, on the first request that needs it, not on wake-up', async () => {
    const store = createStore(fakeStorage());
    const c = counted();
    const host = createEngineHost({ store, createDetector: c.create });
    const state = await host.state();
    expect(state.prefilter.flags).toBe('gi');
    expect(prefilterMatches(prefilterFrom(state.prefilter.sources), 'I am such an idiot')).toBe(true);
    expect(c.builds).toEqual([]);
    await host.detect(['I am such an idiot.']);
    await host.detect(['I suck at this.']);
    expect(c.builds).toHaveLength(1);
  });

  test('answers per sentence, offsets inside each, and serves a repeated sentence from its cache', async () => {
    const store = createStore(fakeStorage());
    const c = counted();
    const host = createEngineHost({ store, createDetector: c.create });
    const reply = await host.detect(['Lunch is at noon.', 'I am such an idiot.']);
    expect(reply.findings[0]).toEqual([]);
    expect(reply.findings[1]).toEqual([expect.objectContaining({ ruleId: 'shame.label-noun', start: 0, end: 18 })]);
    expect(reply.findings[1]?.[0]).not.toHaveProperty('sentence');
    await host.detect(['I am such an idiot.']);
    expect(c.scans.filter((s) => s === 'I am such an idiot.')).toHaveLength(1);
  });

  test('follows the settings: the epoch and the results change with what is found, not with what is shown', async () => {
    const storage = fakeStorage();
    const store = createStore(storage);
    const host = createEngineHost({ store });
    store.watchSettings((s) => host.settingsChanged(s));
    const first = await host.state();
    // Ignored phrases and paused sites are the page's business: the engine's results do not change.
    await store.updateSettings((s) => ({ ...s, ignoredPhrases: ['i suck'], pausedSites: ['a.example'] }));
    expect((await host.state()).epoch).toBe(first.epoch);
    // The user's own phrase: a new epoch, a prefilter that lets it through, and findings for it.
    await store.updateSettings((s) => ({ ...s, customPhrases: ['butterfingers'] }));
    const second = await host.state();
    expect(second.epoch).not.toBe(first.epoch);
    expect(prefilterMatches(prefilterFrom(second.prefilter.sources), 'pure butterfingers')).toBe(true);
    const found = await host.detect(['Pure butterfingers, as usual.']);
    expect(found.epoch).toBe(second.epoch);
    expect(found.findings[0]?.[0]?.ruleId).toMatch(/^custom\./);
    // Sensitivity: strict shows gentle findings too.
    await store.updateSettings((s) => ({ ...s, sensitivity: 'gentle' }));
    expect((await host.state()).epoch).not.toBe(second.epoch);
  });

  test('a restarted engine names the same epoch for the same settings', async () => {
    const store = createStore(fakeStorage());
    const a = await createEngineHost({ store }).state();
    const b = await createEngineHost({ store }).state();
    expect(b.epoch).toBe(a.epoch);
    expect(epochOf(defaultSettings())).toBe(a.epoch);
  });

  test('"fresh" re-reads the settings, for a page that saw them change before the engine did', async () => {
    const storage = fakeStorage();
    const store = createStore(storage);
    const host = createEngineHost({ store });
    const before = await host.state();
    // Written without the engine hearing of it (its storage event not delivered yet).
    storage.sync.data.set('settings', { ...defaultSettings(), customPhrases: ['klutz'] });
    expect((await host.state()).epoch).toBe(before.epoch);
    expect((await host.state(true)).epoch).not.toBe(before.epoch);
  });

  test('reframes a finding from its rule id, and says so when the rule is gone', async () => {
    const host = createEngineHost({ store: createStore(fakeStorage()) });
    const request = {
      text: 'Hi all. I screwed up the report, I am such an idiot. Lunch is at noon.',
      sentence: { start: 8, end: 52 },
      ruleId: 'shame.label-noun',
      start: 33,
      end: 51,
    };
    const reply = await host.reframe(request);
    expect(reply.card?.reckoning).toBeTruthy();
    expect(reply.card?.rumbles.length).toBeGreaterThanOrEqual(3);
    // What the rewrite replaces is told in the request's own offsets: the flagged sentence, not its neighbours.
    expect(reply.card?.replaces).toEqual({ start: 8, end: 52 });
    expect(reply.card?.rewrite).not.toBeNull();
    expect(reply.card?.noRewriteReason).toBeNull();
    // "More stories": the same thought, other stories.
    const more = await host.reframe({ ...request, seed: 1 });
    expect(more.card?.rumbles.map((r) => r.text)).not.toEqual(reply.card?.rumbles.map((r) => r.text));
    const gone = await host.reframe({ text: 'I am a klutz.', sentence: { start: 0, end: 13 }, ruleId: 'custom.klutz', start: 0, end: 12 });
    expect(gone.card).toBeNull();
  });
});
