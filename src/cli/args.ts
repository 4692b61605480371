import { CATALOGUE } from '../core/catalogue';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../core/types';

export class UsageError extends Error {}

export interface CliArgs {
  files: string[];
  jsonl: boolean;
  json: boolean;
  all: boolean;
  /** Add a reckoning, rumbles and a rewrite under each finding. */
  reframe: boolean;
  help: boolean;
  /** Print the rules instead of reading any input. */
  listRules: boolean;
  categories?: Category[];
  minSeverity?: Severity;
  ignore: string[];
}

function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}

function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

/** Parse detect's command line; throws UsageError with a message a person can act on. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { files: [], jsonl: false, json: false, all: false, reframe: false, help: false, listRules: false, ignore: [] };
  const knownIds = new Set(CATALOGUE.map((r) => r.id));
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--jsonl':
        args.jsonl = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--all':
        args.all = true;
        break;
      case '--reframe':
        args.reframe = true;
        break;
      case '--list-rules':
        args.listRules = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--categories': {
        const list = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const bad = list.filter((c) => !isCategory(c));
        if (bad.length > 0)
          throw new UsageError(`unknown categor${bad.length > 1 ? 'ies' : 'y'} ${bad.join(', ')} (known: ${CATEGORIES.join(', ')})`);
        if (list.length === 0) throw new UsageError('--categories needs at least one category');
        args.categories = list.filter(isCategory);
        break;
      }
      case '--min-severity': {
        const v = value();
        if (!isSeverity(v)) throw new UsageError(`unknown severity "${v}" (use ${SEVERITIES.join(' | ')})`);
        args.minSeverity = v;
        break;
      }
      case '--ignore': {
        const ids = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const bad = ids.filter((id) => !knownIds.has(id));
        if (bad.length > 0) throw new UsageError(`unknown rule id ${bad.join(', ')}`);
        args.ignore.push(...ids);
        break;
      }
      default:
        if (raw.startsWith('-') && raw !== '-') throw new UsageError(`unknown option ${raw}`);
        args.files.push(raw);
    }
  }
  if (args.json && args.jsonl) throw new UsageError('choose one of --json and --jsonl');
  if (args.all && args.categories) throw new UsageError('choose one of --all and --categories');
  if (args.listRules && (args.jsonl || args.files.length > 0))
    throw new UsageError('--list-rules reads no input: leave out --jsonl and files');
  return args;
}

/** 1-based line and column (in UTF-16 units, like editors) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
