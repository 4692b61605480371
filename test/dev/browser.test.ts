import { describe, expect, test } from 'vitest';
import { findBrowser, hasDisplay } from '../../src/dev/browser';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findBrowser', () => {
  test('CHROME_PATH wins when it can be run', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' };
    expect(findBrowser({ env, platform: 'linux', executable: only('/opt/chrome/chrome', '/usr/bin/chromium') })).toEqual({
      found: true,
      path: '/opt/chrome/chrome',
    });
  });

  test('a CHROME_PATH that cannot be run is reported, not silently replaced', () => {
    const result = findBrowser({
      env: { CHROME_PATH: '/nope', PATH: '/usr/bin' },
      platform: 'linux',
      executable: only('/usr/bin/chromium'),
    });
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('/nope') });
  });

  test('looks for chromium before google-chrome, across PATH', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findBrowser({ env, platform: 'linux', executable: only('/usr/local/bin/google-chrome', '/usr/bin/chromium') })).toEqual({
      found: true,
      path: '/usr/bin/chromium',
    });
    expect(findBrowser({ env, platform: 'linux', executable: only('/usr/bin/google-chrome-stable') })).toEqual({
      found: true,
      path: '/usr/bin/google-chrome-stable',
    });
  });

  test('says what it looked for when nothing is there', () => {
    const result = findBrowser({ env: { PATH: '/usr/bin' }, platform: 'linux', executable: () => false });
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('chromium-browser') });
  });

  test('finds Chrome in /Applications on macOS', () => {
    const app = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ env: { PATH: '/usr/bin' }, platform: 'darwin', executable: only(app) })).toEqual({ found: true, path: app });
  });
});

describe('hasDisplay', () => {
  test('Linux needs X11 or Wayland', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
  });

  test('macOS and Windows always have one', () => {
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });
});
