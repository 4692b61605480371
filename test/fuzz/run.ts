/**
 * Long fuzzing runs of the detector and the reframer, beyond the few thousand inputs `npm test` checks.
 *   npm run fuzz                               20,000 inputs from a random first seed
 *   npm run fuzz -- --count 200000 --seed 42   inputs for seeds 42, 43, … 200,041
 *   npm run fuzz -- --seed 1234 --count 1      replays one input (each failure prints its seed)
 * Exit status: 0 when every input passed, 1 on a failure, 2 on bad usage.
 */
import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDetector } from '../../src/core/detect';
import { describeFailure, fuzzOne, type FuzzFailure } from '../support/fuzz';

const USAGE = 'Usage: npm run fuzz -- [--count N] [--seed S]   (N ≥ 1; S a whole number from 0 to 4294967295)';
const MAX_FAILURES = 10;

function parse(argv: readonly string[]): { count: number; seed: number } {
  let count = 20_000;
  let seed: number = randomInt(0, 2 ** 32 - 1);
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (flag === '--count' && Number.isSafeInteger(n) && n >= 1) count = n;
    else if (flag === '--seed' && Number.isSafeInteger(n) && n < 2 ** 32) seed = n;
    else throw new Error(`${flag}${value === undefined ? '' : ` ${value}`}: not understood`);
  }
  return { count, seed };
}

function main(): number {
  let args: { count: number; seed: number };
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { count, seed } = args;
  process.stdout.write(`fuzz: ${count} inputs from seed ${seed} (replay this run: npm run fuzz -- --seed ${seed} --count ${count})\n`);
  const detector = createDetector();
  const failures: FuzzFailure[] = [];
  let flagged = 0;
  let rewrites = 0;
  let done = 0;
  const started = performance.now();
  let lastReport = started;
  for (; done < count && failures.length < MAX_FAILURES; done++) {
    const one = fuzzOne(detector, (seed + done) >>> 0);
    if (one.flagged) flagged++;
    rewrites += one.rewrites;
    if (one.failure) {
      failures.push(one.failure);
      process.stdout.write(`FAIL ${describeFailure(one.failure)}\n`);
    }
    const now = performance.now();
    if (now - lastReport > 10_000) {
      lastReport = now;
      process.stderr.write(`fuzz: ${done + 1} of ${count} (${Math.round((done + 1) / ((now - started) / 1000))} inputs/s)\n`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `fuzz: ${done} inputs in ${seconds} s, ${flagged} flagged, ${rewrites} rewrites checked, ${failures.length} failure${failures.length === 1 ? '' : 's'}` +
      `${failures.length >= MAX_FAILURES ? ` (stopped after ${MAX_FAILURES})` : ''}\n`,
  );
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
