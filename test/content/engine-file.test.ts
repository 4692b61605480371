import { describe, expect, test } from 'vitest';
import { ENGINE_FILE } from '../../src/content/engine-file';
import { ENGINE_FILE as BUILT_AS } from '../../vite.config';

describe('the content engine file', () => {
  test('is loaded from where the build writes it', () => {
    expect(ENGINE_FILE).toBe(BUILT_AS);
    expect(ENGINE_FILE).toMatch(/^[\w-]+\.js$/);
  });
});
