import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/input';
import { createDetector } from '../../src/core/detect';
import { CATEGORIES } from '../../src/core/types';
import { runCli } from './run';

const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('exit status', () => {
  it('is 0 when nothing is found, 1 when something is, 2 on bad usage', async () => {
    expect((await runCli([], 'See you at 3.\n')).status).toBe(0);
    expect((await runCli([], 'I screwed this up. I suck.\n')).status).toBe(1);
    const bad = await runCli(['--min-severity', 'loud'], '');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^detect: unknown severity "loud"/);
  });

  it('is 2 when a file cannot be read, after reporting the files that can', async () => {
    const r = await runCli(['notes.txt', 'missing.txt'], '', { 'notes.txt': 'I suck.\n' });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^notes\.txt:1:1 {2}shame\.i-suck/);
    expect(r.stderr).toMatch(/^detect: cannot read missing\.txt: ENOENT/);
  });

  it('reads standard input for -', async () => {
    const r = await runCli(['-'], 'I suck.\n');
    expect(r.stdout).toMatch(/^<stdin>:1:1 {2}shame\.i-suck/);
  });
});

describe('--jsonl', () => {
  it('copies each line’s id to its output line, whatever JSON value it is', async () => {
    const input = [
      { id: 'msg-1', text: 'I suck.' },
      { id: 42, text: 'See you at 3.' },
      { text: 'No id here.' },
      { id: { thread: 7 }, text: 'I suck.' },
    ];
    const r = await runCli(['--jsonl'], `${input.map((o) => JSON.stringify(o)).join('\n')}\n`);
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['msg-1', 42, undefined, { thread: 7 }]);
    expect(out.map((o) => o.flagged)).toEqual([true, false, false, true]);
    expect(Object.keys(out[0] ?? {})).toEqual(['id', 'flagged', 'findings']);
    expect(Object.keys(out[2] ?? {})).toEqual(['flagged', 'findings']);
  });

  it('answers a malformed line with an error carrying its 1-based line (and id), and exits 2', async () => {
    const lines = ['{"id":"a","text":"I suck."}', 'not json', '{"id":"c","txt":"typo"}', '', '[1,2]', '{"text":"Fine."}'];
    const r = await runCli(['--jsonl'], `${lines.join('\r\n')}\r\n`);
    expect(r.status).toBe(2);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toMatchObject({ id: 'a', flagged: true });
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^malformed JSON/) });
    expect(out[2]).toEqual({ line: 3, id: 'c', error: 'expected an object with a string "text" field' });
    expect(out[3]).toEqual({ line: 4, error: 'empty line' });
    expect(out[4]).toEqual({ line: 5, error: 'expected an object with a string "text" field' });
    expect(out[5]).toEqual({ flagged: false, findings: [] });
    expect(r.stderr).toBe('detect: 4 input lines were not a {"text": "..."} object; see the error objects\n');
  });

  it('exits 2 on a file of only malformed lines, and 0 or 1 when every line is well formed', async () => {
    expect((await runCli(['--jsonl'], 'oops\n{"text": 3}\n')).status).toBe(2);
    expect((await runCli(['--jsonl'], '{"text":"See you at 3."}\n')).status).toBe(0);
    expect((await runCli(['--jsonl'], '{"text":"I suck."}')).status).toBe(1);
  });
});

describe('input that is not text', () => {
  it('binary data (a NUL byte) gets one clear line and exit 2, not silence', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = await runCli(['photo.png'], '', { 'photo.png': png });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'detect: photo.png: binary data (a NUL byte at offset 8), not text\n' });
  });

  it('invalid UTF-8 in bulk (another encoding) gets one line and exit 2, in --jsonl too', async () => {
    const latin1 = new Uint8Array([...'Je suis d'].map((c) => c.charCodeAt(0)).concat(0xe9, 0xe7, 0x75, 0x65));
    const r = await runCli([], latin1);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^detect: <stdin>: not UTF-8 text \(2 invalid byte sequences\)/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect((await runCli(['--jsonl'], latin1)).status).toBe(2);
  });

  it('a stray invalid byte in a long text is only replaced, as editors do', () => {
    const text = `${'I wrote a long and careful note about the launch. '.repeat(40)}`;
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xff, ...new TextEncoder().encode(' I suck.')]);
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.text.endsWith('\ufffd I suck.')).toBe(true);
  });

  it('keeps real replacement characters and drops a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('\ufeffI suck \ufffd.'))).toEqual({ ok: true, text: 'I suck \ufffd.' });
  });
});

describe('--list-rules', () => {
  const rules = createDetector().rules;

  it('prints every rule the detector runs: id, category, severity and message', async () => {
    const r = await runCli(['--list-rules'], '');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rules.length);
    for (const [i, rule] of rules.entries()) {
      expect(lines[i]?.split(/ {2,}/)).toEqual([rule.id, rule.category, rule.severity, rule.message]);
    }
  });

  it('as JSON with --json, and only some categories with --categories', async () => {
    const all = JSON.parse((await runCli(['--list-rules', '--json'], '')).stdout) as Array<Record<string, string>>;
    expect(all).toEqual(rules.map(({ id, category, severity, message }) => ({ id, category, severity, message })));
    expect(new Set(all.map((r) => r.category))).toEqual(new Set(CATEGORIES));
    const shame = JSON.parse((await runCli(['--list-rules', '--json', '--categories', 'shame'], '')).stdout) as Array<{ category: string }>;
    expect(shame.length).toBeGreaterThan(0);
    expect(shame.every((r) => r.category === 'shame')).toBe(true);
  });

  it('reads no input', async () => {
    expect((await runCli(['--list-rules', 'notes.txt'], '')).status).toBe(2);
  });
});
