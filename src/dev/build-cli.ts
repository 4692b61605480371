/**
 * Bundles the command line (src/cli/bin.ts and all it imports, compromise included) into one file,
 * dist/cli/mastery-detect.js, the `mastery-detect` command and what `npm run detect` runs: plain Node
 * starts it in a fraction of the time tsx takes to transpile the sources on every call.
 *
 *   tsx src/dev/build-cli.ts              build
 *   tsx src/dev/build-cli.ts --if-stale   build only when a source file is newer than the bundle
 *
 * `npm ci` and `npm install` run it (the prepare script), so a fresh clone has the command at once.
 * Beside the bundle goes the list of source files it was built from: the command rebuilds itself
 * when one of them changes (src/cli/fresh.ts), and so does the unit-test setup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { type BuildInputs, inputsFileOf, staleInputs } from '../cli/fresh';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = join(ROOT, 'dist/cli/mastery-detect.js');
const ENTRY = join(ROOT, 'src/cli/bin.ts');

/** True when there is no bundle, or a file it was built from changed since. */
export function cliIsStale(bundle: string = CLI_BUNDLE): boolean {
  const stale = staleInputs(bundle);
  return stale === null || stale.length > 0;
}

export async function buildCli(bundle: string = CLI_BUNDLE): Promise<void> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [],
    build: {
      write: false,
      ssr: ENTRY,
      target: 'node20',
      minify: true,
      rollupOptions: { output: { format: 'es', codeSplitting: false } },
    },
    // One self-contained file: compromise is bundled, Node's own modules are not.
    ssr: { target: 'node', noExternal: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const entry = chunks[0];
  if (!entry || chunks.length !== 1) throw new Error(`the command must build to one self-contained file (got ${chunks.length})`);
  // The package's own files, and the lockfile for the versions of everything bundled from node_modules.
  const files = entry.moduleIds
    .filter((id) => id.startsWith(`${ROOT}/`) && !id.includes('/node_modules/'))
    .map((id) => relative(ROOT, id))
    .concat('package-lock.json')
    .sort();
  mkdirSync(dirname(bundle), { recursive: true });
  const inputs: BuildInputs = { root: relative(dirname(bundle), ROOT) || '.', files };
  // The list first: a bundle newer than its list is never taken for stale by mistake.
  writeFileSync(inputsFileOf(bundle), `${JSON.stringify(inputs, null, 2)}\n`);
  writeFileSync(bundle, `#!/usr/bin/env node\n${entry.code}`, { mode: 0o755 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--if-stale') && !cliIsStale()) process.exit(0);
  await buildCli();
  process.stdout.write(`${relative(process.cwd(), CLI_BUNDLE)} written\n`);
}
