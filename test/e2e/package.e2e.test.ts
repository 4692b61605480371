/**
 * `npm run package` on the real builds: each zip is named after the package version and holds
 * exactly its build folder, manifest.json at the root. Zips go to a temporary folder, not dist/.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packageExtension, type Browser } from '../../src/dev/packaging';
import { readZip } from '../../src/dev/zip';
import { DIST_DIR, FIREFOX_DIST_DIR, ROOT } from './helpers';

const builds: Record<Browser, string> = { chrome: DIST_DIR, firefox: FIREFOX_DIST_DIR };
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => relative(dir, join(dir, path)).split('\\').join('/'))
    .sort();
}

describe('npm run package', () => {
  let outDir = '';
  let zips: Record<Browser, string>;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'mastery-package-'));
    zips = await packageExtension({ builds, outDir, version });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  for (const browser of ['chrome', 'firefox'] as const) {
    test(`mastery-${browser}-<version>.zip holds dist/${browser}, manifest.json at the root`, () => {
      expect(basename(zips[browser])).toBe(`mastery-${browser}-${version}.zip`);
      const entries = readZip(readFileSync(zips[browser]));
      const files = [...entries.keys()].filter((name) => !name.endsWith('/')).sort();
      expect(files).toEqual(filesIn(builds[browser]));
      expect(entries.get('manifest.json')?.toString('utf8')).toBe(readFileSync(join(builds[browser], 'manifest.json'), 'utf8'));
      // Store uploads are limited in size; this one should stay small.
      expect(statSync(zips[browser]).size).toBeLessThan(2 * 1024 * 1024);
    });
  }

  test('the Firefox zip carries the Firefox manifest, the Chrome zip the Chrome one', () => {
    const manifest = (browser: Browser) =>
      JSON.parse(readZip(readFileSync(zips[browser])).get('manifest.json')?.toString('utf8') ?? '{}') as {
        background?: { service_worker?: string; scripts?: string[] };
        browser_specific_settings?: unknown;
      };
    expect(manifest('chrome').background?.service_worker).toBeDefined();
    expect(manifest('chrome').browser_specific_settings).toBeUndefined();
    expect(manifest('firefox').background?.scripts).toHaveLength(1);
    expect(manifest('firefox').browser_specific_settings).toBeDefined();
  });
});
