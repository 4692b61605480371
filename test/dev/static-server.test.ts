import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { serveDirectory, type StaticServer } from '../../src/dev/static-server';

const fixtures = join(import.meta.dirname, '../e2e/fixtures');
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(fixtures);
});
afterAll(() => server.close());

describe('serveDirectory', () => {
  test('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves files with their content type', async () => {
    const response = await fetch(`${server.url}compose.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('I screwed this up. I suck.');
  });

  test('answers 404 for missing files and never leaves its folder', async () => {
    expect((await fetch(`${server.url}missing.html`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2F..%2Fpackage.json`)).status).toBe(403);
  });

  test('adds the headers asked for a path, and cannot be made to lie about the content type', async () => {
    const strict = await serveDirectory(fixtures, 0, {
      headers: (path) =>
        path === '/compose.html' ? { 'content-security-policy': "script-src 'none'", 'content-type': 'text/plain' } : undefined,
    });
    try {
      const response = await fetch(`${strict.url}compose.html`);
      expect(response.headers.get('content-security-policy')).toBe("script-src 'none'");
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect((await fetch(`${strict.url}textarea.html`)).headers.get('content-security-policy')).toBeNull();
    } finally {
      await strict.close();
    }
  });

  test('accepts only GET and HEAD', async () => {
    expect((await fetch(`${server.url}compose.html`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${server.url}compose.html`, { method: 'HEAD' })).status).toBe(200);
  });
});
