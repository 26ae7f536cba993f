// Pan and zoom of one drawn diagram: Ctrl/⌘ + wheel or the +/− buttons zoom, dragging moves, the keyboard does both, Reset
// fits again. Fitting never shrinks the text below the editor's font size: a wider diagram is moved by dragging instead.

/** Where a diagram is: zoom relative to its fitted size, offset in CSS pixels. */
export interface View {
  zoom: number;
  x: number;
  y: number;
  /** False until the reader zooms or moves it (until then each new drawing is fitted again). */
  touched: boolean;
}

const MIN_ZOOM = 0.2;
const MAX_ZOOM = 8;
const STEP = 1.25;
const KEY_PAN = 40;
/** Movement (px) before a press becomes a drag (and the click that ends it is not a click on the diagram). */
const DRAG_SLOP = 4;

/** The smallest size text is fitted at (px): the editor's font size, as VS Code gives it to webviews. */
export function readableSize(doc: Document = document): number {
  const value = parseFloat(getComputedStyle(doc.documentElement).getPropertyValue('--vscode-editor-font-size'));
  return Number.isFinite(value) && value > 0 ? value : 14;
}

/** How small text may be fitted: the editor's font size, and the drawing's label size when known without measuring. */
export interface TextSizes {
  readable: number;
  label?: number;
}

/** The font size (px) of a drawing's labels: its node labels', else its own. */
function labelSize(svg: SVGSVGElement): number {
  const label = svg.querySelector('.nodeLabel, .taskText, text');
  const size = parseFloat(getComputedStyle(label ?? svg).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** The drawing's own size, from its viewBox (Mermaid draws at natural size with `useMaxWidth: false`). */
function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = parseFloat(svg.getAttribute('width') ?? '') || svg.getBBox().width;
  const height = parseFloat(svg.getAttribute('height') ?? '') || svg.getBBox().height;
  return { width, height };
}

/** Pan and zoom of the SVG inside `viewport`; `view` is shared with the next drawing of the same diagram. */
export class PanZoom {
  private fit = 1;
  private width = 0;
  private height = 0;
  private drag: { id: number; x: number; y: number; startX: number; startY: number; moved: boolean } | undefined;
  private readonly abort = new AbortController();

  constructor(
    private readonly viewport: HTMLElement,
    private readonly svg: SVGSVGElement,
    readonly view: View,
    private readonly sizes: TextSizes = { readable: readableSize(viewport.ownerDocument) },
  ) {
    const natural = naturalSize(svg);
    this.width = natural.width;
    this.height = natural.height;
    svg.setAttribute('width', String(this.width));
    svg.setAttribute('height', String(this.height));
    svg.style.removeProperty('max-width');
    svg.classList.add('pm-zoomable');
    const on = { signal: this.abort.signal };
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { ...on, passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onPointerDown(e), on);
    viewport.addEventListener('pointermove', (e) => this.onPointerMove(e), on);
    viewport.addEventListener('pointerup', (e) => this.onPointerUp(e), on);
    viewport.addEventListener('pointercancel', (e) => this.onPointerUp(e), on);
    viewport.addEventListener('click', (e) => this.onClick(e), { ...on, capture: true });
    viewport.addEventListener('keydown', (e) => this.onKey(e), on);
    this.layout();
  }

  /** The scale the drawing is shown at now (fitted size × zoom). */
  get scale(): number {
    return this.fit * this.view.zoom;
  }

  /** Fits the drawing to the viewport's width again (after a resize) and applies the view. */
  layout(): void {
    const available = this.viewport.clientWidth || this.width;
    // The label size measured only when not known (an author's diagram may set its own): a style pass saved per drawing.
    const floor = Math.min(1, this.sizes.readable / (this.sizes.label ?? labelSize(this.svg)));
    this.fit = Math.max(Math.min(1, available / this.width), floor);
    this.viewport.style.height = `${Math.ceil(this.height * this.fit)}px`;
    if (!this.view.touched) {
      this.view.zoom = 1;
      this.view.x = this.centred(available);
      this.view.y = 0;
    }
    this.apply();
  }

  /** Zooms by `factor` around a point of the viewport (its centre by default). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.view.zoom * factor));
    const point = at ?? { x: this.viewport.clientWidth / 2, y: this.viewport.clientHeight / 2 };
    const ratio = zoom / this.view.zoom;
    this.view.x = point.x - (point.x - this.view.x) * ratio;
    this.view.y = point.y - (point.y - this.view.y) * ratio;
    this.view.zoom = zoom;
    this.view.touched = true;
    this.apply();
  }

  /** Moves the drawing by (dx, dy) pixels. */
  panBy(dx: number, dy: number): void {
    this.view.x += dx;
    this.view.y += dy;
    this.view.touched = true;
    this.apply();
  }

  /** Back to the fitted view. */
  reset(): void {
    this.view.touched = false;
    this.layout();
  }

  dispose(): void {
    this.abort.abort();
  }

  /** The x offset that centres the drawing when it is narrower than the viewport (else its left edge). */
  private centred(available: number): number {
    return Math.max(0, (available - this.width * this.fit) / 2);
  }

  /** Keeps part of the drawing in view, then moves and scales it. */
  private apply(): void {
    const scale = this.scale;
    const w = this.width * scale;
    const h = this.height * scale;
    const vw = this.viewport.clientWidth || w;
    const vh = this.viewport.clientHeight || h;
    this.view.x = clamp(this.view.x, Math.min(0, vw - w), Math.max(0, vw - w));
    this.view.y = clamp(this.view.y, Math.min(0, vh - h), Math.max(0, vh - h));
    this.svg.style.transform = `translate(${round(this.view.x)}px, ${round(this.view.y)}px) scale(${round(scale, 4)})`;
    this.viewport.classList.toggle('pm-pannable', w > vw + 1 || h > vh + 1);
    this.viewport.dataset['zoom'] = String(round(this.view.zoom, 3));
  }

  private onWheel(e: WheelEvent): void {
    // A plain wheel scrolls the page; with Ctrl or ⌘ (and a trackpad pinch, which sends Ctrl) it zooms the diagram.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const box = this.viewport.getBoundingClientRect();
    const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    this.zoomBy(Math.exp(-delta * 0.002), { x: e.clientX - box.left, y: e.clientY - box.top });
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || !e.isPrimary) return;
    this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY, startX: e.clientX, startY: e.clientY, moved: false };
  }

  private onPointerMove(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.id !== e.pointerId) return;
    if (!drag.moved && Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) < DRAG_SLOP) return;
    if (!drag.moved) {
      drag.moved = true;
      this.viewport.setPointerCapture(e.pointerId);
      this.viewport.classList.add('pm-dragging');
    }
    this.panBy(e.clientX - drag.x, e.clientY - drag.y);
    drag.x = e.clientX;
    drag.y = e.clientY;
  }

  private onPointerUp(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || drag.id !== e.pointerId) return;
    this.viewport.classList.remove('pm-dragging');
    if (this.viewport.hasPointerCapture(e.pointerId)) this.viewport.releasePointerCapture(e.pointerId);
    // Keep `moved` until the click that ends the drag has been swallowed.
    this.drag = drag.moved ? { ...drag, id: -1 } : undefined;
  }

  /** A click that ends a drag is not a click on a node or link. */
  private onClick(e: MouseEvent): void {
    if (this.drag?.moved) {
      e.preventDefault();
      e.stopPropagation();
    }
    this.drag = undefined;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? KEY_PAN * 4 : KEY_PAN;
    const actions: Record<string, () => void> = {
      '+': () => this.zoomBy(STEP),
      '=': () => this.zoomBy(STEP),
      '-': () => this.zoomBy(1 / STEP),
      _: () => this.zoomBy(1 / STEP),
      '0': () => this.reset(),
      Home: () => this.reset(),
      ArrowLeft: () => this.panBy(step, 0),
      ArrowRight: () => this.panBy(-step, 0),
      ArrowUp: () => this.panBy(0, step),
      ArrowDown: () => this.panBy(0, -step),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
