/**
 * Turns the Chrome build into a Firefox build. Both run the same bundled files; only the manifest
 * differs, so the Firefox build is dist/chrome copied to dist/firefox with its manifest rewritten
 * by `toFirefoxManifest`.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The add-on id. Firefox needs one for storage.sync and for signing; it never changes once published. */
export const GECKO_ID = 'mastery@mastery.app';

/**
 * Firefox 140 (an ESR) is the first to read `data_collection_permissions`, which Mozilla's add-on
 * store requires of new extensions. It also has everything else Mastery uses: Manifest V3,
 * module background scripts (112) and storage.session (115).
 */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads `data_collection_permissions` from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * Keys that only Chrome reads. Firefox ignores them with a warning on every load, so they go.
 * (`options_page` stays: Firefox reads it as options_ui.page, opened in a tab, as Chrome does.)
 */
export const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'offline_enabled', 'side_panel'] as const;

export interface Background {
  service_worker?: string;
  scripts?: string[];
  page?: string;
  type?: 'module' | 'classic';
  [key: string]: unknown;
}

export interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  extension_ids?: string[];
  use_dynamic_url?: boolean;
}

export interface GeckoSettings {
  id?: string;
  strict_min_version?: string;
  strict_max_version?: string;
  data_collection_permissions?: { required: string[]; optional?: string[] };
  [key: string]: unknown;
}

export interface ExtensionManifest {
  manifest_version: number;
  name: string;
  version: string;
  background?: Background;
  web_accessible_resources?: WebAccessibleResource[];
  browser_specific_settings?: { gecko?: GeckoSettings; gecko_android?: GeckoSettings; [key: string]: unknown };
  [key: string]: unknown;
}

/** Chrome runs the background as a service worker; Firefox runs the same file as an event page. */
function firefoxBackground(background: Background): Background {
  const { service_worker: worker, ...rest } = background;
  if (worker === undefined || rest.scripts !== undefined || rest.page !== undefined) return rest;
  return { scripts: [worker], ...rest };
}

/**
 * The Firefox manifest for a built Chrome manifest. Pure: the argument is left as it was.
 *
 * - `background.service_worker` becomes `background.scripts` with the same file (and `type`).
 * - `browser_specific_settings.gecko` gets the add-on id, the minimum Firefox version and
 *   `data_collection_permissions: { required: ['none'] }`: Mastery collects nothing.
 * - `use_dynamic_url` is dropped from web-accessible resources: Firefox does not know the key,
 *   and needs no such thing, as its moz-extension:// host is already a random id per install.
 * - Chrome-only keys (`CHROME_ONLY_KEYS`) are dropped.
 */
export function toFirefoxManifest(chrome: ExtensionManifest): ExtensionManifest {
  if (chrome.manifest_version !== 3) {
    throw new Error(`expected a Manifest V3 manifest, got manifest_version ${String(chrome.manifest_version)}`);
  }
  const firefox: ExtensionManifest = { ...chrome };
  for (const key of CHROME_ONLY_KEYS) delete firefox[key];
  if (chrome.background) firefox.background = firefoxBackground(chrome.background);
  if (chrome.web_accessible_resources) {
    firefox.web_accessible_resources = chrome.web_accessible_resources.map(({ use_dynamic_url: _dropped, ...entry }) => entry);
  }
  const settings = chrome.browser_specific_settings ?? {};
  firefox.browser_specific_settings = {
    ...settings,
    gecko: {
      ...settings.gecko,
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { ...settings.gecko_android, strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return firefox;
}

/**
 * Replaces `firefoxDir` with a copy of the built `chromeDir` whose manifest is the Firefox one.
 * Returns the manifest it wrote.
 */
export function writeFirefoxBuild(chromeDir: string, firefoxDir: string): ExtensionManifest {
  const chromeManifestPath = join(chromeDir, 'manifest.json');
  if (!existsSync(chromeManifestPath)) throw new Error(`No Chrome build in ${chromeDir}: run vite build first`);
  const manifest = toFirefoxManifest(JSON.parse(readFileSync(chromeManifestPath, 'utf8')) as ExtensionManifest);
  rmSync(firefoxDir, { recursive: true, force: true });
  cpSync(chromeDir, firefoxDir, { recursive: true });
  writeFileSync(join(firefoxDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
