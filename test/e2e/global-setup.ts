/**
 * Before the browser tests and the checks of the build: dist/chrome and dist/firefox, built only
 * when missing or older than their sources (src/dev/extension-build.ts). npm test builds them
 * itself before either project starts; this is for vitest run directly.
 */
import { ensureExtensionBuilt } from '../../src/dev/extension-build';

export default function setup(): void {
  ensureExtensionBuilt();
}
