import { describe, expect, test } from 'vitest';
import { createBridge, isInvalidated } from '../../../src/content/engine/bridge';
import { fakeRuntime } from '../../fakes/runtime';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the bridge to the extension', () => {
  test('sends the findings count only when it changed', () => {
    const runtime = fakeRuntime();
    const bridge = createBridge({ runtime, invalidate: () => undefined });
    bridge.reportCount(2);
    bridge.reportCount(2);
    bridge.reportCount(0);
    expect(runtime.sent).toEqual([
      { type: 'mastery:findings-count', count: 2 },
      { type: 'mastery:findings-count', count: 0 },
    ]);
  });

  test('counts journal events', () => {
    const runtime = fakeRuntime();
    const bridge = createBridge({ runtime, invalidate: () => undefined });
    bridge.journal('nudgesSeen');
    expect(runtime.sent).toEqual([{ type: 'mastery:journal-event', counter: 'nudgesSeen' }]);
  });

  test('an invalidated context shuts the engine down; other failures do not', async () => {
    const runtime = fakeRuntime(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    let invalidated = 0;
    const bridge = createBridge({ runtime, invalidate: () => invalidated++ });
    bridge.journal('dismissals');
    await tick();
    expect(invalidated).toBe(0);
    runtime.invalidate();
    bridge.journal('dismissals');
    await tick();
    expect(invalidated).toBe(1);
    expect(isInvalidated(new Error('Extension context invalidated.'))).toBe(true);
  });

  test('asks whether the extension is there at most twice a second, unless asked for a fresh answer', () => {
    const runtime = fakeRuntime();
    let now = 0;
    const bridge = createBridge({ runtime, invalidate: () => undefined, now: () => now });
    expect(bridge.alive()).toBe(true);
    runtime.invalidate();
    now = 100;
    expect(bridge.alive()).toBe(true);
    expect(bridge.alive(true)).toBe(false);
    now = 700;
    expect(bridge.alive()).toBe(false);
  });

  test('asks the worker which keys open the card, and trusts only a well-formed answer', async () => {
    const runtime = fakeRuntime((m) =>
      (m as { type: string }).type === 'mastery:get-shortcuts'
        ? { type: 'mastery:shortcuts', openCard: 'Ctrl+Shift+Y', reframeSelection: 'Alt+Shift+M' }
        : undefined,
    );
    const bridge = createBridge({ runtime, invalidate: () => undefined });
    await expect(bridge.openCardKeys()).resolves.toBe('Ctrl+Shift+Y');
    expect(runtime.sent).toEqual([{ type: 'mastery:get-shortcuts' }]);
    runtime.handler = () => ({ type: 'mastery:shortcuts', openCard: '<b>', reframeSelection: '' });
    await expect(bridge.openCardKeys()).resolves.toBe('');
    runtime.invalidate();
    await expect(bridge.openCardKeys()).resolves.toBe('');
  });
});
