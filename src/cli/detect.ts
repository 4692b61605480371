/**
 * Command-line detector: lint-style output for files or stdin.
 *   npm run --silent detect -- [options] [FILE...]
 */
import { readFileSync } from 'node:fs';
import { detect } from '../core/detect';
import { reframe, type Strategy } from '../core/reframe';
import { CATEGORIES, DEFAULT_CATEGORIES, SEVERITIES, type Category, type DetectOptions, type Finding, type Severity } from '../core/types';
import { lineColumn, parseArgs, UsageError, type CliArgs } from './args';

const USAGE = `Usage: detect [options] [FILE...]
Reads the files (or stdin when none is given) and prints self-critical phrases:
  file:line:col  rule-id  category  "phrase"  message

Options:
  --jsonl               each input line is {"text": "..."}; prints {"flagged", "findings"} per line
  --json                one JSON report for the whole input
  --categories a,b      only these categories (${CATEGORIES.join(', ')})
  --all                 every category, including perfection-demanded ("manager mode")
  --min-severity LEVEL  gentle | clear | strong
  --ignore id,id        switch rules off by id
  --reframe             under each finding, a reckoning, other narratives (rumbles) and a rewrite
  -h, --help            show this help

Exit status: 1 when something is found, 0 when not, 2 on bad usage.`;

interface Source {
  name: string;
  text: string;
}

function readSources(args: CliArgs): Source[] {
  if (args.files.length === 0) return [{ name: '<stdin>', text: readFileSync(0, 'utf8') }];
  return args.files.map((name) => {
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (err) {
      throw new UsageError(`cannot read ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}

interface JsonReframe {
  reckoning: string;
  rumbles: Array<{ strategy: Strategy; text: string }>;
  /** Replaces `sentence` (its start and end) in the input. */
  rewrite: string | null;
}

interface JsonFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  phrase: string;
  message: string;
  sentence: { start: number; end: number };
  reframe?: JsonReframe;
}

function toJson(text: string, f: Finding, withReframe = false): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    phrase: text.slice(f.start, f.end),
    message: f.message,
    sentence: f.sentence,
  };
  if (withReframe) {
    const r = reframe(text, f);
    out.reframe = {
      reckoning: r.reckoning,
      rumbles: r.rumbles.map(({ strategy, text: t }) => ({ strategy, text: t })),
      rewrite: r.rewrite,
    };
  }
  return out;
}

/** The indented lines printed under a finding with --reframe. */
function reframeLines(text: string, f: Finding): string[] {
  const r = reframe(text, f);
  return [
    `    reckoning: ${r.reckoning}`,
    ...r.rumbles.map((m) => `    rumble (${m.strategy}): ${m.text}`),
    `    rewrite: ${r.rewrite === null ? '(none: the rumbles are the way through this one)' : r.rewrite.replace(/\s+/g, ' ')}`,
  ];
}

function runJsonl(sources: Source[], options: DetectOptions, args: CliArgs, write: (s: string) => void): boolean {
  let any = false;
  for (const src of sources) {
    const lines = src.text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      if (line.trim() === '') {
        write(JSON.stringify({ error: 'empty line' }));
        continue;
      }
      let text: unknown;
      try {
        const parsed: unknown = JSON.parse(line);
        text = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).text : undefined;
      } catch (err) {
        write(JSON.stringify({ error: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` }));
        continue;
      }
      if (typeof text !== 'string') {
        write(JSON.stringify({ error: 'expected an object with a string "text" field' }));
        continue;
      }
      const findings = detect(text, options);
      if (findings.length > 0) any = true;
      write(JSON.stringify({ flagged: findings.length > 0, findings: findings.map((f) => toJson(text as string, f, args.reframe)) }));
    }
  }
  return any;
}

function runText(sources: Source[], options: DetectOptions, args: CliArgs, write: (s: string) => void): boolean {
  let any = false;
  const report: Array<{ file: string; findings: Array<JsonFinding & { line: number; column: number }> }> = [];
  for (const src of sources) {
    const findings = detect(src.text, options);
    if (findings.length > 0) any = true;
    if (args.json) {
      report.push({
        file: src.name,
        findings: findings.map((f) => ({ ...toJson(src.text, f, args.reframe), ...lineColumn(src.text, f.start) })),
      });
      continue;
    }
    for (const f of findings) {
      const { line, column } = lineColumn(src.text, f.start);
      const phrase = src.text.slice(f.start, f.end).replace(/\s+/g, ' ');
      write(`${src.name}:${line}:${column}  ${f.ruleId}  ${f.category}  "${phrase}"  ${f.message}`);
      if (args.reframe) for (const l of reframeLines(src.text, f)) write(l);
    }
  }
  if (args.json) {
    const count = report.reduce((n, r) => n + r.findings.length, 0);
    write(JSON.stringify({ flagged: count > 0, count, files: report }, null, 2));
  }
  return any;
}

export function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`detect: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    write(USAGE);
    return 0;
  }
  const options: DetectOptions = {
    categories: args.categories ?? (args.all ? CATEGORIES : DEFAULT_CATEGORIES),
    minSeverity: args.minSeverity ?? SEVERITIES[0],
    ignoreRules: args.ignore,
  };
  let sources: Source[];
  try {
    sources = readSources(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`detect: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const found = args.jsonl ? runJsonl(sources, options, args, write) : runText(sources, options, args, write);
  return found ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
