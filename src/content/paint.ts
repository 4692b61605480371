/**
 * Drawing the soft underlines, without touching the page's editor.
 *
 * - Rich editors: the CSS Custom Highlight API. Ranges are registered with `CSS.highlights` and
 *   styled by `::highlight()` rules in a constructed stylesheet adopted by the document (and by the
 *   shadow root a field lives in): no node and no attribute is added to the page. The Ranges are
 *   live, so they follow edits and reflow by themselves.
 * - Textareas and inputs (and rich editors where the API is missing): an overlay, a host element
 *   appended to the document element with a closed shadow root, drawing one underline per rectangle.
 *
 * Calm colours by severity (teal, amber, violet), never error red; a lighter set on dark fields.
 */
import type { Severity } from '../core/types';

export type Palette = 'light' | 'dark';

const COLOURS: Record<Palette, Record<Severity, string>> = {
  light: { gentle: '#0f8f84', clear: '#c27803', strong: '#7c4ddb' },
  dark: { gentle: '#5eead4', clear: '#fcd34d', strong: '#c4b5fd' },
};

export const HIGHLIGHT_PREFIX = 'mastery-';

export function highlightName(severity: Severity, palette: Palette): string {
  return `${HIGHLIGHT_PREFIX}${severity}${palette === 'dark' ? '-on-dark' : ''}`;
}

function highlightCss(): string {
  const rules: string[] = [];
  for (const palette of ['light', 'dark'] as const) {
    for (const severity of ['gentle', 'clear', 'strong'] as const) {
      const colour = COLOURS[palette][severity];
      const style = severity === 'gentle' ? 'dotted' : 'wavy';
      // Important: a page's own rules aimed at these names must not hide the nudge (an adopted
      // sheet comes after the page's sheets, so among important rules ours win).
      rules.push(
        `::highlight(${highlightName(severity, palette)}){text-decoration:underline ${style} ${colour} !important;` +
          `text-decoration-thickness:${severity === 'gentle' ? 2 : 1.5}px !important;text-decoration-skip-ink:none !important}`,
      );
    }
  }
  return rules.join('\n');
}

/** Is the text colour light, i.e. is the field dark? */
export function paletteFor(el: Element): Palette {
  const colour = getComputedStyle(el).color;
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  if (!m) return 'light';
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance > 0.6 ? 'dark' : 'light';
}

function adopt(scope: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    if (!scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

function unadopt(scope: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  try {
    if (scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The scope is gone with its document.
  }
}

export interface PaintedRange {
  range: Range;
  severity: Severity;
  palette: Palette;
}

interface HighlightsGlobal {
  highlights: Map<string, Highlight>;
}

/** Underlines for rich editors through the CSS Custom Highlight API. */
export class HighlightPainter {
  private readonly owners = new Map<object, PaintedRange[]>();
  private readonly registered = new Map<string, Highlight>();
  private readonly scopes = new Set<Document | ShadowRoot>();
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Feature test: Highlight, CSS.highlights and adoptable stylesheets. */
  static supported(win: Window & typeof globalThis): boolean {
    const css = win.CSS as unknown as Partial<HighlightsGlobal> | undefined;
    return (
      typeof win.Highlight === 'function' &&
      !!css &&
      typeof css.highlights === 'object' &&
      'adoptedStyleSheets' in win.Document.prototype &&
      typeof win.CSSStyleSheet.prototype.replaceSync === 'function'
    );
  }

  private registry(): Map<string, Highlight> {
    return (this.win.CSS as unknown as HighlightsGlobal).highlights;
  }

  /** Show `ranges` for `owner` (a field), replacing what it showed before. */
  set(owner: object, ranges: PaintedRange[], scope: Document | ShadowRoot): boolean {
    if (!this.sheet) {
      this.sheet = new this.win.CSSStyleSheet();
      this.sheet.replaceSync(highlightCss());
    }
    if (!adopt(scope, this.sheet)) return false;
    this.scopes.add(scope);
    if (ranges.length === 0) this.owners.delete(owner);
    else this.owners.set(owner, ranges);
    this.rebuild();
    return true;
  }

  clear(owner: object): void {
    if (this.owners.delete(owner)) this.rebuild();
  }

  /** Re-adopt the stylesheet where a page replaced its adopted sheets. */
  refresh(): void {
    if (!this.sheet) return;
    for (const scope of this.scopes) adopt(scope, this.sheet);
  }

  private rebuild(): void {
    const byName = new Map<string, Range[]>();
    for (const list of this.owners.values()) {
      for (const p of list) {
        const name = highlightName(p.severity, p.palette);
        const ranges = byName.get(name) ?? [];
        ranges.push(p.range);
        byName.set(name, ranges);
      }
    }
    const registry = this.registry();
    for (const [name, highlight] of this.registered) {
      if (!byName.has(name)) {
        highlight.clear();
        if (registry.get(name) === highlight) registry.delete(name);
        this.registered.delete(name);
      }
    }
    for (const [name, ranges] of byName) {
      let highlight = this.registered.get(name);
      if (!highlight) {
        highlight = new this.win.Highlight();
        this.registered.set(name, highlight);
      }
      highlight.clear();
      for (const r of ranges) highlight.add(r);
      if (registry.get(name) !== highlight) registry.set(name, highlight);
    }
  }

  dispose(): void {
    this.owners.clear();
    this.rebuild();
    if (this.sheet) for (const scope of this.scopes) unadopt(scope, this.sheet);
    this.scopes.clear();
  }
}

// ───────────────────────────── the overlay ─────────────────────────────

const OVERLAY_CSS = `
.group{position:fixed;overflow:hidden;pointer-events:none;margin:0;padding:0;border:0}
.mark{position:absolute;pointer-events:none;box-sizing:border-box}
.mark.gentle{height:3px;border-bottom:2px dotted var(--c)}
.mark.clear,.mark.strong{height:4px}
.mark svg{position:absolute;left:0;top:0;overflow:visible;display:block}
.mark path{fill:none;stroke:var(--c);stroke-width:1.5px;stroke-linecap:round}
.mirrors{position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none}
.mirror{position:absolute;left:0;top:0;margin:0;visibility:hidden;pointer-events:none;overflow:visible;
  height:auto;min-height:0;max-height:none;color:transparent;background:none;box-shadow:none}
`;

/** One underline, in viewport coordinates. */
export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
  severity: Severity;
  palette: Palette;
}

/** A clip rectangle in viewport coordinates: underlines outside it are not drawn. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The wave's period and height, close to the browser's own wavy underline. */
const WAVE_PERIOD = 6;
const WAVE_HEIGHT = 3;

/** A smooth wave `width` pixels long, as an SVG path. */
export function wavePath(width: number): string {
  const half = WAVE_PERIOD / 2;
  const mid = WAVE_HEIGHT / 2 + 0.5;
  let d = `M0 ${mid}Q${half / 2} ${mid - WAVE_HEIGHT / 2} ${half} ${mid}`;
  for (let x = half * 2; x <= width + half; x += half) d += `T${x} ${mid}`;
  return d;
}

/** The overlay host for one document: underline groups, and the mirrors of textareas. */
export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mirrorBox: HTMLDivElement | null = null;
  private readonly groups = new Map<object, HTMLDivElement>();
  /** The width each wave was drawn for, so unchanged ones are left alone. */
  private readonly waves = new WeakMap<Element, number>();

  constructor(private readonly doc: Document) {}

  private wave(el: HTMLDivElement, width: number): void {
    const w = Math.round(width);
    if (this.waves.get(el) === w && el.firstChild) return;
    this.waves.set(el, w);
    let svg = el.firstChild as SVGSVGElement | null;
    if (!svg) {
      svg = this.doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
      svg.append(this.doc.createElementNS(SVG_NS, 'path'));
      el.append(svg);
    }
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(WAVE_HEIGHT + 1));
    svg.setAttribute('viewBox', `0 0 ${w} ${WAVE_HEIGHT + 1}`);
    svg.firstElementChild?.setAttribute('d', wavePath(w));
  }

  private ensure(): ShadowRoot {
    if (this.host && this.root) {
      if (!this.host.isConnected) this.doc.documentElement.append(this.host);
      return this.root;
    }
    const host = this.doc.createElement('mastery-marks');
    // Our own element: fixed, out of the page's flow and pointer events, above the page.
    host.style.cssText =
      'all:initial!important;position:fixed!important;left:0!important;top:0!important;width:0!important;' +
      'height:0!important;z-index:2147483646!important;pointer-events:none!important;display:block!important';
    const root = host.attachShadow({ mode: 'closed' });
    const win = this.doc.defaultView;
    let styled = false;
    try {
      if (win) {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(OVERLAY_CSS);
        root.adoptedStyleSheets = [sheet];
        styled = root.adoptedStyleSheets.length === 1;
      }
    } catch {
      styled = false;
    }
    if (!styled) {
      const style = this.doc.createElement('style');
      style.textContent = OVERLAY_CSS;
      root.append(style);
    }
    const mirrors = this.doc.createElement('div');
    mirrors.className = 'mirrors';
    root.append(mirrors);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.mirrorBox = mirrors;
    return root;
  }

  /** Where mirrors of textareas live (hidden, inside the closed shadow root). */
  mirrorContainer(): HTMLDivElement {
    this.ensure();
    return this.mirrorBox as HTMLDivElement;
  }

  /** Draw `marks` for `owner`, clipped to `clip`; reuses the elements it drew last time. */
  draw(owner: object, marks: readonly MarkBox[], clip: Clip | null): void {
    if (marks.length === 0 || !clip || clip.width <= 0 || clip.height <= 0) {
      const group = this.groups.get(owner);
      if (group) group.replaceChildren();
      return;
    }
    const root = this.ensure();
    let group = this.groups.get(owner);
    if (!group) {
      group = this.doc.createElement('div');
      group.className = 'group';
      root.append(group);
      this.groups.set(owner, group);
    }
    group.style.cssText = `left:${clip.x}px;top:${clip.y}px;width:${clip.width}px;height:${clip.height}px`;
    const children = group.children;
    let i = 0;
    for (const m of marks) {
      const thickness = m.severity === 'gentle' ? 3 : 4;
      const x = m.x - clip.x;
      // Just under the glyphs: the bottom of the text box, nudged into the line gap.
      const y = m.y + m.height - clip.y - thickness + 2;
      if (x + m.width < 0 || x > clip.width || y + thickness < 0 || y > clip.height) continue;
      let el = children[i] as HTMLDivElement | undefined;
      if (!el) {
        el = this.doc.createElement('div');
        group.append(el);
      }
      const cls = `mark ${m.severity}`;
      if (el.className !== cls) {
        el.className = cls;
        el.replaceChildren();
        this.waves.delete(el);
      }
      el.style.cssText = `left:${x}px;top:${y}px;width:${m.width}px;--c:${COLOURS[m.palette][m.severity]}`;
      if (m.severity !== 'gentle') this.wave(el, m.width);
      i++;
    }
    while (children.length > i) children[children.length - 1]?.remove();
  }

  forget(owner: object): void {
    this.groups.get(owner)?.remove();
    this.groups.delete(owner);
  }

  dispose(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.mirrorBox = null;
    this.groups.clear();
  }
}
