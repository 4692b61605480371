import type { Runtime } from 'webextension-polyfill';
import { describe, expect, test, vi } from 'vitest';
import { createBadge } from '../../src/background/badge';
import { createEngineHost } from '../../src/background/engine-host';
import { classifySender, createRouter } from '../../src/background/router';
import type { ShortcutsMessage } from '../../src/shared/messages';
import { createStore } from '../../src/shared/storage';
import { fakeStorage } from '../fakes/storage';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const NOW = new Date(2024, 2, 10, 12);

const contentScript = (tabId: number, frameId = 0, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: ID,
  url: 'https://mail.example.com/compose',
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId,
  ...extra,
});
const popup: Runtime.MessageSender = { id: ID, url: `${BASE}src/ui/popup/index.html` };
const optionsInTab: Runtime.MessageSender = {
  id: ID,
  url: `${BASE}src/ui/options/index.html`,
  tab: { id: 9, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
};

function setup() {
  const areas = fakeStorage();
  const store = createStore(areas);
  const action = { setBadgeText: vi.fn(async (_: { tabId?: number; text: string }) => undefined) };
  const badge = createBadge({ session: areas.session, action });
  const engine = createEngineHost({ store });
  const shortcuts = async (): Promise<ShortcutsMessage> => ({ type: 'mastery:shortcuts', openCard: 'Alt+Shift+R', reframeSelection: '' });
  const route = createRouter({ runtimeId: ID, extensionBase: BASE, store, badge, engine, shortcuts, now: () => NOW });
  return { areas, store, action, badge, route };
}

describe('classifySender', () => {
  test('a content script is identified by its tab and frame', () => {
    expect(classifySender(contentScript(4, 2), ID, BASE)).toEqual({ kind: 'content', tabId: 4, frameId: 2 });
  });

  test('extension pages are identified by origin, in the popup or in a tab', () => {
    expect(classifySender(popup, ID, BASE)).toEqual({ kind: 'page', url: popup.url, tabId: undefined });
    expect(classifySender(optionsInTab, ID, BASE)).toEqual({ kind: 'page', url: optionsInTab.url, tabId: 9 });
  });

  test.each([
    ['another extension', { ...contentScript(4), id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['no extension id (a web page through externally_connectable)', { ...contentScript(4), id: undefined }],
    ['a sender with neither tab nor our origin', { id: ID, url: 'https://example.com/' }],
    ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil.test/x` }],
    ['a negative tab id (not a real tab)', contentScript(-1)],
  ])('rejects %s', (_, sender) => {
    expect(classifySender(sender, ID, BASE)).toBeNull();
  });

  test('an empty runtime id never matches', () => {
    expect(classifySender({ ...popup, id: '' }, '', BASE)).toBeNull();
  });
});

describe('the router', () => {
  test('sums findings counts over a tab’s frames into its badge', async () => {
    const { route, action, badge } = setup();
    await route({ type: 'mastery:findings-count', count: 2 }, contentScript(5, 0));
    await route({ type: 'mastery:findings-count', count: 3 }, contentScript(5, 7));
    await route({ type: 'mastery:findings-count', count: 1 }, contentScript(6, 0));
    expect(await badge.total(5)).toBe(5);
    expect(await badge.total(6)).toBe(1);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 6, text: '1' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '5' });
  });

  test('answers a page’s tab-count question, but not a content script’s', async () => {
    const { route } = setup();
    await route({ type: 'mastery:findings-count', count: 4 }, contentScript(5));
    await expect(route({ type: 'mastery:get-tab-count', tabId: 5 }, popup)).resolves.toEqual({ type: 'mastery:tab-count', count: 4 });
    await expect(route({ type: 'mastery:get-tab-count', tabId: 99 }, popup)).resolves.toEqual({ type: 'mastery:tab-count', count: 0 });
    // A page could otherwise learn how much is flagged in other tabs.
    expect(route({ type: 'mastery:get-tab-count', tabId: 5 }, contentScript(6))).toBeUndefined();
  });

  test('tells a content script the keys bound to the card, and no one else', async () => {
    const { route } = setup();
    await expect(route({ type: 'mastery:get-shortcuts' }, contentScript(5, 2))).resolves.toEqual({
      type: 'mastery:shortcuts',
      openCard: 'Alt+Shift+R',
      reframeSelection: '',
    });
    // Mastery's own pages read the browser's commands directly; strangers get nothing.
    expect(route({ type: 'mastery:get-shortcuts' }, popup)).toBeUndefined();
    expect(route({ type: 'mastery:get-shortcuts' }, { ...contentScript(5), id: 'someone-else' })).toBeUndefined();
  });

  test('ignores findings counts from extension pages and from strangers', async () => {
    const { route, badge, action } = setup();
    expect(route({ type: 'mastery:findings-count', count: 4 }, optionsInTab)).toBeUndefined();
    expect(route({ type: 'mastery:findings-count', count: 4 }, { ...contentScript(5), id: 'someone-else' })).toBeUndefined();
    expect(await badge.total(9)).toBe(0);
    expect(await badge.total(5)).toBe(0);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });

  test.each([
    ['malformed', { type: 'mastery:findings-count', count: -3 }],
    ['unknown', { type: 'mastery:format-disk' }],
    ['not an object', 'mastery:findings-count'],
  ])('ignores a %s message', (_, message) => {
    const { route } = setup();
    expect(route(message, contentScript(5))).toBeUndefined();
  });

  test('leaves messages it does not own to other listeners', () => {
    const { route } = setup();
    for (const type of ['mastery:ping', 'mastery:get-selection', 'mastery:open-card-at-caret']) {
      expect(route({ type }, contentScript(5))).toBeUndefined();
      expect(route({ type }, popup)).toBeUndefined();
    }
  });

  test('counts journal events from content scripts and pages', async () => {
    const { route, store } = setup();
    await route({ type: 'mastery:journal-event', counter: 'nudgesSeen' }, contentScript(5));
    await route({ type: 'mastery:journal-event', counter: 'rewritesAccepted' }, contentScript(5, 3));
    await route({ type: 'mastery:journal-event', counter: 'reframesPractised' }, popup);
    const journal = await store.getJournal();
    expect(journal.days['2024-03-10']).toEqual({ nudgesSeen: 1, rewritesAccepted: 1, dismissals: 0, reframesPractised: 1 });
    expect(journal.entries).toEqual([]);
  });

  test('writes nothing when the journal is off', async () => {
    const { route, store, areas } = setup();
    await store.updateSettings((s) => ({ ...s, journalEnabled: false }));
    await route({ type: 'mastery:journal-event', counter: 'reframesPractised', before: 'I suck.', after: 'I am learning.' }, popup);
    expect(areas.local.data.size).toBe(0);
  });

  test('keeps reframe text only when the user asked, and only from Mastery’s own pages', async () => {
    const { route, store } = setup();
    const practised = {
      type: 'mastery:journal-event',
      counter: 'reframesPractised',
      before: 'I suck.',
      after: 'I am learning.',
      strategy: 'learning',
      learned: 'I can ask for help sooner.',
    };

    await route(practised, popup);
    expect((await store.getJournal()).entries).toEqual([]); // off by default: counts only

    await store.updateSettings((s) => ({ ...s, keepReframeText: true }));
    await route(practised, popup);
    await route(practised, contentScript(5)); // a page's script cannot write text into the journal
    await route({ ...practised, counter: 'nudgesSeen' }, popup); // text belongs to practised reframes only
    const journal = await store.getJournal();
    expect(journal.entries).toEqual([
      { at: NOW.toISOString(), before: 'I suck.', after: 'I am learning.', strategy: 'learning', learned: 'I can ask for help sooner.' },
    ]);
    expect(journal.days['2024-03-10']?.reframesPractised).toBe(3);
  });

  test('the reply to a journal event comes after the write, so pages can rely on it', async () => {
    const { route, store } = setup();
    const reply = route({ type: 'mastery:journal-event', counter: 'reframesPractised' }, popup);
    expect(reply).toBeInstanceOf(Promise);
    await expect(reply).resolves.toBeUndefined();
    expect((await store.getJournal()).days['2024-03-10']?.reframesPractised).toBe(1);
  });

  test('serves the engine to content scripts only, and checks what they send', async () => {
    const { route } = setup();
    const hello = await route({ type: 'mastery:engine-hello' }, contentScript(5));
    expect(hello).toMatchObject({ type: 'mastery:engine-state', prefilter: { flags: 'gi' } });
    const found = await route({ type: 'mastery:detect', sentences: ['I am such an idiot.', 'Lunch is at noon.'] }, contentScript(5, 2));
    expect(found).toMatchObject({ type: 'mastery:findings', findings: [[{ ruleId: 'shame.label-noun', start: 0, end: 18 }], []] });
    const card = await route(
      {
        type: 'mastery:reframe',
        text: 'I am such an idiot. I always ruin everything.',
        sentence: { start: 0, end: 19 },
        ruleId: 'shame.label-noun',
        start: 0,
        end: 18,
        seed: 1,
      },
      contentScript(5),
    );
    // The harsh neighbour is part of the same thought: the rewrite takes it in.
    expect(card).toMatchObject({ type: 'mastery:reframed', card: { replaces: { start: 0, end: 45 } } });
    // Mastery's own pages run their own detector; strangers get nothing.
    expect(route({ type: 'mastery:detect', sentences: ['I suck.'] }, popup)).toBeUndefined();
    expect(route({ type: 'mastery:detect', sentences: ['I suck.'] }, { ...contentScript(5), id: 'someone-else' })).toBeUndefined();
    // Shapes and sizes are checked before the engine sees anything.
    expect(route({ type: 'mastery:detect', sentences: [] }, contentScript(5))).toBeUndefined();
    expect(route({ type: 'mastery:detect', sentences: ['x'.repeat(401)] }, contentScript(5))).toBeUndefined();
    expect(route({ type: 'mastery:detect', sentences: Array.from({ length: 201 }, () => 'I suck.') }, contentScript(5))).toBeUndefined();
    const reframe = { type: 'mastery:reframe', text: 'I suck.', sentence: { start: 0, end: 7 }, ruleId: 'x', start: 2, end: 6 };
    expect(route({ ...reframe, end: 99 }, contentScript(5))).toBeUndefined();
    expect(route({ ...reframe, text: 'x'.repeat(2801) }, contentScript(5))).toBeUndefined();
    expect(route({ ...reframe, seed: -1 }, contentScript(5))).toBeUndefined();
    expect(route(reframe, popup)).toBeUndefined();
  });
});
