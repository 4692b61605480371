/**
 * Finding a Chromium-family browser and deciding whether a window can be opened, for `npm start`.
 * Pure functions over the environment so they can be tested without a browser.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Looked up on PATH, in this order, when CHROME_PATH is not set. */
export const BROWSER_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Where browsers live outside PATH on macOS and Windows. */
const WELL_KNOWN_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Whether a file exists and may be run; defaults to checking the file system. */
  executable?: (path: string) => boolean;
}

export type BrowserFound = { found: true; path: string } | { found: false; reason: string };

/** CHROME_PATH when set, else the first of BROWSER_COMMANDS on PATH, else a well-known install path. */
export function findBrowser({ env, platform, executable = isExecutable }: BrowserSearch): BrowserFound {
  const chosen = env.CHROME_PATH;
  if (chosen) {
    return executable(chosen)
      ? { found: true, path: chosen }
      : { found: false, reason: `CHROME_PATH is set to ${chosen}, which is not an executable file.` };
  }
  const dirs = (env.PATH ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  const suffixes = platform === 'win32' ? ['.exe', ''] : [''];
  for (const command of BROWSER_COMMANDS) {
    for (const dir of dirs) {
      for (const suffix of suffixes) {
        const path = join(dir, command + suffix);
        if (executable(path)) return { found: true, path };
      }
    }
  }
  for (const path of WELL_KNOWN_PATHS[platform] ?? []) {
    if (executable(path)) return { found: true, path };
  }
  return {
    found: false,
    reason: `No Chromium or Chrome found (looked for CHROME_PATH, then ${BROWSER_COMMANDS.join(', ')} on PATH).`,
  };
}

/** On Linux and the BSDs a window needs an X11 or Wayland display; elsewhere there always is one. */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
