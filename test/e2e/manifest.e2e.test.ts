/**
 * Checks the manifest that the build writes: what Chrome will actually enforce.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, ROOT } from './helpers';

interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { js?: string[]; matches?: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
  web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
  icons?: Record<string, string>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const built = readJson<BuiltManifest>(join(DIST_DIR, 'manifest.json'));

describe('dist/chrome/manifest.json', () => {
  test('is Manifest V3 with the version from package.json', () => {
    expect(built.manifest_version).toBe(3);
    expect(built.name).toBe('Mastery');
    expect(built.version).toBe(readJson<{ version: string }>(join(ROOT, 'package.json')).version);
  });

  test('asks only for the permissions the README justifies', () => {
    expect(built.permissions).toEqual(['storage', 'contextMenus', 'activeTab']);
    expect(built.host_permissions).toBeUndefined();
  });

  test('keeps the strict extension-page CSP', () => {
    expect(built.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'self'");
  });

  test('runs one content script in every frame', () => {
    expect(built.content_scripts).toHaveLength(1);
    expect(built.content_scripts?.[0]).toMatchObject({ matches: ['<all_urls>'], all_frames: true, match_about_blank: true });
  });

  test('exposes web-accessible resources only through dynamic URLs', () => {
    for (const entry of built.web_accessible_resources ?? []) expect(entry.use_dynamic_url).toBe(true);
  });

  test('ships every icon it names', () => {
    for (const size of ['16', '32', '48', '128']) {
      const icon = built.icons?.[size];
      expect(icon).toBeDefined();
      expect(
        readFileSync(join(DIST_DIR, icon ?? ''))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });
});
