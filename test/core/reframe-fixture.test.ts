import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_INPUTS, FIXTURE_PATH, renderFixture } from '../../src/dev/reframe-fixture';

describe('test/core/fixtures/reframes.md', () => {
  it('reads at least 80 varied thoughts', () => {
    expect(FIXTURE_INPUTS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(FIXTURE_INPUTS.map((t) => t.text)).size).toBe(FIXTURE_INPUTS.length);
    // Short and long, chat and careful email.
    expect(FIXTURE_INPUTS.some((t) => t.text.length > 250)).toBe(true);
    expect(FIXTURE_INPUTS.filter((t) => /^[^A-Z]*$/.test(t.text)).length).toBeGreaterThanOrEqual(8);
  });

  it('is up to date with the reframer (regenerate: npx tsx src/dev/reframe-fixture.ts)', () => {
    expect(readFileSync(FIXTURE_PATH, 'utf8')).toBe(renderFixture());
  });
});
