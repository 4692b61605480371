import { describe, expect, test } from 'vitest';
import { WELCOME_PATH } from '../../src/shared/pages';
import { requireDynamicUrls, WELCOME_PAGE } from '../../vite.config';

describe('requireDynamicUrls', () => {
  test('sets use_dynamic_url on every web-accessible resource entry', () => {
    const manifest = {
      name: 'Mastery',
      web_accessible_resources: [
        { matches: ['<all_urls>'], resources: ['assets/a.js'], use_dynamic_url: false },
        { extension_ids: ['abc'], resources: ['assets/b.js'] },
      ],
    };
    expect(requireDynamicUrls(manifest)).toEqual({
      name: 'Mastery',
      web_accessible_resources: [
        { matches: ['<all_urls>'], resources: ['assets/a.js'], use_dynamic_url: true },
        { extension_ids: ['abc'], resources: ['assets/b.js'], use_dynamic_url: true },
      ],
    });
  });

  test('leaves a manifest without web-accessible resources alone', () => {
    const manifest = { name: 'Mastery' };
    expect(requireDynamicUrls(manifest)).toBe(manifest);
  });
});

describe('the build', () => {
  test('builds the welcome page where the worker and the popup open it', () => {
    expect(WELCOME_PAGE).toBe(WELCOME_PATH);
  });
});
