import { crx, defineManifest } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import manifestJson from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/** package.json is the one place the version is kept. */
const manifest = defineManifest({ ...manifestJson, version: pkg.version });

/**
 * The content script is bundled as one self-contained classic script rather than crxjs's default
 * loader + ES-module chunks. The chunks would have to be web-accessible, and Chrome resolves a
 * dynamic-URL module's relative imports against the extension's fixed id, which it then refuses,
 * so the loader cannot work with use_dynamic_url. One file needs no web-accessible resources at
 * all, so pages have nothing to probe.
 */
const CONTENT_SCRIPT = 'src/content/index.ts';
/** Must equal WELCOME_PATH in src/shared/pages.ts (test/dev/vite-config.test.ts checks). */
export const WELCOME_PAGE = 'src/ui/welcome/index.html';

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  extension_ids?: string[];
  use_dynamic_url?: boolean;
}

/**
 * Marks every web-accessible resource as reachable only through the per-session dynamic URL.
 * crxjs lists the content script's chunks there so the content script can import them; with
 * use_dynamic_url a page cannot probe the extension's fixed id to learn that Mastery is installed.
 */
export function requireDynamicUrls<T extends { web_accessible_resources?: WebAccessibleResource[]; [key: string]: unknown }>(
  manifest: T,
): T {
  const resources = manifest.web_accessible_resources;
  if (!resources) return manifest;
  return { ...manifest, web_accessible_resources: resources.map((r) => ({ ...r, use_dynamic_url: true })) };
}

function dynamicUrlResources(): Plugin {
  return {
    name: 'mastery:dynamic-url-resources',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // crxjs writes manifest.json during generateBundle; run after it.
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['manifest.json'];
        if (asset?.type !== 'asset') {
          this.error('manifest.json is missing from the bundle; cannot set use_dynamic_url');
        }
        const source = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        const updated = requireDynamicUrls(JSON.parse(source) as { web_accessible_resources?: WebAccessibleResource[] });
        asset.source = `${JSON.stringify(updated, null, 2)}\n`;
      },
    },
  };
}

/**
 * The content script's page side (fields, text mapping, painting, the card; the detector itself runs
 * in the background) as ONE self-contained ES module with no imports of its own, loaded by the
 * content script with `import(runtime.getURL(...))` on the first focus of a field. Having no relative
 * imports is what makes it work under use_dynamic_url (see CONTENT_SCRIPT above), and an extension
 * module is not subject to the page's CSP.
 */
const CONTENT_ENGINE = 'src/content/engine/index.ts';
/** Must equal ENGINE_FILE in src/content/engine-file.ts (test/content/engine-file.test.ts checks). */
export const ENGINE_FILE = 'content-engine.js';

function contentEngine(): Plugin {
  let root = process.cwd();
  return {
    name: 'mastery:content-engine',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const result = await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [],
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            write: false,
            emptyOutDir: false,
            target: 'chrome120',
            minify: true,
            lib: { entry: resolve(root, CONTENT_ENGINE), formats: ['es'], fileName: () => ENGINE_FILE },
            // Lib mode keeps the white space of ES output (for other bundlers' tree-shaking): this file is final, so minify it all.
            rollupOptions: { output: { codeSplitting: false, minify: true } },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunks = outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        if (!entry || chunks.length !== 1) this.error(`the content engine must build to one self-contained chunk (got ${chunks.length})`);
        this.emitFile({ type: 'asset', fileName: ENGINE_FILE, source: entry.code });

        const asset = bundle['manifest.json'];
        if (asset?.type !== 'asset') this.error('manifest.json is missing from the bundle; cannot list the content engine');
        const source = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        const manifest = JSON.parse(source) as { web_accessible_resources?: WebAccessibleResource[] };
        const listed = [
          ...(manifest.web_accessible_resources ?? []),
          { resources: [ENGINE_FILE], matches: ['<all_urls>'], use_dynamic_url: true },
        ];
        asset.source = `${JSON.stringify({ ...manifest, web_accessible_resources: listed }, null, 2)}\n`;
      },
    },
  };
}

/** Tests of dist/ that launch no browser: npm test runs them beside the browser tests, not after them. */
const BUILD_CHECKS = ['test/e2e/manifest.e2e.test.ts', 'test/e2e/package.e2e.test.ts', 'test/e2e/firefox-lint.e2e.test.ts'];

// Vitest loads this file too; the extension bundler has no business in unit tests.
const buildingExtension = !process.env.VITEST;

export default defineConfig({
  plugins: [
    preact(),
    ...(buildingExtension
      ? [crx({ manifest, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }), contentEngine(), dynamicUrlResources()]
      : []),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome120',
    // Pages the manifest does not name (crxjs builds those it does): the welcome page, opened on install.
    rollupOptions: { input: { welcome: WELCOME_PAGE } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Only a guard against a test that hangs: on two busy cores a parser-heavy test (every
          // catalogue example, reframed with several seeds) can take several times its usual second
          // or two. A timeout is no speed check: speed is proven in npm run bench.
          testTimeout: 30_000,
          // Files share their worker's module cache, so the parser is loaded and its lexicon unpacked
          // once, not once a file (it halved the project's CPU time). A file that needs a module
          // mocked resets the cache first (test/core/reframe.test.ts).
          isolate: false,
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        // Checks of the built extension that need no browser: its manifest, its zips, Mozilla's linter.
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: BUILD_CHECKS,
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          exclude: BUILD_CHECKS,
          // Builds dist/chrome once, only when it is missing or older than its sources.
          globalSetup: ['test/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores. npm test runs this project beside
          // the CPU-bound checks (src/dev/run-tests.ts), since a browser test mostly waits.
          fileParallelism: false,
          // One worker runs every file in turn, importing playwright-core and the helpers once
          // rather than once a file. Each file still launches its own browser with a fresh profile.
          isolate: false,
          // Within a file, at most three concurrent tests (pages of that one browser): editors.e2e.test.ts.
          maxConcurrency: 3,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
