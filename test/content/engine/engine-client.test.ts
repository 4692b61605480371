import { afterEach, describe, expect, test, vi } from 'vitest';
import { createBridge } from '../../../src/content/engine/bridge';
import { createEngineClient, WAKE_AFTER_MS } from '../../../src/content/engine/engine-client';
import { prefilterMatches } from '../../../src/core/prefilter';
import { fakeExtension } from '../../fakes/extension';

function setup() {
  const ext = fakeExtension();
  let now = 0;
  let invalidated = 0;
  const bridge = createBridge({ runtime: ext.runtime, invalidate: () => invalidated++, now: () => now });
  const client = createEngineClient({ bridge, now: () => now });
  return { ext, bridge, client, invalidated: () => invalidated, advance: (ms: number) => (now += ms) };
}

afterEach(() => {
  vi.useRealTimers();
});

const IDIOT = 'I am such an idiot.';
const LUNCH = 'Lunch is at noon.';

describe('the engine client', () => {
  test('gets the prefilter from the engine once, and findings per sentence', async () => {
    const { ext, client } = setup();
    const prefilter = await client.prefilter();
    expect(prefilter && prefilterMatches(prefilter, IDIOT)).toBe(true);
    await client.prefilter();
    expect(ext.answered.get('mastery:engine-hello')).toBe(1);
    const found = await client.findings([LUNCH, IDIOT]);
    expect(found?.[0]).toEqual([]);
    expect(found?.[1]?.[0]).toMatchObject({ ruleId: 'shame.label-noun', start: 0, end: 18 });
  });

  test('asks only for sentences it has not settled, each once', async () => {
    const { ext, client } = setup();
    await client.prefilter();
    await client.findings([IDIOT, IDIOT, LUNCH]);
    expect(ext.answered.get('mastery:detect')).toBe(1);
    const again = await client.findings([LUNCH, IDIOT]);
    expect(again?.[1]?.[0]?.ruleId).toBe('shame.label-noun');
    expect(ext.answered.get('mastery:detect')).toBe(1);
  });

  test('sends long scans in batches the engine accepts', async () => {
    const { ext, client } = setup();
    await client.prefilter();
    const many = Array.from({ length: 450 }, (_, i) => `Item ${i} is on the list.`);
    const found = await client.findings(many);
    expect(found).toHaveLength(450);
    expect(found?.every((f) => f.length === 0)).toBe(true);
    expect(ext.answered.get('mastery:detect')).toBe(3);
  });

  test('a background that stopped under a request is asked once more, and answers', async () => {
    const { ext, client } = setup();
    await client.prefilter();
    ext.stop(1);
    const found = await client.findings([IDIOT]);
    expect(found?.[0]).toHaveLength(1);
  });

  test('a background that does not answer in time gives no result, caches nothing, and is asked again next time', async () => {
    vi.useFakeTimers();
    const { ext, client } = setup();
    const ready = client.prefilter();
    await vi.runAllTimersAsync();
    await ready;
    ext.hang();
    const pending = client.findings([IDIOT]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await pending).toBeNull();
    ext.resume();
    const found = client.findings([IDIOT]);
    await vi.runAllTimersAsync();
    expect((await found)?.[0]).toHaveLength(1);
  });

  test('only an invalidated context shuts the page side down', async () => {
    const { ext, client, invalidated } = setup();
    await client.prefilter();
    ext.stop(2);
    expect(await client.findings([IDIOT])).toBeNull();
    expect(invalidated()).toBe(0);
    ext.runtime.invalidate();
    expect(await client.findings([LUNCH])).toBeNull();
    expect(invalidated()).toBe(1);
  });

  test('a new epoch drops what is cached, and listeners rescan with the new prefilter', async () => {
    const { ext, client } = setup();
    await client.prefilter();
    expect(await client.findings(['Pure butterfingers, as usual.'])).toEqual([[]]);
    let changes = 0;
    client.onEpochChange(() => changes++);
    // Another tab added the phrase; this frame learns of it from the engine's next answer.
    await ext.store.updateSettings((s) => ({ ...s, customPhrases: ['butterfingers'] }));
    expect(await client.findings(['Butterfingers again.'])).toBeNull();
    expect(changes).toBe(1);
    const next = await client.prefilter();
    expect(next && prefilterMatches(next, 'butterfingers')).toBe(true);
    const found = await client.findings(['Pure butterfingers, as usual.']);
    expect(found?.[0]?.[0]?.ruleId).toMatch(/^custom\./);
  });

  test('refresh() after a settings change moves to the new epoch before the next scan', async () => {
    const { ext, client } = setup();
    await client.prefilter();
    let changes = 0;
    client.onEpochChange(() => changes++);
    await ext.store.updateSettings((s) => ({ ...s, customPhrases: ['butterfingers'] }));
    await client.refresh();
    expect(changes).toBe(1);
    const found = await client.findings(['Pure butterfingers, as usual.']);
    expect(found?.[0]?.[0]?.ruleId).toMatch(/^custom\./);
  });

  test('wakes a background that has been quiet for a while when typing starts, and only then', async () => {
    const { ext, client, advance } = setup();
    await client.prefilter();
    client.wake();
    expect(ext.answered.get('mastery:engine-hello')).toBe(1);
    advance(WAKE_AFTER_MS + 1);
    client.wake();
    client.wake();
    await client.prefilter();
    expect(ext.answered.get('mastery:engine-hello')).toBe(2);
  });

  test('the card’s words for a finding', async () => {
    const { client } = setup();
    const text = 'I screwed up the report, I am such an idiot.';
    const sentence = { start: 0, end: text.length };
    const card = await client.reframe({ text, sentence, ruleId: 'shame.label-noun', start: 25, end: 43 });
    expect(card?.reckoning).toBeTruthy();
    expect(card?.replaces).toEqual(sentence);
    expect(
      await client.reframe({ text: 'I am a klutz.', sentence: { start: 0, end: 13 }, ruleId: 'custom.nothing', start: 0, end: 12 }),
    ).toBeNull();
  });
});
