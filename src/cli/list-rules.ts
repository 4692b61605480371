/**
 * `detect --list-rules`: every rule the detector runs, read from the detector itself rather than from
 * any one file of the catalogue, so the list stays whole however the catalogue is arranged.
 */
import type { Category, Rule } from '../core/types';

export interface RuleSummary {
  id: string;
  category: Category;
  severity: Rule['severity'];
  message: string;
}

export function summarise(rules: readonly Rule[], categories?: readonly Category[]): RuleSummary[] {
  return rules
    .filter((r) => !categories || categories.includes(r.category))
    .map(({ id, category, severity, message }) => ({ id, category, severity, message }));
}

/** One rule a line, in aligned columns: id, category, severity, message. */
export function ruleLines(rules: readonly RuleSummary[]): string[] {
  const width = (key: 'id' | 'category' | 'severity') => Math.max(0, ...rules.map((r) => r[key].length));
  const [id, category, severity] = [width('id'), width('category'), width('severity')];
  return rules.map((r) => `${r.id.padEnd(id)}  ${r.category.padEnd(category)}  ${r.severity.padEnd(severity)}  ${r.message}`);
}
