/**
 * A RegExp source that matches any of several literal strings, shaped as a trie so the engine decides by
 * their first letters instead of trying each string in turn: ["idiot", "imbecile", "moron"] becomes
 * "(?:i(?:diot|mbecile)|moron)". No quantifier is nested, so it cannot backtrack past its longest string.
 */
export function trieSource(strings: Iterable<string>, piece: (ch: string) => string = escapeRegExp): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const s of new Set(strings)) {
    let node = root;
    for (const ch of s) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const render = (node: Node): string => {
    const branches = [...node.next.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([ch, child]) => piece(ch) + render(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && (branches[0] as string).length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return `(?:${render(root)})`;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
