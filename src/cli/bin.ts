/**
 * The `mastery-detect` command and `npm run detect`: a small launcher. src/dev/build-cli.ts bundles it
 * into dist/cli/mastery-detect.js, and beside it the command itself (process-io.ts and all it
 * imports, compromise included) into mastery-detect-run.js, and a startup snapshot of that command
 * with its parser already loaded (snapshot.ts) into mastery-detect.blob.
 *
 * When the snapshot was written by this very Node, the command runs from it in a child process that
 * shares this one's streams: that starts several times faster than loading the parser here. Otherwise
 * (another Node, no snapshot) the launcher loads the command and runs it here.
 */
import { fileURLToPath } from 'node:url';
import { endBy } from './end-by';
import { runFreshIfStale } from './fresh';
import { runFromSnapshot } from './snapshot-launch';

/** The bundled command beside this launcher (a file of its own, so starting from the snapshot never parses it). */
const RUNNER = './mastery-detect-run.js';

interface Runner {
  runHere(argv: readonly string[]): Promise<number>;
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const bundle = fileURLToPath(import.meta.url);
  const ended = runFreshIfStale(bundle, argv) ?? runFromSnapshot(bundle, argv);
  if (ended) {
    if (ended.signal) endBy(ended.signal);
    // 2, the command's usage-or-input error, when the child left no status.
    process.exitCode = ended.status ?? 2;
    return;
  }
  const runner = (await import(new URL(RUNNER, import.meta.url).href)) as Runner;
  process.exitCode = await runner.runHere(argv);
}

await run();
