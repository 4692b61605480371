import { describe, expect, test, vi } from 'vitest';
import { BADGE_COLOUR, badgeKey, badgeText, createBadge } from '../../src/background/badge';
import { COMMAND, createLauncher, MENU_ID, popupWindowUrl, type LaunchDeps } from '../../src/background/launch';
import { parseStash, STASH_KEY, STASH_TTL_MS } from '../../src/shared/handover';
import { fakeStorage } from '../fakes/storage';

describe('the badge', () => {
  function setup() {
    const areas = fakeStorage();
    const action = {
      setBadgeText: vi.fn(async (_: { tabId?: number; text: string }) => undefined),
      setBadgeBackgroundColor: vi.fn(async (_: { color: string }) => undefined),
      setBadgeTextColor: vi.fn(async (_: { color: string }) => undefined),
    };
    return { areas, action, badge: createBadge({ session: areas.session, action }) };
  }

  test('shows nothing at zero and caps at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-2)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });

  test('a frame’s new count replaces its old one; zero removes it', async () => {
    const { badge, areas, action } = setup();
    await badge.report(3, 0, 2);
    await badge.report(3, 4, 1);
    await badge.report(3, 0, 5);
    expect(await badge.total(3)).toBe(6);
    await badge.report(3, 0, 0);
    await badge.report(3, 4, 0);
    expect(await badge.total(3)).toBe(0);
    expect(areas.session.data.has(badgeKey(3))).toBe(false);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '' });
  });

  test('reports arriving together are all counted', async () => {
    const { badge } = setup();
    await Promise.all([0, 1, 2, 3, 4, 5].map((frame) => badge.report(8, frame, 1)));
    expect(await badge.total(8)).toBe(6);
  });

  test('survives the worker restarting: a new badge reads the counts back from session storage', async () => {
    const { badge, areas, action } = setup();
    await badge.report(3, 0, 2);
    await badge.report(3, 1, 1);
    const restarted = createBadge({ session: areas.session, action });
    expect(await restarted.total(3)).toBe(3);
    expect(await restarted.report(3, 1, 4)).toBe(6);
  });

  test('ignores corrupt session values', async () => {
    const { badge, areas } = setup();
    areas.session.data.set(badgeKey(3), { 0: 'many', x: 4, 2: 3, 5: -1 });
    expect(await badge.total(3)).toBe(3);
    areas.session.data.set(badgeKey(4), 'nonsense');
    expect(await badge.total(4)).toBe(0);
  });

  test('clears a tab on navigation (blank badge) and on close (no drawing)', async () => {
    const { badge, action } = setup();
    await badge.report(3, 0, 2);
    await badge.clearTab(3);
    expect(await badge.total(3)).toBe(0);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '' });
    await badge.report(4, 0, 2);
    action.setBadgeText.mockClear();
    await badge.clearTab(4, { closed: true });
    expect(await badge.total(4)).toBe(0);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });

  test('a tab that closed before its badge was drawn is not an error', async () => {
    const { badge, action } = setup();
    action.setBadgeText.mockRejectedValueOnce(new Error('No tab with id: 3.'));
    await expect(badge.report(3, 0, 1)).resolves.toBe(1);
  });

  test('uses the calm colour', async () => {
    const { badge, action } = setup();
    await badge.style();
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: BADGE_COLOUR });
    expect(action.setBadgeTextColor).toHaveBeenCalledWith({ color: '#ffffff' });
  });
});

describe('the launcher', () => {
  const BASE = 'chrome-extension://abc/src/ui/popup/index.html';

  function setup(options: { openPopup?: 'ok' | 'fails' | 'missing'; selection?: unknown } = {}) {
    const areas = fakeStorage();
    const calls: string[] = [];
    const openPopup = vi.fn(async () => {
      calls.push(`openPopup (stash ${areas.session.data.has(STASH_KEY) ? 'written' : 'missing'})`);
      if (options.openPopup === 'fails') throw new Error('Could not find an active browser window.');
    });
    const deps = {
      session: areas.session,
      action: options.openPopup === 'missing' ? {} : { openPopup },
      windows: { create: vi.fn(async (_: { url?: string | string[]; type?: string; width?: number; height?: number }) => ({})) },
      tabs: {
        sendMessage: vi.fn(async (_tabId: number, _message: unknown) => {
          if (options.selection instanceof Error) throw options.selection;
          return options.selection;
        }),
      },
      runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` },
      menus: { create: vi.fn(() => 1), removeAll: vi.fn(async () => undefined) },
      now: () => 1_000_000,
    };
    return { areas, calls, deps, openPopup, launcher: createLauncher(deps as unknown as LaunchDeps) };
  }

  test('registers one selection menu entry, replacing any left from an older version', async () => {
    const { launcher, deps } = setup();
    await launcher.createMenu();
    expect(deps.menus.removeAll).toHaveBeenCalled();
    expect(deps.menus.create).toHaveBeenCalledWith({ id: MENU_ID, title: 'Reframe with Mastery', contexts: ['selection'] });
  });

  test('the menu stashes the selection and opens the popup', async () => {
    const { launcher, areas, openPopup, deps, calls } = setup({ openPopup: 'ok' });
    await launcher.onMenuClicked({ menuItemId: MENU_ID, selectionText: '  I screwed this up. I suck. ' }, { id: 12 });
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['openPopup (stash written)']);
    expect(areas.session.data.get(STASH_KEY)).toEqual({ text: 'I screwed this up. I suck.', tabId: 12, at: 1_000_000 });
    expect(deps.windows.create).not.toHaveBeenCalled();
  });

  test('other menu entries are not ours', async () => {
    const { launcher, openPopup } = setup();
    await launcher.onMenuClicked({ menuItemId: 'something-else', selectionText: 'x' }, { id: 12 });
    expect(openPopup).not.toHaveBeenCalled();
  });

  test.each(['fails', 'missing'] as const)(
    'when openPopup %s, a popup window opens with the text in its URL and no stash',
    async (mode) => {
      const { launcher, areas, deps } = setup({ openPopup: mode });
      await expect(launcher.open('I suck & I know it', 12)).resolves.toBe('window');
      expect(deps.windows.create).toHaveBeenCalledWith({
        url: `${BASE}?text=I+suck+%26+I+know+it&tab=12`,
        type: 'popup',
        width: 420,
        height: 640,
      });
      expect(areas.session.data.has(STASH_KEY)).toBe(false);
    },
  );

  test('the command asks the tab for its selection', async () => {
    const { launcher, deps, areas } = setup({ openPopup: 'ok', selection: { type: 'mastery:selection', text: 'I am such an idiot.' } });
    await launcher.onCommand(COMMAND, { id: 3 });
    expect(deps.tabs.sendMessage).toHaveBeenCalledWith(3, { type: 'mastery:get-selection' });
    expect(areas.session.data.get(STASH_KEY)).toMatchObject({ text: 'I am such an idiot.', tabId: 3 });
  });

  test.each([
    ['no content script (chrome:// pages)', new Error('Could not establish connection. Receiving end does not exist.')],
    ['a malformed reply', { type: 'mastery:selection', text: 42 }],
    ['no reply', undefined],
  ])('the command still opens an empty flow with %s', async (_, selection) => {
    const { launcher, areas, openPopup } = setup({ openPopup: 'ok', selection });
    await launcher.onCommand(COMMAND, { id: 3 });
    expect(openPopup).toHaveBeenCalled();
    expect(areas.session.data.get(STASH_KEY)).toMatchObject({ text: '', tabId: 3 });
  });

  test('other commands are not ours', async () => {
    const { launcher, openPopup } = setup();
    await launcher.onCommand('_execute_action', { id: 3 });
    expect(openPopup).not.toHaveBeenCalled();
  });

  test('parseStash accepts fresh stashes only', () => {
    const now = 5_000_000;
    expect(parseStash({ text: 'x', tabId: 2, at: now - 1000 }, now)).toEqual({ text: 'x', tabId: 2, at: now - 1000 });
    expect(parseStash({ text: 'x', at: now }, now)).toEqual({ text: 'x', tabId: null, at: now });
    expect(parseStash({ text: 'x', tabId: 2, at: now - STASH_TTL_MS - 1 }, now)).toBeNull();
    expect(parseStash({ text: 7, at: now }, now)).toBeNull();
    expect(parseStash('x', now)).toBeNull();
  });

  test('popupWindowUrl leaves out what it does not have', () => {
    expect(popupWindowUrl(BASE, '', null)).toBe(BASE);
    expect(popupWindowUrl(BASE, '', 4)).toBe(`${BASE}?tab=4`);
  });
});
