/**
 * The command (detect.ts) connected to this process: its arguments, standard streams and files.
 *
 * A closed pipe (`mastery-detect notes.txt | head -3`) ends the command quietly, the way cat and grep
 * end: by SIGPIPE, no message, no stack trace (the shell reports status 141).
 */
import { readFileSync } from 'node:fs';
import { type CliIo, main } from './detect';
import { endBy } from './end-by';

/** Run the command on `argv` in this process; resolves with its exit status. */
export function runHere(argv: readonly string[]): Promise<number> {
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
  return main(argv, io);
}
