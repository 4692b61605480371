import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect';
import { CATEGORIES } from '../../src/core/types';

/**
 * Quality on the shared labelled dev set, when the project is checked out beside it.
 * A smoke test of generalisation, not a target to memorise.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/selftalk-dev.jsonl', import.meta.url));
const available = existsSync(CORPUS);

interface Row {
  text: string;
  label: 'self_critical' | 'neutral';
  category: string;
}

describe.skipIf(!available)('quality on the labelled dev set (../shared/corpus/selftalk-dev.jsonl)', () => {
  it('reaches precision ≥ 0.95 and recall ≥ 0.90', () => {
    const rows = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Row);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const row of rows) {
      // Every category counts here: the set labels manager-mode demands as self-critical too.
      const findings = detect(row.text, { categories: CATEGORIES });
      const predicted = findings.length > 0;
      const actual = row.label === 'self_critical';
      if (predicted && actual) tp++;
      else if (predicted) {
        fp++;
        wrong.push(
          `false positive [${row.category}] ${row.text}  ← ${findings.map((f) => `${f.ruleId}: "${row.text.slice(f.start, f.end)}"`).join(', ')}`,
        );
      } else if (actual) {
        fn++;
        wrong.push(`missed [${row.category}] ${row.text}`);
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `dev set: ${rows.length} rows, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    for (const w of wrong) console.log(`  ${w}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

if (!available) {
  describe('quality on the labelled dev set', () => {
    it.skip(`skipped: ${CORPUS} is not present (it sits beside the project in CI)`, () => {});
  });
}
