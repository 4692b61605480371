import { describe, expect, test } from 'vitest';
import { createWelcome } from '../../src/background/welcome';

function setup() {
  const opened: string[] = [];
  const welcome = createWelcome({
    tabs: {
      create: async ({ url }) => {
        opened.push(url ?? '');
        return { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
      },
    },
    runtime: { getURL: (path: string) => `chrome-extension://abc/${path}` },
  });
  return { opened, welcome };
}

describe('the welcome page', () => {
  test('opens once, when Mastery is installed', async () => {
    const { opened, welcome } = setup();
    await welcome.onInstalled({ reason: 'install' });
    expect(opened).toEqual(['chrome-extension://abc/src/ui/welcome/index.html']);
  });

  test('stays shut on updates of Mastery and of the browser', async () => {
    const { opened, welcome } = setup();
    for (const reason of ['update', 'browser_update'] as const) await welcome.onInstalled({ reason });
    expect(opened).toEqual([]);
  });
});
