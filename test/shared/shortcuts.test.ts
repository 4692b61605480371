import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { isPageOpenCardKey, OPEN_CARD_COMMAND, openCardKeys, PAGE_OPEN_CARD_KEYS, REFRAME_COMMAND } from '../../src/shared/shortcuts';

describe('the keys that open the card', () => {
  test('are a manifest command, suggested as the keys the page listens for without one', () => {
    const commands = manifest.commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands[OPEN_CARD_COMMAND]?.suggested_key.default).toBe(PAGE_OPEN_CARD_KEYS);
    expect(commands[REFRAME_COMMAND]?.suggested_key.default).toBe('Alt+Shift+M');
  });

  test('are what the browser bound, or Alt+Shift+R while it bound nothing', () => {
    expect(openCardKeys('Ctrl+Shift+Y')).toBe('Ctrl+Shift+Y');
    expect(openCardKeys('')).toBe('Alt+Shift+R');
  });

  test('in the page: Alt+Shift+R by its physical key, whatever the layout types, and nothing more', () => {
    const key = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyR' };
    expect(isPageOpenCardKey(key)).toBe(true);
    expect(isPageOpenCardKey({ ...key, ctrlKey: true })).toBe(false);
    expect(isPageOpenCardKey({ ...key, metaKey: true })).toBe(false);
    expect(isPageOpenCardKey({ ...key, shiftKey: false })).toBe(false);
    expect(isPageOpenCardKey({ ...key, code: 'KeyT' })).toBe(false);
  });
});
