/**
 * The real-editor fixture pages (test/e2e/fixtures/editors) bundled from the editors' npm packages.
 *
 * Built once by the e2e global setup into node_modules/.cache, in a folder named after a hash of
 * the lockfile, the fixture sources and this file: a second run with the same dependencies and pages reuses
 * it, and nothing bundled is ever committed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { FIXTURES_DIR, ROOT } from './helpers';

export const EDITOR_SOURCES = join(FIXTURES_DIR, 'editors');
const CACHE = join(ROOT, 'node_modules/.cache/mastery-editor-pages');

function sourcesHash(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  // This file holds the build's settings.
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const name of readdirSync(EDITOR_SOURCES).sort()) {
    hash.update(name);
    hash.update(readFileSync(join(EDITOR_SOURCES, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where the built pages are (or will be) for the current lockfile and sources. */
export function editorPagesDir(): string {
  return join(CACHE, sourcesHash());
}

/** Builds the pages unless this exact build is cached; drops older builds. */
export async function buildEditorPages(): Promise<string> {
  const dir = editorPagesDir();
  if (existsSync(join(dir, 'index.html'))) return dir;
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  await build({
    configFile: false,
    root: EDITOR_SOURCES,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    // Draft.js (through fbjs) still reads Node's `global`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
    build: {
      outDir: partial,
      emptyOutDir: true,
      target: 'chrome120',
      // Minified as sites ship them; it also halves what each page parses.
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      modulePreload: { polyfill: false },
    },
  });
  for (const old of readdirSync(CACHE)) if (join(CACHE, old) !== partial) rmSync(join(CACHE, old), { recursive: true, force: true });
  renameSync(partial, dir);
  return dir;
}
