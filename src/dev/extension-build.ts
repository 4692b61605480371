/**
 * The built extension that the browser tests, the checks of the build and the browser benchmark
 * load: dist/chrome, built only when it is missing or older than anything it is built from (so a
 * second run starts straight away), and dist/firefox written from it when that is missing or older.
 *
 *   tsx src/dev/extension-build.ts    build what is stale, nothing else
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFirefoxBuild } from './firefox';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_BUILD = join(ROOT, 'dist/chrome');
export const FIREFOX_BUILD = join(ROOT, 'dist/firefox');

const INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIsStale(): boolean {
  const built = join(CHROME_BUILD, 'manifest.json');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(ROOT, input)) > builtAt);
}

function firefoxBuildIsStale(): boolean {
  const built = join(FIREFOX_BUILD, 'manifest.json');
  return !existsSync(built) || statSync(built).mtimeMs < statSync(join(CHROME_BUILD, 'manifest.json')).mtimeMs;
}

/** Build what is stale. The build's own output goes to stderr, so a caller's stdout (say, --json) stays clean. */
export function ensureExtensionBuilt(): void {
  if (buildIsStale()) {
    // A child process without a test runner's environment: vite.config.ts leaves the extension
    // plugins out when it sees VITEST, and NODE_ENV=test would give a development bundle.
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 2, 2],
    });
    if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  }
  if (firefoxBuildIsStale()) writeFirefoxBuild(CHROME_BUILD, FIREFOX_BUILD);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureExtensionBuilt();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
