/**
 * How well the detector does on the shared labelled sets beside the project (../shared/corpus/):
 * precision and recall per set and per source, and the false-alarm rate on each slice of neutral rows,
 * at the extension's default ("balanced": default categories, clear and stronger) and with everything on.
 *
 *   npx tsx src/dev/corpus-report.ts                 figures only
 *   npx tsx src/dev/corpus-report.ts --json          the same, as one JSON object
 *   npx tsx src/dev/corpus-report.ts --corpus DIR    read the sets from DIR instead
 *   npx tsx src/dev/corpus-report.ts --errors goemotions   also list the misses and false alarms whose
 *                                                    source starts with that prefix (one source at a time,
 *                                                    so the other can be kept unseen while tuning)
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detect } from '../core/detect';
import { CATEGORIES, DEFAULT_CATEGORIES, type DetectOptions } from '../core/types';

/** The shared sets sit beside the project; `--corpus DIR` points elsewhere (a second checkout, say). */
const dirArg = process.argv.indexOf('--corpus');
export const CORPUS_DIR =
  dirArg >= 0 && process.argv[dirArg + 1]
    ? `${(process.argv[dirArg + 1] as string).replace(/\/?$/, '/')}`
    : fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CorpusRow {
  text: string;
  label: 'self_critical' | 'neutral';
  /** real-dev only: self_critical, hard_negative, healthy_accountability, other_subject, neutral_plain. */
  slice?: string;
  /** real-dev only: goemotions:… or ubuntu-irc:… */
  source?: string;
  category?: string;
}

/**
 * balanced: the extension's default (default categories, clear and stronger); balanced+manager: the same
 * sensitivity with manager mode on (selftalk-dev labels demands on others as self-critical too); all: everything.
 */
export const SETTINGS: Record<string, DetectOptions> = {
  balanced: { categories: DEFAULT_CATEGORIES, minSeverity: 'clear' },
  'balanced+manager': { categories: CATEGORIES, minSeverity: 'clear' },
  all: { categories: CATEGORIES, minSeverity: 'gentle' },
};

export function loadCorpus(name: string): CorpusRow[] | null {
  const path = `${CORPUS_DIR}${name}`;
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRow);
}

export interface Score {
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function score(rows: readonly CorpusRow[], options: DetectOptions): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const predicted = detect(row.text, options).length > 0;
    const actual = row.label === 'self_critical';
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
  }
  const round = (x: number) => Number(x.toFixed(3));
  return { rows: rows.length, tp, fp, fn, precision: round(tp / Math.max(1, tp + fp)), recall: round(tp / Math.max(1, tp + fn)) };
}

/** Share of neutral rows of one slice that raise any finding. */
function alarmRate(rows: readonly CorpusRow[], options: DetectOptions): string {
  const flagged = rows.filter((r) => detect(r.text, options).length > 0).length;
  return `${flagged}/${rows.length}`;
}

const sourceOf = (r: CorpusRow) => (r.source ?? '').split(':')[0] ?? '';

export function report(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const real = loadCorpus('real-dev.jsonl');
  const selftalk = loadCorpus('selftalk-dev.jsonl');
  for (const [setting, options] of Object.entries(SETTINGS)) {
    const entry: Record<string, unknown> = {};
    if (real) {
      entry['real-dev'] = score(real, options);
      for (const source of ['goemotions', 'ubuntu-irc'])
        entry[`real-dev:${source}`] = score(
          real.filter((r) => sourceOf(r) === source),
          options,
        );
      const slices: Record<string, string> = {};
      for (const slice of ['hard_negative', 'healthy_accountability', 'other_subject', 'neutral_plain']) {
        slices[slice] = alarmRate(
          real.filter((r) => r.slice === slice),
          options,
        );
      }
      entry['real-dev false alarms by slice'] = slices;
    }
    if (selftalk) entry['selftalk-dev'] = score(selftalk, options);
    out[setting] = entry;
  }
  return out;
}

function listErrors(prefix: string): void {
  const real = loadCorpus('real-dev.jsonl') ?? [];
  for (const [setting, options] of Object.entries(SETTINGS)) {
    process.stdout.write(`\n── ${setting}: errors in sources starting "${prefix}" ──\n`);
    for (const row of real.filter((r) => (r.source ?? '').startsWith(prefix))) {
      const found = detect(row.text, options);
      const actual = row.label === 'self_critical';
      if (found.length > 0 && !actual) {
        const what = found.map((f) => `${f.ruleId} "${row.text.slice(f.start, f.end)}"`).join('; ');
        process.stdout.write(`FP [${row.slice}] ${row.text}\n     ← ${what}\n`);
      } else if (found.length === 0 && actual) {
        process.stdout.write(`FN ${row.text}\n`);
      }
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (!existsSync(CORPUS_DIR)) {
    process.stderr.write(`no corpus at ${CORPUS_DIR}\n`);
    process.exit(1);
  }
  const figures = report();
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  const at = args.indexOf('--errors');
  if (at >= 0) listErrors(args[at + 1] ?? '');
}
