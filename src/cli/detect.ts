/**
 * Command-line detector: lint-style output for files or stdin.
 *   npm run --silent detect -- [options] [FILE...]      (or the mastery-detect command)
 * This is the command itself; bin.ts connects it to the process (arguments, streams, exit status).
 */
import { CATEGORIES, DEFAULT_CATEGORIES, SEVERITIES, type DetectOptions } from '../core/types';
import { lineColumn, parseArgs, UsageError, type CliArgs } from './args';
import { decodeText } from './input';
import { ruleLines, summarise } from './list-rules';
import { findingsIn, loadParser } from './parser';
import { type JsonFinding, reframeLines, toJson } from './report';

const USAGE = `Usage: detect [options] [FILE...]
Reads the files (or stdin when none is given, or for -) and prints self-critical phrases:
  file:line:col  rule-id  category  "phrase"  message

Options:
  --jsonl               each input line is {"text": "...", "id": ...}; prints {"id", "flagged", "findings"}
                        per line, or {"line", "error"} for a line that is not such an object
  --json                one JSON report for the whole input
  --categories a,b      only these categories (${CATEGORIES.join(', ')})
  --all                 every category, including perfection-demanded ("manager mode")
  --min-severity LEVEL  gentle | clear | strong
  --ignore id,id        switch rules off by id
  --reframe             under each finding, a reckoning, other narratives (rumbles) and a rewrite
  --list-rules          print every rule: id, category, severity, message (with --json, as JSON)
  -h, --help            show this help

Exit status: 0 nothing found, 1 something found, 2 bad usage or unreadable input
(a file that cannot be read, binary or not UTF-8, or a malformed --jsonl line).`;

/** Exit statuses, as grep and linters use them. */
export const EXIT = { clean: 0, found: 1, error: 2 } as const;

/** Where the command reads and writes; the real one is in bin.ts, tests pass their own. */
export interface CliIo {
  /** Write one line of output (the newline is added). */
  out(line: string): void;
  /** Write one line to standard error. */
  err(line: string): void;
  /** True once the reader of the output has gone (`| head`): there is no point going on. */
  closed(): boolean;
  /** Let pending events run, so a closed pipe is noticed during a long input. */
  breathe(): Promise<void>;
  readStdin(): Promise<Uint8Array>;
  readFile(name: string): Uint8Array;
}

interface Source {
  name: string;
  text: string;
}

/** The readable sources, and a line for each one that could not be read as text. */
async function readSources(args: CliArgs, io: CliIo): Promise<{ sources: Source[]; problems: string[] }> {
  const sources: Source[] = [];
  const problems: string[] = [];
  const names = args.files.length === 0 ? ['-'] : args.files;
  for (const name of names) {
    const label = name === '-' ? '<stdin>' : name;
    let bytes: Uint8Array;
    try {
      bytes = name === '-' ? await io.readStdin() : io.readFile(name);
    } catch (err) {
      problems.push(`cannot read ${label}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const decoded = decodeText(bytes);
    if (decoded.ok) sources.push({ name: label, text: decoded.text });
    else problems.push(`${label}: ${decoded.reason}`);
  }
  return { sources, problems };
}

/** What one --jsonl input line asks for: its text (and id), or why it cannot be read. */
function parseLine(line: string): { text: string; id?: unknown } | { error: string; id?: unknown } {
  if (line.trim() === '') return { error: 'empty line' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { error: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { error: 'expected an object with a string "text" field' };
  const { text, id } = parsed as Record<string, unknown>;
  const withId = id === undefined ? {} : { id };
  if (typeof text !== 'string') return { ...withId, error: 'expected an object with a string "text" field' };
  return { ...withId, text };
}

/** Lines between two looks at whether the reader is still there. */
const BREATHE_EVERY = 64;

async function runJsonl(
  sources: Source[],
  options: DetectOptions,
  args: CliArgs,
  io: CliIo,
): Promise<{ found: boolean; malformed: number }> {
  let found = false;
  let malformed = 0;
  for (const src of sources) {
    const lines = src.text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (const [i, line] of lines.entries()) {
      if (i % BREATHE_EVERY === BREATHE_EVERY - 1) await io.breathe();
      if (io.closed()) return { found, malformed };
      const input = parseLine(line);
      const id = input.id === undefined ? {} : { id: input.id };
      if ('error' in input) {
        malformed++;
        io.out(JSON.stringify({ line: i + 1, ...id, error: input.error }));
        continue;
      }
      const { findings, parser: p } = await findingsIn(input.text, options);
      if (findings.length > 0) found = true;
      const reframe = args.reframe && p ? p.reframe : null;
      io.out(JSON.stringify({ ...id, flagged: findings.length > 0, findings: findings.map((f) => toJson(input.text, f, reframe)) }));
    }
  }
  return { found, malformed };
}

async function runText(sources: Source[], options: DetectOptions, args: CliArgs, io: CliIo): Promise<boolean> {
  let any = false;
  const report: Array<{ file: string; findings: Array<JsonFinding & { line: number; column: number }> }> = [];
  for (const src of sources) {
    await io.breathe();
    if (io.closed()) return any;
    const { findings, parser: p } = await findingsIn(src.text, options);
    if (findings.length > 0) any = true;
    const reframe = args.reframe && p ? p.reframe : null;
    if (args.json) {
      report.push({
        file: src.name,
        findings: findings.map((f) => ({ ...toJson(src.text, f, reframe), ...lineColumn(src.text, f.start) })),
      });
      continue;
    }
    for (const [i, f] of findings.entries()) {
      if (i % BREATHE_EVERY === BREATHE_EVERY - 1) await io.breathe();
      if (io.closed()) return any;
      const { line, column } = lineColumn(src.text, f.start);
      const phrase = src.text.slice(f.start, f.end).replace(/\s+/g, ' ');
      io.out(`${src.name}:${line}:${column}  ${f.ruleId}  ${f.category}  "${phrase}"  ${f.message}`);
      if (reframe) for (const l of reframeLines(src.text, f, reframe)) io.out(l);
    }
  }
  if (args.json) {
    const count = report.reduce((n, r) => n + r.findings.length, 0);
    io.out(JSON.stringify({ flagged: count > 0, count, files: report }, null, 2));
  }
  return any;
}

/** Run the command; resolves to its exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`detect: ${err.message}\n\n${USAGE}`);
      return EXIT.error;
    }
    throw err;
  }
  if (args.help) {
    io.out(USAGE);
    return EXIT.clean;
  }
  if (args.listRules) {
    const rules = summarise((await loadParser()).rules(), args.categories);
    if (args.json) io.out(JSON.stringify(rules, null, 2));
    else for (const line of ruleLines(rules)) io.out(line);
    return EXIT.clean;
  }
  const options: DetectOptions = {
    categories: args.categories ?? (args.all ? CATEGORIES : DEFAULT_CATEGORIES),
    minSeverity: args.minSeverity ?? SEVERITIES[0],
    ignoreRules: args.ignore,
  };
  const { sources, problems } = await readSources(args, io);
  for (const problem of problems) io.err(`detect: ${problem}`);
  let found: boolean;
  let malformed = 0;
  if (args.jsonl) {
    ({ found, malformed } = await runJsonl(sources, options, args, io));
    if (malformed > 0)
      io.err(`detect: ${malformed} input line${malformed === 1 ? ' was' : 's were'} not a {"text": "..."} object; see the error objects`);
  } else {
    found = await runText(sources, options, args, io);
  }
  if (problems.length > 0 || malformed > 0) return EXIT.error;
  return found ? EXIT.found : EXIT.clean;
}
