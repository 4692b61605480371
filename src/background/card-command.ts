/**
 * The "open the card" command (keys chosen at chrome://extensions/shortcuts or in Firefox's add-on
 * shortcuts; see src/shared/shortcuts.ts for its default). The browser delivers a command to the
 * extension, not to the page, so the worker forwards it to every frame of the tab; the one frame
 * whose document has focus, in a field, opens the card for the phrase at its caret. It also tells
 * content scripts which keys the browser has bound, so the card can name them.
 */
import type { Commands, Tabs } from 'webextension-polyfill';
import type { OpenCardAtCaretMessage, ShortcutsMessage } from '../shared/messages';
import { OPEN_CARD_COMMAND, REFRAME_COMMAND } from '../shared/shortcuts';

export interface CardCommandDeps {
  tabs: {
    query(filter: { active: true; currentWindow: true }): Promise<Array<Pick<Tabs.Tab, 'id'>>>;
    sendMessage(tabId: number, message: OpenCardAtCaretMessage): Promise<unknown>;
  };
  commands: Pick<Commands.Static, 'getAll'>;
}

export interface CardCommand {
  onCommand(command: string, tab: Pick<Tabs.Tab, 'id'> | undefined): Promise<void>;
  /** The keys bound to Mastery's commands now ('' for one the user left without keys). */
  shortcuts(): Promise<ShortcutsMessage>;
}

export function createCardCommand(deps: CardCommandDeps): CardCommand {
  return {
    async onCommand(command, tab) {
      if (command !== OPEN_CARD_COMMAND) return;
      // Browsers pass the active tab; older ones may not.
      const tabId = tab?.id ?? (await deps.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (typeof tabId !== 'number' || tabId < 0) return;
      const message: OpenCardAtCaretMessage = { type: 'mastery:open-card-at-caret' };
      try {
        await deps.tabs.sendMessage(tabId, message);
      } catch {
        // No content script there (browser pages, the web store), or no frame answered: nothing to open.
      }
    },
    async shortcuts() {
      const all = await deps.commands.getAll();
      const keys = (name: string) => all.find((c) => c.name === name)?.shortcut ?? '';
      return { type: 'mastery:shortcuts', openCard: keys(OPEN_CARD_COMMAND), reframeSelection: keys(REFRAME_COMMAND) };
    },
  };
}
