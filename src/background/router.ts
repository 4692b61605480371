/**
 * The service worker's message router. Every message is checked twice before a handler sees it:
 * its shape (isMessage) and its sender. Only this extension may talk to the worker; content-script
 * messages must come from a tab's frame, extension-page messages from this extension's own origin.
 * Anything else is ignored (undefined: "not for me"), so another listener can still answer
 * messages this router does not handle. Size limits are part of the shape check.
 */
import type { Runtime } from 'webextension-polyfill';
import { isMessage, type Message, type Reply, type ShortcutsMessage, type TabCountMessage } from '../shared/messages';
import { recordInJournal, type Journal } from '../shared/settings';
import type { Store } from '../shared/storage';
import type { Badge } from './badge';
import type { EngineHost } from './engine-host';

/** Where a message came from, once the sender checks have passed. */
export type Origin = { kind: 'content'; tabId: number; frameId: number } | { kind: 'page'; url: string; tabId: number | undefined };

export interface RouterDeps {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL(''): "chrome-extension://<id>/" */
  extensionBase: string;
  store: Pick<Store, 'getSettings' | 'updateJournal'>;
  badge: Pick<Badge, 'report' | 'total'>;
  /** Detection and reframing for content scripts. */
  engine: Pick<EngineHost, 'state' | 'detect' | 'reframe'>;
  /** The keys bound to Mastery's commands (card-command.ts). */
  shortcuts: () => Promise<ShortcutsMessage>;
  now?: () => Date;
}

type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
type Handler<T extends Message['type']> = (message: MessageOf<T>, from: Origin) => Promise<Reply | undefined>;

/** The handlers, one per message type the worker answers, and which senders each accepts. */
type Handlers = { [T in Message['type']]?: { from: ReadonlyArray<Origin['kind']>; handle: Handler<T> } };

/**
 * Scheme and host of a URL. Not `URL.origin`: for non-web schemes such as chrome-extension: it is
 * the string "null" in some engines, which would make every extension's pages look alike.
 */
function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/** Classify a sender, or null when it must not be listened to. */
export function classifySender(sender: Runtime.MessageSender, runtimeId: string, extensionBase: string): Origin | null {
  if (!runtimeId || sender.id !== runtimeId) return null;
  const extensionOrigin = originOf(extensionBase);
  const senderOrigin = originOf(sender.url);
  if (extensionOrigin !== null && senderOrigin === extensionOrigin) {
    // One of our own pages (popup, options, the reframe window), perhaps shown in a tab.
    return { kind: 'page', url: sender.url ?? '', tabId: sender.tab?.id };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0) {
    return { kind: 'content', tabId, frameId: typeof sender.frameId === 'number' && sender.frameId >= 0 ? sender.frameId : 0 };
  }
  return null;
}

/** The runtime.onMessage listener: a Promise of the reply when handled, undefined otherwise. */
export type Router = (message: unknown, sender: Runtime.MessageSender) => Promise<Reply | undefined> | undefined;

export function createRouter(deps: RouterDeps): Router {
  const now = deps.now ?? (() => new Date());

  const handlers: Handlers = {
    'mastery:findings-count': {
      from: ['content'],
      handle: async (message, from) => {
        if (from.kind !== 'content') return undefined;
        await deps.badge.report(from.tabId, from.frameId, message.count);
        return undefined;
      },
    },

    'mastery:journal-event': {
      from: ['content', 'page'],
      handle: async (message, from) => {
        const settings = await deps.store.getSettings();
        if (!settings.journalEnabled) return undefined;
        const at = now();
        // Text is kept only for reframes the user practised in Mastery's own pages, and only if they asked.
        const keepText = settings.keepReframeText && from.kind === 'page' && message.counter === 'reframesPractised';
        await deps.store.updateJournal((journal): Journal => {
          const next = recordInJournal(journal, message.counter, at);
          if (!keepText || (message.before === undefined && message.after === undefined)) return next;
          const entry = { at: at.toISOString(), ...pick(message, ['before', 'after', 'strategy', 'learned']) };
          return { ...next, entries: [...next.entries, entry] };
        });
        return undefined;
      },
    },

    // The engine answers content scripts only: the popup and the options page run their own.
    'mastery:engine-hello': {
      from: ['content'],
      handle: (message) => deps.engine.state(message.fresh === true),
    },

    'mastery:detect': {
      from: ['content'],
      handle: (message) => deps.engine.detect(message.sentences),
    },

    'mastery:reframe': {
      from: ['content'],
      handle: ({ text, sentence, ruleId, start, end, seed }) => deps.engine.reframe({ text, sentence, ruleId, start, end, seed }),
    },

    // The card names the keys that open it; only a content script asks.
    'mastery:get-shortcuts': {
      from: ['content'],
      handle: () => deps.shortcuts(),
    },

    'mastery:get-tab-count': {
      from: ['page'],
      handle: async (message) => {
        const reply: TabCountMessage = { type: 'mastery:tab-count', count: await deps.badge.total(message.tabId) };
        return reply;
      },
    },
  };

  return (message, sender) => {
    if (!isMessage(message)) return undefined;
    const from = classifySender(sender, deps.runtimeId, deps.extensionBase);
    if (!from) return undefined;
    const entry = handlers[message.type] as { from: ReadonlyArray<Origin['kind']>; handle: Handler<Message['type']> } | undefined;
    if (!entry?.from.includes(from.kind)) return undefined;
    return entry.handle(message, from);
  };
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}
