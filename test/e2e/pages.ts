/**
 * Helpers for end-to-end tests of Mastery's own pages (popup, options): axe-core, screenshots
 * in light and dark, and reading the extension's storage from its service worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { outputPath, ROOT } from './helpers';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the extension pages' CSP (script-src 'self') refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<AxeResult> } };
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/**
 * Screenshot into test/e2e/output of what a user sees in the toolbar popup: the body when it fits
 * (the popup is as tall as its content), else the viewport (the popup stops growing at 600 px and scrolls).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const { body, viewport } = await page.evaluate(() => ({ body: document.body.scrollHeight, viewport: window.innerHeight }));
  if (body <= viewport) await page.locator('body').screenshot({ path: outputPath(name), animations: 'disabled' });
  else await page.screenshot({ path: outputPath(name), animations: 'disabled' });
}

/** Read keys from one of the extension's storage areas, through its service worker. */
export async function readStorage(
  serviceWorker: Worker,
  area: 'sync' | 'local' | 'session',
  keys: string[],
): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(
    async ({ area, keys }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<string, { get(keys: string[]): Promise<Record<string, unknown>> }> };
      };
      const storage = chrome.storage[area];
      if (!storage) throw new Error(`no storage.${area}`);
      return storage.get(keys);
    },
    { area, keys },
  );
}

/** Clear the extension's storage between tests. */
export async function clearStorage(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: Record<string, { clear(): Promise<void> }> } };
    await Promise.all(['sync', 'local', 'session'].map((a) => chrome.storage[a]?.clear()));
  });
}
