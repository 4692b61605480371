/**
 * Builds the command line into dist/cli/: mastery-detect.js, the `mastery-detect` command and what
 * `npm run detect` runs (a small launcher, src/cli/bin.ts); mastery-detect-run.js, the command itself
 * with compromise bundled; and mastery-detect.blob, a V8 startup snapshot of the command with its
 * parser loaded (src/cli/snapshot.ts), which starts several times faster than loading the parser.
 * Plain Node runs them all; nothing is transpiled on a call.
 *
 *   tsx src/dev/build-cli.ts              build
 *   tsx src/dev/build-cli.ts --if-stale   build only when a source file is newer than the bundle
 *
 * `npm ci` and `npm install` run it (the prepare script), so a fresh clone has the command at once.
 * Beside the bundle goes the list of source files it was built from: the command rebuilds itself
 * when one of them changes (src/cli/fresh.ts), and so does the unit-test setup.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { type BuildInputs, inputsFileOf, staleInputs } from '../cli/fresh';
import { SNAPSHOT_FLAGS, snapshotOf, thisNode } from '../cli/snapshot-launch';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = join(ROOT, 'dist/cli/mastery-detect.js');
const ENTRY = join(ROOT, 'src/cli/bin.ts');
const SNAPSHOT_ENTRY = join(ROOT, 'src/cli/snapshot.ts');
const RUNNER_ENTRY = join(ROOT, 'src/cli/process-io.ts');

/** The command itself, which the launcher loads when it cannot start the snapshot (see src/cli/bin.ts). */
export const runnerOf = (bundle: string): string => bundle.replace(/\.js$/, '-run.js');

/** True when there is no bundle, or a file it was built from changed since. */
export function cliIsStale(bundle: string = CLI_BUNDLE): boolean {
  const stale = staleInputs(bundle);
  return stale === null || stale.length > 0;
}

/** One self-contained file from `input`: compromise is bundled, Node's own modules are not. */
async function bundleOne(input: string, format: 'es' | 'cjs'): Promise<Rolldown.OutputChunk> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [],
    build: {
      write: false,
      ssr: input,
      target: 'node20',
      minify: true,
      rollupOptions: { output: { format, codeSplitting: false } },
    },
    ssr: { target: 'node', noExternal: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const entry = chunks[0];
  if (!entry || chunks.length !== 1) throw new Error(`the command must build to one self-contained file (got ${chunks.length})`);
  return entry;
}

/**
 * The startup snapshot beside the bundle (src/cli/snapshot.ts): written by this Node, for this Node.
 * A Node that cannot write one leaves the command without it, which only makes it slower to start.
 */
function buildSnapshot(bundle: string, code: string): void {
  const { blob, about } = snapshotOf(bundle);
  rmSync(blob, { force: true });
  rmSync(about, { force: true });
  const entry = bundle.replace(/\.js$/, '.snapshot.cjs');
  writeFileSync(entry, code);
  const made = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, '--build-snapshot', entry], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  rmSync(entry, { force: true });
  if (made.status !== 0 || !existsSync(blob)) {
    rmSync(blob, { force: true });
    process.stderr.write(
      `build-cli: no startup snapshot (the command still works, it starts slower): ${made.stderr.toString().trim().split('\n')[0] ?? ''}\n`,
    );
    return;
  }
  writeFileSync(about, `${JSON.stringify(thisNode(), null, 2)}\n`);
}

export async function buildCli(bundle: string = CLI_BUNDLE): Promise<void> {
  const [entry, runner, snapshot] = await Promise.all([
    bundleOne(ENTRY, 'es'),
    bundleOne(RUNNER_ENTRY, 'es'),
    bundleOne(SNAPSHOT_ENTRY, 'cjs'),
  ]);
  // The package's own files, and the lockfile for the versions of everything bundled from node_modules.
  const files = [...new Set([...entry.moduleIds, ...runner.moduleIds, ...snapshot.moduleIds])]
    .filter((id) => id.startsWith(`${ROOT}/`) && !id.includes('/node_modules/'))
    .map((id) => relative(ROOT, id))
    .concat('package-lock.json')
    .sort();
  mkdirSync(dirname(bundle), { recursive: true });
  const inputs: BuildInputs = { root: relative(dirname(bundle), ROOT) || '.', files };
  // The list first: a bundle newer than its list is never taken for stale by mistake.
  writeFileSync(inputsFileOf(bundle), `${JSON.stringify(inputs, null, 2)}\n`);
  writeFileSync(runnerOf(bundle), runner.code);
  writeFileSync(bundle, `#!/usr/bin/env node\n${entry.code}`, { mode: 0o755 });
  buildSnapshot(bundle, snapshot.code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--if-stale') && !cliIsStale()) process.exit(0);
  await buildCli();
  process.stdout.write(`${relative(process.cwd(), CLI_BUNDLE)} written\n`);
}
