/**
 * Builds dist/chrome before the e2e tests, but only when it is missing or older than anything it
 * is built from, so a second `npm test` in a row starts the browser straight away. Then, as
 * `npm run build` does, writes dist/firefox from it when that is missing or older, and bundles
 * the real-editor fixture pages unless this lockfile's bundle is cached (editor-pages.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFirefoxBuild } from '../../src/dev/firefox';
import { buildEditorPages } from './editor-pages';
import { DIST_DIR, FIREFOX_DIST_DIR, ROOT } from './helpers';

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
  const built = join(DIST_DIR, 'manifest.json');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(ROOT, input)) > builtAt);
}

function firefoxBuildIsStale(): boolean {
  const built = join(FIREFOX_DIST_DIR, 'manifest.json');
  return !existsSync(built) || statSync(built).mtimeMs < statSync(join(DIST_DIR, 'manifest.json')).mtimeMs;
}

export default async function setup(): Promise<void> {
  buildChrome();
  if (firefoxBuildIsStale()) writeFirefoxBuild(DIST_DIR, FIREFOX_DIST_DIR);
  // The real-editor pages: bundled once per lockfile and fixture sources, then reused.
  await buildEditorPages();
}

function buildChrome(): void {
  if (!buildIsStale()) return;
  // Build in a child process without Vitest's environment: vite.config.ts leaves the extension
  // plugins out when it sees VITEST, and NODE_ENV=test would give a development bundle.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value;
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}
