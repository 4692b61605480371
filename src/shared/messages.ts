/**
 * Messages passed between the extension's parts (service worker, content scripts, pages).
 * Every message is a plain object with a `type`; unknown messages are ignored.
 */

/** Asks a tab's content script whether it is running there. */
export interface PingMessage {
  type: 'mastery:ping';
}

/** The content script's answer to a ping. */
export interface PongMessage {
  type: 'mastery:pong';
  /** True for the top-level frame, false inside an iframe. */
  topFrame: boolean;
}

export type Message = PingMessage;

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return value.type === 'mastery:ping';
}
