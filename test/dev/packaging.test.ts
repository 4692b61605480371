import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { packageExtension, packageFileName } from '../../src/dev/packaging';
import { readZip } from '../../src/dev/zip';

describe('packageFileName', () => {
  test('names each zip after the browser and the version', () => {
    expect(packageFileName('chrome', '0.1.0')).toBe('mastery-chrome-0.1.0.zip');
    expect(packageFileName('firefox', '1.2.3.4')).toBe('mastery-firefox-1.2.3.4.zip');
  });

  test('refuses a version no browser accepts', () => {
    expect(() => packageFileName('chrome', '1.0.0-beta')).toThrow(/not an extension version/);
    expect(() => packageFileName('firefox', '../1')).toThrow(/not an extension version/);
  });
});

describe('packageExtension', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mastery-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fakeBuild(browser: string, version: string): string {
    const build = join(dir, browser);
    mkdirSync(join(build, 'assets'), { recursive: true });
    writeFileSync(join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Mastery', version, browser }));
    writeFileSync(join(build, 'assets/app.js'), `console.log(${JSON.stringify(browser)});`.repeat(50));
    return build;
  }

  test('zips each build with manifest.json at the root and every file in it', async () => {
    const outDir = join(dir, 'out');
    const zips = await packageExtension({
      builds: { chrome: fakeBuild('chrome', '2.0.1'), firefox: fakeBuild('firefox', '2.0.1') },
      outDir,
      version: '2.0.1',
    });

    expect(basename(zips.chrome)).toBe('mastery-chrome-2.0.1.zip');
    expect(basename(zips.firefox)).toBe('mastery-firefox-2.0.1.zip');
    for (const browser of ['chrome', 'firefox'] as const) {
      const entries = readZip(readFileSync(zips[browser]));
      const files = [...entries.keys()].filter((name) => !name.endsWith('/')).sort();
      expect(files).toEqual(['assets/app.js', 'manifest.json']);
      expect(JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '')).toMatchObject({ version: '2.0.1', browser });
      expect(entries.get('assets/app.js')?.toString('utf8')).toBe(`console.log(${JSON.stringify(browser)});`.repeat(50));
    }
  });

  test('replaces a zip of the same version', async () => {
    const builds = { chrome: fakeBuild('chrome', '1.0.0'), firefox: fakeBuild('firefox', '1.0.0') };
    const outDir = join(dir, 'out');
    await packageExtension({ builds, outDir, version: '1.0.0' });
    await expect(packageExtension({ builds, outDir, version: '1.0.0' })).resolves.toBeDefined();
  });

  test('refuses a build whose manifest has another version', async () => {
    const builds = { chrome: fakeBuild('chrome', '1.0.0'), firefox: fakeBuild('firefox', '0.9.0') };
    await expect(packageExtension({ builds, outDir: join(dir, 'out'), version: '1.0.0' })).rejects.toThrow(/version 0\.9\.0, not 1\.0\.0/);
  });
});

describe('readZip', () => {
  test('says so when the file is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some words that are long enough'))).toThrow(/not a zip/);
    expect(() => readZip(Buffer.alloc(0))).toThrow(/not a zip/);
  });
});
