/**
 * Starting the command from its startup snapshot (snapshot.ts). A snapshot only loads into the Node
 * binary that wrote it, so the build records which one that was beside the blob; any other Node, or
 * a bundle newer than its snapshot, runs the command in-process instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Ended } from './fresh';

/**
 * V8 cannot write a heap holding regular expressions compiled to machine code, and compromise
 * compiles many: both the snapshot and every run from it use V8's regular-expression interpreter
 * (the flag is part of what a snapshot must match). Measured on a megabyte of text it still runs
 * faster than a cold start (npm run bench: cli_*).
 */
export const SNAPSHOT_FLAGS = ['--regexp-interpret-all'] as const;

export function snapshotOf(bundle: string): { blob: string; about: string } {
  const blob = bundle.replace(/\.js$/, '.blob');
  return { blob, about: `${blob}.json` };
}

/** What the build records about the Node that wrote a snapshot. */
export interface SnapshotAbout {
  node: string;
  arch: string;
  platform: string;
  execPath: string;
}

export function thisNode(): SnapshotAbout {
  return { node: process.version, arch: process.arch, platform: process.platform, execPath: process.execPath };
}

/** Can this process start `bundle`'s snapshot? */
export function snapshotUsable(bundle: string): boolean {
  const { blob, about } = snapshotOf(bundle);
  if (!existsSync(blob) || !existsSync(about)) return false;
  try {
    const written = JSON.parse(readFileSync(about, 'utf8')) as Partial<SnapshotAbout>;
    const here = thisNode();
    const sameNode =
      written.node === here.node && written.arch === here.arch && written.platform === here.platform && written.execPath === here.execPath;
    return sameNode && statSync(blob).mtimeMs >= statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
}

/** Run the command from the snapshot in a child process sharing this one's streams; null when there is no usable snapshot. */
export function runFromSnapshot(bundle: string, argv: readonly string[]): Ended | null {
  if (process.env.MASTERY_NO_SNAPSHOT === '1' || !snapshotUsable(bundle)) return null;
  const run = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', snapshotOf(bundle).blob, '--', ...argv], {
    stdio: 'inherit',
  });
  if (run.error) return null;
  return { status: run.status, signal: run.signal };
}
