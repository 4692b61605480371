/**
 * Drawing the soft underlines, without touching the page's editor or telling the page anything.
 *
 * Each field being written in gets one layer: an anonymous host (see host.ts) appended to the field's
 * parent, so it sits in the field's stacking context (covered by what covers the field, above the
 * field's own background) and scrolls with it on the compositor, in step with the text. Last in the
 * parent rather than right after the field: `input:focus + label`, the floating label, keeps working. Inside its
 * closed shadow root: one box per line of each flagged phrase, clipped to the field's visible part,
 * and the hidden mirrors that give a textarea's text its geometry. Nothing goes into the page's
 * highlight registry, style sheets or elements.
 *
 * What a page can measure of a layer does not depend on what Mastery found: the host is 0 × 0 and
 * contains its layout; the marks are clipped inside a box that is always the field's visible box.
 *
 * Where a layer cannot sit beside its field (the field is slotted into a shadow root, the page keeps
 * removing the host), it goes on the document element instead, fixed above the page.
 *
 * Calm colours by severity (teal, amber, violet), never error red; a lighter set on dark fields.
 */
import type { Severity } from '../core/types';
import type { LayerFrame, Rect } from './geometry';
import { createHost, type AnonymousHost } from './host';

export type Palette = 'light' | 'dark';

export const COLOURS: Record<Palette, Record<Severity, string>> = {
  light: { gentle: '#0f8f84', clear: '#c27803', strong: '#7c4ddb' },
  dark: { gentle: '#5eead4', clear: '#fcd34d', strong: '#c4b5fd' },
};

/** Is the text colour light, i.e. is the field dark? */
export function paletteFor(el: Element): Palette {
  const colour = getComputedStyle(el).color;
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(colour);
  if (!m) return 'light';
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance > 0.6 ? 'dark' : 'light';
}

/** One underline, in viewport coordinates. */
export interface MarkBox extends Rect {
  severity: Severity;
  palette: Palette;
}

/** The side of the reference box that gives a layer's origin and scale on screen. */
const REF = 100;

function colourRules(): string {
  const rules: string[] = [];
  for (const palette of ['light', 'dark'] as const) {
    for (const severity of ['gentle', 'clear', 'strong'] as const) {
      const c = COLOURS[palette][severity];
      rules.push(`.${palette}.${severity}{border-bottom-color:${c};color:${c}}`);
    }
  }
  return rules.join('');
}

const LAYER_CSS = `
:host{all:initial!important;display:block!important;position:absolute!important;width:0!important;height:0!important;
  margin:0!important;padding:0!important;border:0!important;contain:size layout style!important;pointer-events:none!important;
  visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;clip-path:none!important;
  mask:none!important;float:none!important;direction:ltr!important;unicode-bidi:isolate!important}
.ref{position:absolute;left:0;top:0;width:${REF}px;height:${REF}px;visibility:hidden}
.clip{position:absolute;overflow:hidden;left:0;top:0;width:0;height:0}
.mark{position:absolute;box-sizing:border-box}
.gentle{height:3px;border-bottom:2px dotted}
.clear,.strong{height:4px}
.mark svg{position:absolute;left:0;top:0;overflow:visible;display:block}
.mark path{fill:none;stroke:currentColor;stroke-width:1.5px;stroke-linecap:round}
${colourRules()}
.mirrors{position:absolute;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden}
.mirror{position:absolute;left:0;top:0;margin:0;visibility:hidden;pointer-events:none;overflow:visible;
  height:auto;min-height:0;max-height:none;color:transparent;background:none;box-shadow:none}
`;

/** Fixed above the page, for a layer on the document element. */
const ON_TOP = ':host{position:fixed!important;left:0!important;top:0!important;z-index:2147483646!important}';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The wave's period and height, close to the browser's own wavy underline. */
const WAVE_PERIOD = 6;
const WAVE_HEIGHT = 3;
/** After this many removals by the page, a layer stops going back beside its field. */
const MAX_REMOVALS = 3;

/** A smooth wave `width` pixels long, as an SVG path. */
export function wavePath(width: number): string {
  const half = WAVE_PERIOD / 2;
  const mid = WAVE_HEIGHT / 2 + 0.5;
  let d = `M0 ${mid}Q${half / 2} ${mid - WAVE_HEIGHT / 2} ${half} ${mid}`;
  for (let x = half * 2; x <= width + half; x += half) d += `T${x} ${mid}`;
  return d;
}

/** The z-index a layer needs to paint above its field, which may stack at its own level. */
function zIndexBeside(field: Element): string {
  const cs = getComputedStyle(field);
  if (!/^-?\d+$/.test(cs.zIndex)) return 'auto';
  if (cs.position !== 'static') return cs.zIndex;
  // Flex and grid items stack by z-index without being positioned.
  const parent = field.parentElement;
  return parent && /(flex|grid)$/.test(getComputedStyle(parent).display) ? cs.zIndex : 'auto';
}

/** One field's underlines (and, for a textarea, its mirror), in a layer of their own. */
export class FieldLayer {
  private readonly parts: AnonymousHost;
  private readonly ref: HTMLDivElement;
  private readonly clip: HTMLDivElement;
  /** Where mirrors of the field's text live: hidden, inside the closed shadow root. */
  readonly mirrors: HTMLDivElement;
  private onTop = false;
  private placed = false;
  private removals = 0;
  /** The width each wave was drawn for, so unchanged ones are left alone. */
  private readonly waves = new WeakMap<Element, number>();
  /** The style each element was given last, so a redraw that moved nothing writes nothing. */
  private readonly styles = new WeakMap<HTMLElement, string>();

  constructor(private readonly field: Element) {
    const doc = field.ownerDocument;
    this.parts = createHost(doc, LAYER_CSS);
    const div = (className: string) => {
      const el = doc.createElement('div');
      el.className = className;
      this.parts.root.append(el);
      return el;
    };
    this.ref = div('ref');
    this.clip = div('clip');
    this.mirrors = div('mirrors');
  }

  get attached(): boolean {
    return this.parts.host.isConnected;
  }

  /** Put the layer in the page (back beside its field if the page moved or removed it). */
  attach(): void {
    const { host } = this.parts;
    if (this.onTop) {
      if (host.parentNode !== this.field.ownerDocument.documentElement) this.field.ownerDocument.documentElement.append(host);
      return;
    }
    // Still in the field's parent, after it: in its stacking context and painted after it.
    if (
      host.isConnected &&
      host.parentNode === this.field.parentNode &&
      this.field.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING
    )
      return;
    if (this.placed && !host.isConnected && ++this.removals > MAX_REMOVALS) {
      this.moveOnTop();
      return;
    }
    const parent = this.field.parentNode;
    // A field slotted by name into a shadow root: an unnamed sibling would not be rendered.
    const slot = this.field.assignedSlot ?? null;
    const slotted = slot !== null && slot.name !== '';
    if (!parent || slotted || parent === this.field.ownerDocument) {
      this.moveOnTop();
      return;
    }
    this.parts.setRules(`:host{z-index:${zIndexBeside(this.field)}!important}`);
    parent.append(host);
    this.placed = true;
  }

  /** Beside the field the layer is not rendered (an unrendered slot, a display:none parent): go on top. */
  moveOnTop(): void {
    this.onTop = true;
    this.parts.setRules(ON_TOP);
    this.field.ownerDocument.documentElement.append(this.parts.host);
  }

  get isOnTop(): boolean {
    return this.onTop;
  }

  /** Take the layer out of the page, with everything drawn in it. */
  detach(): void {
    this.parts.host.remove();
    this.placed = false;
    this.clip.replaceChildren();
  }

  /** Where the layer's (0, 0) is on screen and how its ancestors scale it; null when it is not rendered. */
  frame(): LayerFrame | null {
    if (!this.attached) return null;
    const r = this.ref.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    return { x: r.left, y: r.top, scaleX: r.width / REF, scaleY: r.height / REF };
  }

  /**
   * Show `marks` (layer coordinates) inside `clip` (layer coordinates), reusing the elements drawn
   * last time. The clip box is set even with no marks: it, not the marks, is what the host's size
   * reflects.
   */
  draw(marks: ReadonlyArray<Rect & { severity: Severity; palette: Palette }>, clip: Rect | null): void {
    const group = this.clip;
    const c = clip ?? { x: 0, y: 0, width: 0, height: 0 };
    this.place(group, `left:${c.x}px;top:${c.y}px;width:${c.width}px;height:${c.height}px`);
    const doc = group.ownerDocument;
    const children = group.children;
    let i = 0;
    for (const m of clip ? marks : []) {
      const thickness = m.severity === 'gentle' ? 3 : 4;
      const x = m.x - c.x;
      // Just under the glyphs: the bottom of the text box, nudged into the line gap.
      const y = m.y + m.height - c.y - thickness + 2;
      if (x + m.width < 0 || x > c.width || y + thickness < 0 || y > c.height) continue;
      let el = children[i] as HTMLDivElement | undefined;
      if (!el) {
        el = doc.createElement('div');
        group.append(el);
      }
      const cls = `mark ${m.severity} ${m.palette}`;
      if (el.className !== cls) {
        el.className = cls;
        el.replaceChildren();
        this.waves.delete(el);
      }
      this.place(el, `left:${x}px;top:${y}px;width:${m.width}px`);
      if (m.severity !== 'gentle') this.wave(el, m.width);
      i++;
    }
    while (children.length > i) children[children.length - 1]?.remove();
  }

  private place(el: HTMLElement, css: string): void {
    if (this.styles.get(el) === css) return;
    this.styles.set(el, css);
    el.style.cssText = css;
  }

  private wave(el: HTMLDivElement, width: number): void {
    const w = Math.round(width);
    if (this.waves.get(el) === w && el.firstChild) return;
    this.waves.set(el, w);
    const doc = el.ownerDocument;
    let svg = el.firstChild as SVGSVGElement | null;
    if (!svg) {
      svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
      svg.append(doc.createElementNS(SVG_NS, 'path'));
      el.append(svg);
    }
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(WAVE_HEIGHT + 1));
    svg.setAttribute('viewBox', `0 0 ${w} ${WAVE_HEIGHT + 1}`);
    svg.firstElementChild?.setAttribute('d', wavePath(w));
  }
}
