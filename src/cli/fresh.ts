/**
 * The built command must never run older rules than the sources hold. src/dev/build-cli.ts writes,
 * beside the bundle, the list of source files it was built from; in a source checkout, when any of
 * them is newer than the bundle (or gone), the bundle is rebuilt before it runs: about a second, once
 * after each edit. Installed elsewhere, without that list or without the build tools, it runs as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The list of inputs written beside a bundle. */
export function inputsFileOf(bundle: string): string {
  return bundle.replace(/\.js$/, '.inputs.json');
}

export interface BuildInputs {
  /** The checkout the bundle was built in, relative to the bundle's folder. */
  root: string;
  /** Files the bundle was built from, relative to root. */
  files: string[];
}

/** The inputs newer than the bundle or missing; null when the bundle cannot tell (no list beside it). */
export function staleInputs(bundle: string): string[] | null {
  if (!bundle.endsWith('.js')) return null; // run from the sources, not a build
  const listFile = inputsFileOf(bundle);
  if (!existsSync(listFile)) return null;
  let inputs: BuildInputs;
  try {
    inputs = JSON.parse(readFileSync(listFile, 'utf8')) as BuildInputs;
  } catch {
    return null;
  }
  const builtAt = statSync(bundle).mtimeMs;
  const root = join(dirname(bundle), inputs.root);
  return inputs.files.filter((file) => {
    try {
      return statSync(join(root, file)).mtimeMs > builtAt;
    } catch {
      return true; // deleted or renamed: the module graph changed
    }
  });
}

/** How a child run ended. */
export interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Rebuild `bundle` when its sources changed, then run the fresh one with the same arguments and
 * streams. Returns how that run ended, or null when nothing needed doing (or could be done).
 */
export function runFreshIfStale(bundle: string, argv: readonly string[]): Ended | null {
  const stale = staleInputs(bundle);
  if (!stale || stale.length === 0) return null;
  const inputs = JSON.parse(readFileSync(inputsFileOf(bundle), 'utf8')) as BuildInputs;
  const root = join(dirname(bundle), inputs.root);
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const builder = join(root, 'src/dev/build-cli.ts');
  if (!existsSync(tsx) || !existsSync(builder)) return null;
  process.stderr.write(`detect: ${stale[0]}${stale.length > 1 ? ` and ${stale.length - 1} more` : ''} changed; rebuilding the command\n`);
  const built = spawnSync(process.execPath, [tsx, builder], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    process.stderr.write('detect: the rebuild failed; running the previous build\n');
    return null;
  }
  const run = spawnSync(process.execPath, [bundle, ...argv], { stdio: 'inherit' });
  return { status: run.status, signal: run.signal };
}
