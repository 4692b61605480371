import { describe, expect, test } from 'vitest';
import { frameHosts, watchSettings } from '../../../src/content/engine/settings-watch';
import type { Settings } from '../../../src/shared/settings';
import { createStore } from '../../../src/shared/storage';
import { fakeStorage } from '../../fakes/storage';

function listener() {
  const calls: string[] = [];
  return { calls, paused: () => calls.push('paused'), changed: (s: Settings) => calls.push(`changed ${s.ignoredPhrases.join(',')}`) };
}

describe('the settings watcher', () => {
  test('reads the settings and whether this site is paused, then follows changes', async () => {
    const store = createStore(fakeStorage());
    await store.updateSettings((s) => ({ ...s, pausedSites: ['mail.example'] }));
    const watch = await watchSettings(store, ['mail.example'], () => undefined);
    expect(watch.paused).toBe(true);
    const l = listener();
    watch.start(l);
    await store.updateSettings((s) => ({ ...s, pausedSites: [], ignoredPhrases: ['i suck'] }));
    expect(watch.paused).toBe(false);
    expect(watch.settings.ignoredPhrases).toEqual(['i suck']);
    await store.updateSettings((s) => ({ ...s, pausedSites: ['mail.example'] }));
    await store.updateSettings((s) => ({ ...s, ignoredPhrases: [] }));
    // Paused once; no "changed" while paused.
    expect(l.calls).toEqual(['changed i suck', 'paused']);
    watch.stop();
    await store.updateSettings((s) => ({ ...s, pausedSites: [] }));
    expect(l.calls).toHaveLength(2);
  });

  test('a pause made here takes effect at once, and its storage echo is not a second pause', async () => {
    const store = createStore(fakeStorage());
    const watch = await watchSettings(store, ['a.example'], () => undefined);
    const l = listener();
    watch.start(l);
    watch.pauseNow();
    expect(watch.paused).toBe(true);
    await store.updateSettings((s) => ({ ...s, pausedSites: ['a.example'] }));
    expect(l.calls).toEqual([]);
  });

  test('a framed editor is paused by its own host or the top frame’s, and the site is the top frame’s', async () => {
    const hosts = frameHosts({ hostname: 'editor.cdn.example', ancestorOrigins: ['https://mail.example'] as unknown as DOMStringList });
    expect(hosts).toEqual(['editor.cdn.example', 'mail.example']);
    const store = createStore(fakeStorage());
    await store.updateSettings((s) => ({ ...s, pausedSites: ['mail.example'] }));
    const watch = await watchSettings(store, hosts, () => undefined);
    expect(watch.paused).toBe(true);
    expect(watch.siteHost()).toBe('mail.example');
  });

  test('a change made while the engine starts is not lost: it is told on start', async () => {
    const store = createStore(fakeStorage());
    await store.updateSettings((s) => ({ ...s, pausedSites: ['mail.example'] }));
    const watch = await watchSettings(store, ['mail.example'], () => undefined);
    // Resumed in the popup before the engine has finished loading.
    await store.updateSettings((s) => ({ ...s, pausedSites: [] }));
    expect(watch.paused).toBe(false);
    const l = listener();
    watch.start(l);
    expect(l.calls).toEqual(['changed ']);

    // And the other way: paused meanwhile.
    const quiet = await watchSettings(store, ['mail.example'], () => undefined);
    await store.updateSettings((s) => ({ ...s, pausedSites: ['mail.example'] }));
    const m = listener();
    quiet.start(m);
    expect(m.calls).toEqual(['paused']);
    // Nothing happened meanwhile: nothing to tell.
    const calm = await watchSettings(store, ['mail.example'], () => undefined);
    const n = listener();
    calm.start(n);
    expect(n.calls).toEqual([]);
  });
});
