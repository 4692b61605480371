/**
 * Second half of `npm run build`: after vite has written dist/chrome, writes dist/firefox,
 * the same files with the manifest Firefox wants.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFirefoxBuild } from './firefox';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_DIST = join(ROOT, 'dist/chrome');
const FIREFOX_DIST = join(ROOT, 'dist/firefox');

try {
  const manifest = writeFirefoxBuild(CHROME_DIST, FIREFOX_DIST);
  console.log(
    `${relative(process.cwd(), FIREFOX_DIST) || '.'}/ written (Firefox ${manifest.browser_specific_settings?.gecko?.strict_min_version ?? '?'}+)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
