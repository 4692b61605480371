/**
 * Runs the command in this process with in-memory streams: fast enough to try every option and
 * input shape. bin.test.ts runs the built command as a user would, for what only a process shows.
 */
import { type CliIo, main } from '../../src/cli/detect';

export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  stdin: string | Uint8Array = '',
  files: Record<string, string | Uint8Array> = {},
): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    closed: () => false,
    breathe: async () => undefined,
    readStdin: async () => bytes(stdin),
    readFile: (name) => {
      const content = files[name];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${name}'`);
      return bytes(content);
    },
  };
  const status = await main(argv, io);
  return { status, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
}
