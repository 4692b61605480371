/**
 * A stand-in for browser.runtime as a content script sees it: an id that disappears when the
 * extension goes away, and sendMessage answered by a handler the test provides (or rejected the way
 * the browser rejects it once the context is invalidated).
 */
export interface FakeRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  /** Every message sent, in order. */
  sent: unknown[];
  /** Answers messages; the default answers nothing. */
  handler: (message: unknown) => Promise<unknown> | unknown;
  /** The extension was reloaded or removed: the id goes, and every call fails as the browser's do. */
  invalidate(): void;
}

export function fakeRuntime(handler: FakeRuntime['handler'] = () => undefined): FakeRuntime {
  let gone = false;
  const runtime: FakeRuntime = {
    id: 'fake-extension-id',
    sent: [],
    handler,
    sendMessage(message) {
      if (gone) return Promise.reject(new Error('Extension context invalidated.'));
      runtime.sent.push(message);
      try {
        return Promise.resolve(runtime.handler(message));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    invalidate() {
      gone = true;
      runtime.id = '';
    },
  };
  return runtime;
}
