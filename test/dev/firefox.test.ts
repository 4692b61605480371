import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  FIREFOX_ANDROID_MIN_VERSION,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  toFirefoxManifest,
  writeFirefoxBuild,
  type ExtensionManifest,
} from '../../src/dev/firefox';

/** Shaped like the manifest crxjs writes into dist/chrome. */
function chromeManifest(): ExtensionManifest {
  return {
    manifest_version: 3,
    name: 'Mastery',
    version: '0.1.0',
    background: { service_worker: 'service-worker-loader.js', type: 'module' },
    content_scripts: [{ js: ['src/content/index.js'], matches: ['<all_urls>'], all_frames: true, match_about_blank: true }],
    options_page: 'src/ui/options/index.html',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
  };
}

describe('toFirefoxManifest', () => {
  test('runs the same background file as a module background script', () => {
    expect(toFirefoxManifest(chromeManifest()).background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  test('keeps a classic background classic', () => {
    const manifest = { ...chromeManifest(), background: { service_worker: 'sw.js' } };
    expect(toFirefoxManifest(manifest).background).toEqual({ scripts: ['sw.js'] });
  });

  test('keeps background scripts that are already there and drops the service worker', () => {
    const manifest = { ...chromeManifest(), background: { service_worker: 'sw.js', scripts: ['bg.js'] } };
    expect(toFirefoxManifest(manifest).background).toEqual({ scripts: ['bg.js'] });
  });

  test('names the add-on, its minimum Firefox versions, and that it collects no data', () => {
    expect(toFirefoxManifest(chromeManifest()).browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    });
    expect(Number.parseFloat(FIREFOX_MIN_VERSION)).toBeGreaterThanOrEqual(140);
  });

  test('keeps other gecko settings already in the manifest', () => {
    const manifest = { ...chromeManifest(), browser_specific_settings: { gecko: { strict_max_version: '200.*' } } };
    expect(toFirefoxManifest(manifest).browser_specific_settings?.gecko).toMatchObject({ id: GECKO_ID, strict_max_version: '200.*' });
  });

  test('drops Chrome-only keys', () => {
    const manifest = { ...chromeManifest(), minimum_chrome_version: '120', key: 'MIIB...', update_url: 'https://example.com/u.xml' };
    const firefox = toFirefoxManifest(manifest);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('update_url');
  });

  test('drops use_dynamic_url, which Firefox does not know, and keeps the rest of each resource entry', () => {
    const manifest = {
      ...chromeManifest(),
      web_accessible_resources: [{ resources: ['assets/a.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    };
    expect(toFirefoxManifest(manifest).web_accessible_resources).toEqual([{ resources: ['assets/a.js'], matches: ['<all_urls>'] }]);
  });

  test('leaves everything else as Chrome has it', () => {
    const chrome = chromeManifest();
    const firefox = toFirefoxManifest(chrome);
    for (const key of [
      'manifest_version',
      'name',
      'version',
      'content_scripts',
      'options_page',
      'permissions',
      'content_security_policy',
    ]) {
      expect(firefox[key]).toEqual(chrome[key]);
    }
  });

  test('does not change its argument', () => {
    const chrome = { ...chromeManifest(), web_accessible_resources: [{ resources: ['a.js'], use_dynamic_url: true }] };
    const before = structuredClone(chrome);
    toFirefoxManifest(chrome);
    expect(chrome).toEqual(before);
  });

  test('refuses anything but Manifest V3', () => {
    expect(() => toFirefoxManifest({ ...chromeManifest(), manifest_version: 2 })).toThrow(/Manifest V3/);
  });
});

describe('writeFirefoxBuild', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('copies the Chrome build and rewrites only its manifest, replacing an old Firefox build', () => {
    dir = mkdtempSync(join(tmpdir(), 'mastery-firefox-'));
    const chromeDir = join(dir, 'chrome');
    const firefoxDir = join(dir, 'firefox');
    mkdirSync(join(chromeDir, 'assets'), { recursive: true });
    writeFileSync(join(chromeDir, 'manifest.json'), JSON.stringify(chromeManifest()));
    writeFileSync(join(chromeDir, 'assets/bg.js'), 'console.log(1);');
    mkdirSync(firefoxDir);
    writeFileSync(join(firefoxDir, 'stale.js'), 'old');

    const written = writeFirefoxBuild(chromeDir, firefoxDir);

    expect(JSON.parse(readFileSync(join(firefoxDir, 'manifest.json'), 'utf8'))).toEqual(written);
    expect(written.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
    expect(readFileSync(join(firefoxDir, 'assets/bg.js'), 'utf8')).toBe('console.log(1);');
    expect(() => readFileSync(join(firefoxDir, 'stale.js'))).toThrow();
    expect(JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8'))).toEqual(chromeManifest());
  });

  test('says what to do when there is no Chrome build', () => {
    dir = mkdtempSync(join(tmpdir(), 'mastery-firefox-'));
    expect(() => writeFirefoxBuild(join(dir ?? '', 'missing'), join(dir ?? '', 'firefox'))).toThrow(/vite build/);
  });
});
