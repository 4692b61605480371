/**
 * Store-ready zips of the two builds, named after the package version:
 * dist/mastery-chrome-<version>.zip for the Chrome Web Store and dist/mastery-firefox-<version>.zip
 * for addons.mozilla.org. Each holds its build folder's contents, manifest.json at the root.
 * web-ext's `build` does the zipping for both: it is the packager Mozilla documents, and a zip of
 * a folder is all the Chrome Web Store wants too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';

export type Browser = 'chrome' | 'firefox';

export function packageFileName(browser: Browser, version: string): string {
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`"${version}" is not an extension version (1 to 4 dot-separated numbers)`);
  return `mastery-${browser}-${version}.zip`;
}

export interface PackageOptions {
  /** Built extension folders, each with its manifest.json. */
  builds: Record<Browser, string>;
  /** Where the zips go. */
  outDir: string;
  /** The package.json version; each build's manifest must carry it, or the build is stale. */
  version: string;
}

/** Zips each build into `outDir`, replacing older zips of the same version. Returns their paths. */
export async function packageExtension({ builds, outDir, version }: PackageOptions): Promise<Record<Browser, string>> {
  const zip = async (browser: Browser): Promise<string> => {
    const sourceDir = builds[browser];
    const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as { version?: unknown };
    if (manifest.version !== version) {
      throw new Error(`${sourceDir} is version ${String(manifest.version)}, not ${version}: build again before packaging`);
    }
    // web-ext logs each step ("Building web extension from …"); failures are thrown, so drop the chatter.
    consoleStream.startCapturing();
    try {
      const { extensionPath } = await webExt.cmd.build(
        { sourceDir, artifactsDir: outDir, filename: packageFileName(browser, version), overwriteDest: true },
        { showReadyMessage: false },
      );
      return extensionPath;
    } finally {
      consoleStream.stopCapturing();
    }
  };
  return { chrome: await zip('chrome'), firefox: await zip('firefox') };
}
