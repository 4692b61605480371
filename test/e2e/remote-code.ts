/**
 * Reads the built extension the way a store reviewer would, looking for remote code and network
 * use: every JavaScript file is parsed (vite's oxc parser), so a URL in a comment is told apart
 * from a URL in a string, and `eval` as an object key from `eval` called.
 *
 * What is allowed, and why it is inert:
 * - XML namespace URIs (`http://www.w3.org/2000/svg` and its kin) as whole string values: they are
 *   names passed to createElementNS, never fetched.
 * - URLs inside comments, except source-map comments (DevTools would fetch those).
 * - `import()` of `<browser>.runtime.getURL(...)`: the content script loading its engine from the
 *   extension's own files.
 * - One `fetch`: Vite's modulepreload polyfill, which fetches the `href` of the extension page's own
 *   `<link rel="modulepreload">` elements (local `/assets/...` files, checked in the HTML below),
 *   and only in browsers without native modulepreload.
 * Everything else that could reach the network or run a string as code is reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';

export const XML_NAMESPACES: ReadonlySet<string> = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

/** A URL with a scheme that reaches the network. */
const REMOTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s'"`)<>\\]*/gi;
/** Globals that open a connection or load a script. */
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'importScripts']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { start?: unknown }).start === 'number'
  );
}

function children(node: Node): Array<{ key: string; child: Node }> {
  const out: Array<{ key: string; child: Node }> = [];
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push({ key, child: item });
    } else if (isNode(value)) {
      out.push({ key, child: value });
    }
  }
  return out;
}

function identifierName(node: unknown): string | null {
  return isNode(node) && node.type === 'Identifier' && typeof node.name === 'string' ? node.name : null;
}

function memberProperty(node: Node): string | null {
  if (node.type !== 'MemberExpression' || node.computed === true) return null;
  return identifierName(node.property);
}

function stringValue(node: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0 && Array.isArray(node.quasis)) {
    const quasi = node.quasis[0] as { value?: { cooked?: string | null } } | undefined;
    return quasi?.value?.cooked ?? null;
  }
  return null;
}

/** `x.runtime.getURL(...)`, with any name for `x` (minified). */
function isRuntimeGetUrl(node: unknown): boolean {
  if (!isNode(node) || node.type !== 'CallExpression' || !isNode(node.callee)) return false;
  const callee = node.callee;
  return memberProperty(callee) === 'getURL' && isNode(callee.object) && memberProperty(callee.object) === 'runtime';
}

/** Is an Identifier at this place a reference to a variable (not an object key or `a.name`)? */
function isReference(parent: Node | undefined, key: string): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && parent.computed !== true) return false;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    key === 'key' &&
    parent.computed !== true
  ) {
    // `{ eval }` shorthand is still a reference to eval.
    return parent.shorthand === true;
  }
  return true;
}

export interface Finding {
  file: string;
  what: string;
  /** The source around it. */
  near: string;
}

function near(source: string, start: number, end: number): string {
  return source.slice(Math.max(0, start - 60), Math.min(source.length, end + 60)).replace(/\s+/g, ' ');
}

/** Findings in one JavaScript file. */
export function scanJavaScript(file: string, source: string): Finding[] {
  const parsed = parseSync(file, source, { sourceType: 'module' });
  const findings: Finding[] = [];
  const report = (what: string, start: number, end: number) => findings.push({ file, what, near: near(source, start, end) });
  for (const error of parsed.errors) report(`does not parse: ${error.message}`, 0, 0);

  // Every remote URL in the text must sit in a comment or be a whole namespace string.
  const comments = parsed.comments.map((c) => ({ start: c.start, end: c.end, value: c.value }));
  const inertStrings: Array<{ start: number; end: number }> = [];
  const visit = (node: Node, parents: Node[], key: string) => {
    const parent = parents[parents.length - 1];
    const value = stringValue(node);
    if (value !== null && XML_NAMESPACES.has(value)) inertStrings.push({ start: node.start, end: node.end });

    if (node.type === 'Identifier' && typeof node.name === 'string' && isReference(parent, key)) {
      const name = node.name;
      if (name === 'eval') report('eval', node.start, node.end);
      if (NETWORK_GLOBALS.has(name)) {
        const call = parent?.type === 'CallExpression' && key === 'callee' ? parent : undefined;
        const args = Array.isArray(call?.arguments) ? (call.arguments as unknown[]) : [];
        const first = args[0];
        const polyfill =
          name === 'fetch' &&
          isNode(first) &&
          memberProperty(first) === 'href' &&
          parents.some(
            (p) =>
              (p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') &&
              source.slice(p.start, p.end).includes('link[rel="modulepreload"]'),
          );
        if (!polyfill) report(`network API ${name}`, node.start, node.end);
      }
    }
    if (node.type === 'MemberExpression' && memberProperty(node) === 'sendBeacon') report('navigator.sendBeacon', node.start, node.end);
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && isNode(node.callee)) {
      const callee = node.callee;
      const name = identifierName(callee) ?? memberProperty(callee);
      const args = Array.isArray(node.arguments) ? (node.arguments as unknown[]) : [];
      if (
        name === 'Function' &&
        (identifierName(callee) !== null || ['window', 'self', 'globalThis'].includes(identifierName(callee.object) ?? ''))
      ) {
        report(`${node.type === 'NewExpression' ? 'new ' : ''}Function(...)`, node.start, node.end);
      }
      if ((name === 'setTimeout' || name === 'setInterval') && stringValue(args[0]) !== null)
        report(`${name} with a string of code`, node.start, node.end);
      if (name === 'createElement' && /^(script|iframe|object|embed)$/i.test(stringValue(args[0]) ?? '')) {
        report(`createElement('${stringValue(args[0])}')`, node.start, node.end);
      }
    }
    if (node.type === 'ImportExpression') {
      const target = stringValue(node.source);
      const local = target !== null ? /^\.{0,2}\//.test(target) : isRuntimeGetUrl(node.source);
      if (!local) report('import() of something other than a local file', node.start, node.end);
    }
    if (
      (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      const target = stringValue(node.source);
      if (target === null || !/^\.{0,2}\//.test(target)) report(`import from ${String(target)}`, node.start, node.end);
    }
    parents.push(node);
    for (const { key: childKey, child } of children(node)) visit(child, parents, childKey);
    parents.pop();
  };
  visit(parsed.program as unknown as Node, [], '');

  for (const match of source.matchAll(REMOTE_URL)) {
    const at = match.index;
    const end = at + match[0].length;
    const comment = comments.find((c) => c.start <= at && end <= c.end);
    if (comment) {
      if (/[#@]\s*source(Mapping)?URL=/.test(comment.value)) report(`source map comment pointing to ${match[0]}`, at, end);
      continue;
    }
    if (inertStrings.some((s) => s.start <= at && end <= s.end)) continue;
    report(`remote URL ${match[0]}`, at, end);
  }
  return findings;
}

/** Findings in an extension page: scripts and styles must be local files, no inline script, no remote URL. */
export function scanHtml(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const report = (what: string, at: number, length: number) => findings.push({ file, what, near: near(source, at, at + length) });
  for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1] ?? '')?.[1];
    if (!src) report('inline script', m.index, m[0].length);
    else if (!/^\.{0,2}\//.test(src)) report(`script from ${src}`, m.index, m[0].length);
    if ((m[2] ?? '').trim() !== '') report('script with inline content', m.index, m[0].length);
  }
  for (const m of source.matchAll(/\b(?:src|href|srcset|action|data)\s*=\s*["']?([^"'\s>]+)/gi)) {
    const url = m[1] ?? '';
    if (!/^(\.{0,2}\/(?!\/)|#|data:)/.test(url)) report(`non-local URL ${url}`, m.index, m[0].length);
  }
  for (const m of source.matchAll(/\bon[a-z]+\s*=/gi)) report('inline event handler', m.index, m[0].length);
  for (const m of source.matchAll(REMOTE_URL)) report(`remote URL ${m[0]}`, m.index, m[0].length);
  return findings;
}

/** Findings in a stylesheet: no @import and no url() outside the extension. */
export function scanCss(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of source.matchAll(/@import\b[^;]*;?/gi)) findings.push({ file, what: '@import', near: m[0] });
  for (const m of source.matchAll(/url\(\s*["']?([^"')]+)/gi)) {
    const url = m[1] ?? '';
    if (!/^(\.{0,2}\/(?!\/)|data:|#)/.test(url)) findings.push({ file, what: `url(${url})`, near: m[0] });
  }
  for (const m of source.matchAll(REMOTE_URL)) findings.push({ file, what: `remote URL ${m[0]}`, near: m[0] });
  return findings;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

export interface BuildScan {
  /** Files read, relative to the build folder, by kind. */
  scanned: { js: string[]; html: string[]; css: string[] };
  findings: Finding[];
}

/** Scans every script, page and stylesheet of a built extension. */
export function scanBuild(dir: string): BuildScan {
  const scanned: BuildScan['scanned'] = { js: [], html: [], css: [] };
  const findings: Finding[] = [];
  for (const path of filesUnder(dir)) {
    const file = relative(dir, path);
    if (/\.(m?js)$/.test(file)) {
      scanned.js.push(file);
      findings.push(...scanJavaScript(file, readFileSync(path, 'utf8')));
    } else if (file.endsWith('.html')) {
      scanned.html.push(file);
      findings.push(...scanHtml(file, readFileSync(path, 'utf8')));
    } else if (file.endsWith('.css')) {
      scanned.css.push(file);
      findings.push(...scanCss(file, readFileSync(path, 'utf8')));
    }
  }
  return { scanned, findings };
}
