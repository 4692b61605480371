/**
 * `npm test`: every check, scheduled for a two-core machine.
 *
 * The end-to-end tests spend most of their time waiting on a real Chromium (page loads, typing
 * pauses, the extension's own timers), so they use about a third of one core; the rest is CPU work
 * that waits on nothing. Two lanes therefore run side by side:
 *
 *   browser lane   build dist/ if stale → vitest --project e2e (one Chromium at a time, streamed)
 *   CPU lane       biome ci → tsc → vitest --project unit → vitest --project build (the checks of
 *                  dist/ that need no browser, once the other lane has built it), each printed when done
 *
 * The run ends with one line per step and fails when any step failed; every step runs, so one
 * run shows every problem. Arguments are passed to the vitest runs (`npm test -- card` runs the test
 * files whose path contains "card").
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'node_modules/.bin');

interface Step {
  name: string;
  command: string;
  args: string[];
  /** A step of the other lane that must have passed before this one starts. */
  after?: string;
}

interface Outcome {
  step: Step;
  ok: boolean;
  seconds: number;
}

const colour = process.stdout.isTTY === true;
const env = { ...process.env, ...(colour ? { FORCE_COLOR: '1' } : {}) };
const extra = process.argv.slice(2);
const vitestArgs = (project: string) => ['run', '--project', project, ...(extra.length > 0 ? ['--passWithNoTests', ...extra] : [])];

const browserLane: Step[] = [
  { name: 'build', command: join(BIN, 'tsx'), args: ['src/dev/extension-build.ts'] },
  { name: 'e2e', command: join(BIN, 'vitest'), args: vitestArgs('e2e') },
];
const cpuLane: Step[] = [
  { name: 'lint', command: join(BIN, 'biome'), args: ['ci', '.', ...(colour ? ['--colors=force'] : [])] },
  { name: 'types', command: join(BIN, 'tsc'), args: ['--noEmit', ...(colour ? ['--pretty'] : [])] },
  { name: 'unit', command: join(BIN, 'vitest'), args: vitestArgs('unit') },
  { name: 'dist', command: join(BIN, 'vitest'), args: vitestArgs('build'), after: 'build' },
];

function heading(step: Step, ok: boolean, seconds: number): string {
  return `\n── ${step.name}: ${[step.command.replace(`${BIN}/`, ''), ...step.args].join(' ')} ── ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s\n`;
}

/** Run one step; `live` streams its output whole lines at a time, otherwise it is printed when the step ends. */
function run(step: Step, live: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, step.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let held = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      if (!live) {
        held += chunk.toString();
        return;
      }
      // Whole lines only, so a block from the other lane never lands inside one.
      const text = partial + chunk.toString();
      const end = text.lastIndexOf('\n') + 1;
      process.stdout.write(text.slice(0, end));
      partial = text.slice(end);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const finish = (ok: boolean, note = '') => {
      const seconds = (performance.now() - started) / 1000;
      if (live) process.stdout.write(`${partial}${note}${heading(step, ok, seconds)}`);
      else process.stdout.write(`${heading(step, ok, seconds)}${held}${note}`);
      done({ step, ok, seconds });
    };
    child.on('error', (error) => finish(false, `could not start: ${error.message}\n`));
    child.on('close', (code, signal) => finish(code === 0, signal ? `ended by ${signal}\n` : ''));
  });
}

/** Each step's outcome, settled when it ends, so a step of the other lane can wait for it. */
const finished = new Map<string, { outcome: Promise<Outcome>; settle: (o: Outcome) => void }>();
for (const step of [...browserLane, ...cpuLane]) {
  let settle: (o: Outcome) => void = () => undefined;
  const outcome = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  finished.set(step.name, { outcome, settle });
}

async function lane(steps: Step[], live: boolean): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    const before = step.after === undefined ? undefined : await finished.get(step.after)?.outcome;
    let outcome: Outcome;
    if (before && !before.ok) {
      process.stdout.write(`\n── ${step.name}: not run, since ${before.step.name} failed\n`);
      outcome = { step, ok: false, seconds: 0 };
    } else {
      outcome = await run(step, live);
    }
    finished.get(step.name)?.settle(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}

const startedAt = performance.now();
process.stdout.write(`npm test: ${browserLane.map((s) => s.name).join(' → ')} beside ${cpuLane.map((s) => s.name).join(' → ')}\n`);
const outcomes = (await Promise.all([lane(browserLane, true), lane(cpuLane, false)])).flat();
const total = Math.round((performance.now() - startedAt) / 1000);
const order = [...cpuLane, ...browserLane].map((s) => s.name);
outcomes.sort((a, b) => order.indexOf(a.step.name) - order.indexOf(b.step.name));
const summary = outcomes.map((o) => `${o.ok ? '✓' : '✗'} ${o.step.name} ${o.seconds.toFixed(1)} s`).join(' · ');
const failed = outcomes.filter((o) => !o.ok);
process.stdout.write(
  `\nnpm test: ${summary} — ${Math.floor(total / 60)} min ${total % 60} s, ${failed.length === 0 ? 'all passed' : `${failed.map((o) => o.step.name).join(', ')} FAILED`}\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
