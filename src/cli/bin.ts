/**
 * The `mastery-detect` command and `npm run detect`: connects the command (detect.ts) to this process.
 * src/dev/build-cli.ts bundles this file and everything it imports into dist/cli/mastery-detect.js,
 * so each call starts plain Node on one JavaScript file instead of transpiling TypeScript.
 *
 * A closed pipe (`mastery-detect notes.txt | head -3`) ends the command quietly, the way cat and grep
 * end: by SIGPIPE, no message, no stack trace (the shell reports status 141).
 */
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type CliIo, EXIT, main } from './detect';
import { runFreshIfStale } from './fresh';

/** End this process by `signal` as if it had not been caught, like the tools around it. */
function endBy(signal: NodeJS.Signals): never {
  // Node ignores SIGPIPE from the start; listening and then not listening restores the default action.
  const ignore = () => undefined;
  process.on(signal, ignore);
  process.off(signal, ignore);
  process.kill(process.pid, signal);
  // Only reached where the signal cannot end us: 128 + its number, which is what a shell would report.
  process.exit(128 + (constants.signals[signal] ?? 0));
}

let closed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  closed = true;
  endBy('SIGPIPE');
});

const io: CliIo = {
  out: (line) => {
    if (!closed) process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    process.stderr.write(`${line}\n`);
  },
  closed: () => closed,
  breathe: () => new Promise((resolve) => setImmediate(resolve)),
  readStdin: async () => {
    if (process.stdin.isTTY) process.stderr.write('detect: reading what you type; end with Ctrl+D, or name a FILE (--help for more)\n');
    // Not readFileSync(0): a pipe another program left non-blocking makes it fail with EAGAIN.
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  readFile: (name) => readFileSync(name),
};

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const fresh = runFreshIfStale(fileURLToPath(import.meta.url), argv);
  if (fresh) {
    if (fresh.signal) endBy(fresh.signal);
    process.exitCode = fresh.status ?? EXIT.error;
    return;
  }
  process.exitCode = await main(argv, io);
}

await run();
