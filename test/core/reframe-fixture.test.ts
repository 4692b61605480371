import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_INPUTS, FIXTURE_PATH, renderFixture } from '../../src/dev/reframe-fixture';

describe('test/core/fixtures/reframes.md', () => {
  it('shows 25 messages', () => {
    expect(FIXTURE_INPUTS).toHaveLength(25);
  });

  it('is up to date with the reframer (regenerate: npx tsx src/dev/reframe-fixture.ts)', () => {
    expect(readFileSync(FIXTURE_PATH, 'utf8')).toBe(renderFixture());
  });
});
