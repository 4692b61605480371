/**
 * Runs web-ext lint (addons-linter, what Mozilla's add-on store runs on every upload) over
 * dist/firefox, offline. Errors would get the add-on rejected; warnings are printed for a reader
 * and must each be one we know about.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt, { type LintMessage, type LintResult } from 'web-ext';
import { beforeAll, describe, expect, test } from 'vitest';
import { GECKO_ID } from '../../src/dev/firefox';
import { FIREFOX_DIST_DIR } from './helpers';

/**
 * Warnings we accept, each with why. Bundled file names change from build to build, so each is
 * recognised by the code the linter points at (its line and column in the built file).
 */
const KNOWN_WARNINGS: { code: string; because: string; near: RegExp }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    because: "Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which Mastery never uses",
    near: /\.innerHTML=\w+\.__html/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    because: 'the content script imports a module packaged in the extension (runtime.getURL), not remote code',
    near: /import\(\w+(\.default)?\.runtime\.getURL\(/,
  },
];

/** The built code around where the linter points, or '' when it names no place. */
function codeNear(message: LintMessage): string {
  if (!message.file || !message.line) return '';
  const line = readFileSync(join(FIREFOX_DIST_DIR, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 80), column + 80);
}

/** Why we accept this warning, or undefined when it is not one we know. */
const acceptedBecause = (w: LintMessage) => KNOWN_WARNINGS.find((k) => k.code === w.code && k.near.test(codeNear(w)))?.because;

const describeMessage = (m: LintMessage) => `${m._type} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;

describe('web-ext lint dist/firefox', () => {
  let result: LintResult;

  beforeAll(async () => {
    // output 'none': the same report as --output json, returned instead of printed.
    result = await webExt.cmd.lint({ sourceDir: FIREFOX_DIST_DIR, selfHosted: true, output: 'none' }, { shouldExitProgram: false });
    for (const message of [...result.warnings, ...result.notices]) {
      const because = acceptedBecause(message);
      console.log(`${describeMessage(message)}${because ? ` (accepted: ${because})` : ''}`);
    }
  }, 120_000);

  test('reports no errors', () => {
    expect(result.errors.map(describeMessage)).toEqual([]);
  });

  test('reports only the warnings we know about', () => {
    const unknown = result.warnings.filter((w) => acceptedBecause(w) === undefined);
    expect(unknown.map(describeMessage)).toEqual([]);
  });

  test('reads the manifest as ours: Manifest V3, our id, the package version', () => {
    const pkg = JSON.parse(readFileSync(join(FIREFOX_DIST_DIR, '../../package.json'), 'utf8')) as { version: string };
    expect(result.metadata).toMatchObject({ id: GECKO_ID, manifestVersion: 3, name: 'Mastery', version: pkg.version });
  });
});
