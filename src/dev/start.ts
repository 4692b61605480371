/**
 * `npm start`: after the build, serves the demo compose page on 127.0.0.1 and opens it in
 * Chromium with the freshly built extension loaded, in a throwaway profile. Without a display or
 * a browser it explains how to load the extension by hand instead, and exits 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, hasDisplay } from './browser';
import { serveDirectory } from './static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist/chrome');
const DEMO_DIR = join(ROOT, 'src/dev/demo');

function printManualSteps(reason: string): void {
  console.log(`Mastery is built, but ${reason}

To try it in your own Chrome or Chromium:
  1. Open chrome://extensions
  2. Turn on "Developer mode" (top right)
  3. Click "Load unpacked" and choose:
       ${DIST}

Then write in any text box on the web, or open the demo compose page:
       ${join(DEMO_DIR, 'index.html')}
  (for a file:// page, also switch on "Allow access to file URLs" in the extension's details)`);
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error(`No built extension in ${DIST}. Run: npm run build`);
    return 1;
  }
  if (!hasDisplay(process.env, process.platform)) {
    printManualSteps('there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so it cannot open a browser window.');
    return 0;
  }
  const browser = findBrowser({ env: process.env, platform: process.platform });
  if (!browser.found) {
    printManualSteps(`it cannot open a browser window: ${browser.reason}`);
    return 0;
  }

  const server = await serveDirectory(DEMO_DIR);
  const profile = mkdtempSync(join(tmpdir(), 'mastery-start-'));
  const args = [
    `--load-extension=${DIST}`,
    `--disable-extensions-except=${DIST}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Chromium refuses to start as root with its sandbox on (containers, CI machines).
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(server.url);

  console.log(`Demo page: ${server.url}`);
  console.log(`Opening ${browser.path} with Mastery loaded from ${DIST}`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  console.log('(Google Chrome 137 and later ignore --load-extension; if Mastery is missing, load it by hand from chrome://extensions.)');

  const child = spawn(browser.path, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const exitCode = await new Promise<number>((done) => {
    child.once('error', (error) => {
      console.error(`Could not start ${browser.path}: ${error.message}`);
      printManualSteps('the browser did not start.');
      done(0);
    });
    child.once('exit', () => done(0));
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
