import { describe, expect, test, vi } from 'vitest';
import { createCardCommand } from '../../src/background/card-command';
import { OPEN_CARD_COMMAND, REFRAME_COMMAND } from '../../src/shared/shortcuts';
import { isMessage } from '../../src/shared/messages';
import { isShortcutsReply } from '../../src/shared/replies';

function setup(bound: Record<string, string> = { [OPEN_CARD_COMMAND]: 'Alt+Shift+R', [REFRAME_COMMAND]: 'Alt+Shift+M' }) {
  const sent: Array<{ tabId: number; message: unknown }> = [];
  const tabs = {
    query: vi.fn(async () => [{ id: 12, index: 0, highlighted: true, active: true, pinned: false, incognito: false }]),
    sendMessage: vi.fn(async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
      return undefined;
    }),
  };
  const commands = {
    getAll: async () => [
      { name: '_execute_action', shortcut: '', description: '' },
      ...Object.entries(bound).map(([name, shortcut]) => ({ name, shortcut, description: name })),
    ],
  };
  return { sent, tabs, command: createCardCommand({ tabs, commands }) };
}

describe('the open-card command', () => {
  test('is forwarded to every frame of the tab it was pressed in (the focused frame acts)', async () => {
    const { sent, command } = setup();
    await command.onCommand(OPEN_CARD_COMMAND, { id: 4 });
    expect(sent).toEqual([{ tabId: 4, message: { type: 'mastery:open-card-at-caret' } }]);
    // No frameId: the worker cannot know which frame has focus; only that frame's script answers to it.
    expect(isMessage(sent[0]?.message)).toBe(true);
  });

  test('goes to the active tab when the browser does not say which tab', async () => {
    const { sent, tabs, command } = setup();
    await command.onCommand(OPEN_CARD_COMMAND, undefined);
    expect(tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent.map((s) => s.tabId)).toEqual([12]);
  });

  test('leaves other commands alone, and is quiet where no content script runs', async () => {
    const { sent, tabs, command } = setup();
    await command.onCommand(REFRAME_COMMAND, { id: 4 });
    expect(sent).toEqual([]);
    tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(command.onCommand(OPEN_CARD_COMMAND, { id: 5 })).resolves.toBeUndefined();
  });
});

describe('the bound keys', () => {
  test('are read from the browser, as the user set them', async () => {
    const reply = await setup({ [OPEN_CARD_COMMAND]: 'Ctrl+Shift+Y', [REFRAME_COMMAND]: 'Alt+Shift+M' }).command.shortcuts();
    expect(reply).toEqual({ type: 'mastery:shortcuts', openCard: 'Ctrl+Shift+Y', reframeSelection: 'Alt+Shift+M' });
    expect(isShortcutsReply(reply)).toBe(true);
  });

  test('are empty for a command the user left without keys', async () => {
    const reply = await setup({ [REFRAME_COMMAND]: '' }).command.shortcuts();
    expect(reply).toEqual({ type: 'mastery:shortcuts', openCard: '', reframeSelection: '' });
    expect(isShortcutsReply(reply)).toBe(true);
  });

  test('a reply that could carry markup or a novel is refused', () => {
    expect(isShortcutsReply({ type: 'mastery:shortcuts', openCard: '<img src=x onerror=alert(1)>', reframeSelection: '' })).toBe(false);
    expect(isShortcutsReply({ type: 'mastery:shortcuts', openCard: 'x'.repeat(41), reframeSelection: '' })).toBe(false);
    expect(isShortcutsReply({ type: 'mastery:shortcuts', openCard: '⌥⇧R', reframeSelection: 'Command+Shift+M' })).toBe(true);
  });
});
