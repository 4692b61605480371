/**
 * Before the browser tests and the checks of the build: dist/chrome and dist/firefox, built only
 * when missing or older than their sources (src/dev/extension-build.ts), and the real-editor
 * fixture pages, bundled unless this lockfile's bundle is cached (editor-pages.ts). npm test builds
 * the extension itself before either project starts; this is for vitest run directly.
 */
import { ensureExtensionBuilt } from '../../src/dev/extension-build';
import { buildEditorPages } from './editor-pages';

export default async function setup(): Promise<void> {
  ensureExtensionBuilt();
  await buildEditorPages();
}
