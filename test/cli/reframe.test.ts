import { describe, expect, it } from 'vitest';
import { runCli } from './run';

describe('detect --reframe', () => {
  it('prints a reckoning, rumbles and a rewrite under each finding', async () => {
    const r = await runCli(['--reframe'], 'Hi Sam,\n\nI screwed up the report. The fix is attached.\n');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^<stdin>:3:1 {2}self-blame\.screwed-up/);
    expect(lines[1]).toMatch(/^ {4}reckoning: \S/);
    const rumbles = lines.filter((l) => /^ {4}rumble \((specific|learning|mastery|compassion|passion|evidence)\): \S/.test(l));
    expect(rumbles.length).toBeGreaterThanOrEqual(3);
    // Specific before general: the rumbles name the report.
    expect(rumbles.filter((l) => l.includes('the report') || l.includes('The report')).length).toBeGreaterThanOrEqual(2);
    expect(lines).toContain('    rewrite: I made a mistake with the report.');
  });

  it('with --jsonl, each finding carries its reframe', async () => {
    const r = await runCli(
      ['--reframe', '--jsonl'],
      `${JSON.stringify({ text: "I'm such an idiot, I forgot the attachment." })}\n${JSON.stringify({ text: 'See you at 3.' })}\n`,
    );
    expect(r.status).toBe(1);
    const [flagged, clean] = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { flagged: boolean; findings: Array<Record<string, unknown>> });
    expect(clean).toEqual({ flagged: false, findings: [] });
    const reframe = flagged?.findings[0]?.reframe as {
      reckoning: string;
      rumbles: Array<{ strategy: string; text: string }>;
      rewrite: string | null;
    };
    expect(reframe.reckoning.length).toBeGreaterThan(0);
    expect(reframe.rumbles.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(reframe.rumbles[0] ?? {}).sort()).toEqual(['strategy', 'text']);
    expect(reframe.rewrite).toBe('I forgot the attachment.');
  });
});
