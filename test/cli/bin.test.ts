/**
 * The built command, run as a user runs it: `npm run detect`, `npx mastery-detect` and an installed
 * `mastery-detect` all start dist/cli/mastery-detect.js in plain Node. (Its startup time is a
 * benchmark figure, cli_startup_ms in npm run bench, not a test.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputsFileOf, staleInputs } from '../../src/cli/fresh';
import { snapshotOf, snapshotUsable, thisNode } from '../../src/cli/snapshot-launch';
import { buildCli, CLI_BUNDLE, cliIsStale } from '../../src/dev/build-cli';

const ROOT = join(import.meta.dirname, '../..');

beforeAll(async () => {
  if (cliIsStale()) await buildCli();
}, 60_000);

describe('the mastery-detect command', () => {
  it('is the package’s bin and what npm run detect runs: one executable file with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(join(ROOT, pkg.bin['mastery-detect'] ?? '')).toBe(CLI_BUNDLE);
    expect(pkg.scripts.detect).toBe(`node ${pkg.bin['mastery-detect']}`);
    // A fresh clone builds it on npm ci, only when missing or stale.
    expect(pkg.scripts.prepare).toBe('tsx src/dev/build-cli.ts --if-stale');
    expect(readFileSync(CLI_BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    accessSync(CLI_BUNDLE, constants.X_OK);
  });

  it('reads stdin and exits 1 on a finding', () => {
    const r = spawnSync(CLI_BUNDLE, [], { input: 'I screwed this up. I suck.\n', encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^<stdin>:1:1 {2}self-blame\.screwed-up {2}self-blame {2}"I screwed this up"/);
  });

  it('ends quietly by SIGPIPE when the reader goes away, as cat and grep do: no stack trace', async () => {
    const child = spawn(process.execPath, [CLI_BUNDLE, '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    // Like `| head -1`: take the first chunk of output, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => undefined); // it may stop reading early: that is the point
    child.stdin.end(`${JSON.stringify({ text: 'I suck. I am such an idiot.' })}\n`.repeat(20_000));
    const { code, signal } = await ended;
    expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGPIPE', stderr: '' });
  }, 60_000);
});

describe('the startup snapshot', () => {
  /** The command's answer: with the snapshot, or loaded the plain way (MASTERY_NO_SNAPSHOT=1). */
  const run = (args: string[], input: string, snapshot: boolean) =>
    new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
      const env = snapshot ? process.env : { ...process.env, MASTERY_NO_SNAPSHOT: '1' };
      const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
      });
      child.on('error', reject);
      child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
      child.stdin.end(input);
    });

  it('is written beside the command by the Node that runs it', () => {
    expect(snapshotUsable(CLI_BUNDLE)).toBe(true);
  });

  it('answers exactly as the command loaded in-process does, arguments, streams and exit status alike', async () => {
    const text = "I screwed this up. I suck.\nLunch is at noon.\nIf this isn't flawless I'll never forgive myself.\n";
    const jsonl = `${JSON.stringify({ id: 7, text: 'I am such an idiot' })}\nnot json\n`;
    const cases: Array<[string[], string]> = [
      // One of each exit status (1 found, 2 input error, 2 usage, 0 nothing), on stdout and stderr.
      [['--json', '--reframe'], text],
      [['--jsonl'], jsonl],
      [['--no-such-option'], ''],
      [[], 'See you at 3.\n'],
    ];
    // Both ways side by side: each case is two processes that mostly wait on their own startup.
    for (const [args, input] of cases) {
      const [snapshot, plain] = await Promise.all([run(args, input, true), run(args, input, false)]);
      expect(snapshot, args.join(' ')).toEqual(plain);
    }
    // Eight Node startups: only a guard against a hang, generous for two busy cores.
  }, 120_000);

  it('is not used by another Node, or when it is older than the command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mastery-cli-snapshot-'));
    try {
      const bundle = join(dir, 'mastery-detect.js');
      copyFileSync(CLI_BUNDLE, bundle);
      const { blob, about } = snapshotOf(bundle);
      copyFileSync(snapshotOf(CLI_BUNDLE).blob, blob);
      writeFileSync(about, JSON.stringify({ ...thisNode(), node: 'v0.0.0' }));
      expect(snapshotUsable(bundle)).toBe(false);
      writeFileSync(about, JSON.stringify(thisNode()));
      expect(snapshotUsable(bundle)).toBe(true);
      const past = new Date(Date.now() - 60_000);
      utimesSync(blob, past, past);
      expect(snapshotUsable(bundle)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a build that is older than its sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mastery-cli-fresh-'));
  const bundle = join(dir, 'dist/cli/mastery-detect.js');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('knows which of the files it was built from changed since, or went', () => {
    mkdirSync(join(dir, 'dist/cli'), { recursive: true });
    mkdirSync(join(dir, 'src/core'), { recursive: true });
    for (const f of ['src/core/a.ts', 'src/core/b.ts', 'package-lock.json']) writeFileSync(join(dir, f), '');
    writeFileSync(bundle, '');
    const past = new Date(Date.now() - 60_000);
    for (const f of ['src/core/a.ts', 'src/core/b.ts', 'package-lock.json']) utimesSync(join(dir, f), past, past);
    writeFileSync(inputsFileOf(bundle), JSON.stringify({ root: '../..', files: ['package-lock.json', 'src/core/a.ts', 'src/core/b.ts'] }));
    expect(staleInputs(bundle)).toEqual([]);
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/core/b.ts'), future, future);
    rmSync(join(dir, 'package-lock.json'));
    expect(staleInputs(bundle)).toEqual(['package-lock.json', 'src/core/b.ts']);
  });

  it('cannot tell without the list of its inputs, and is not a build when run from the sources', () => {
    rmSync(inputsFileOf(bundle));
    expect(staleInputs(bundle)).toBeNull();
    expect(staleInputs(join(ROOT, 'src/cli/bin.ts'))).toBeNull();
  });
});
