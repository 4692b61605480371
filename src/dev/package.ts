/**
 * `npm run package` (after `npm run build`): writes dist/mastery-chrome-<version>.zip and
 * dist/mastery-firefox-<version>.zip, ready to upload to the two stores.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageExtension } from './packaging';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');

try {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zips = await packageExtension({ builds: { chrome: join(DIST, 'chrome'), firefox: join(DIST, 'firefox') }, outDir: DIST, version });
  for (const path of Object.values(zips)) {
    console.log(`${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(1)} KiB`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
