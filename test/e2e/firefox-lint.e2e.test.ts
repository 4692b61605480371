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
 * Warnings we accept, each with why. Preact's DOM renderer (bundled into jsxRuntime-*.js) assigns
 * innerHTML for `dangerouslySetInnerHTML`, which Mastery never uses; the linter cannot know that.
 */
const KNOWN_WARNINGS: { code: string; file: RegExp }[] = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/jsxRuntime-[\w-]+\.js$/ }];

const describeMessage = (m: LintMessage) => `${m._type} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;

describe('web-ext lint dist/firefox', () => {
  let result: LintResult;

  beforeAll(async () => {
    // output 'none': the same report as --output json, returned instead of printed.
    result = await webExt.cmd.lint({ sourceDir: FIREFOX_DIST_DIR, selfHosted: true, output: 'none' }, { shouldExitProgram: false });
    for (const message of [...result.warnings, ...result.notices]) console.log(describeMessage(message));
  }, 120_000);

  test('reports no errors', () => {
    expect(result.errors.map(describeMessage)).toEqual([]);
  });

  test('reports only the warnings we know about', () => {
    const unknown = result.warnings.filter((w) => !KNOWN_WARNINGS.some((k) => k.code === w.code && k.file.test(w.file ?? '')));
    expect(unknown.map(describeMessage)).toEqual([]);
  });

  test('reads the manifest as ours: Manifest V3, our id, the package version', () => {
    const pkg = JSON.parse(readFileSync(join(FIREFOX_DIST_DIR, '../../package.json'), 'utf8')) as { version: string };
    expect(result.metadata).toMatchObject({ id: GECKO_ID, manifestVersion: 3, name: 'Mastery', version: pkg.version });
  });
});
