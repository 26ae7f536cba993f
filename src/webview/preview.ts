// Shows host-rendered HTML, the metrics band, and each Mermaid block as a diagram frame (pan/zoom, legend, caption).
// Stale renders stop; a diagram being redrawn keeps its old drawing until the new one lands; unchanged ones come from the cache.
import type { DiagramSpec, Drawing, PreviewContent, RenderedVersion } from '../shared/protocol';
import { captionHtml, legendHtml, metricsBandHtml } from '../shared/chrome';
import type { DiagramResult, Diagrams } from './diagrams';
import { PanZoom, readableSize, type View } from './panzoom';
import { themePhases } from './phases';

const BLOCK = 'pre.pm-mermaid';
/** The font size of Mermaid's flowchart labels (its themes' `fontSize`). */
const FLOWCHART_LABEL_PX = 16;
/** How far ahead an update looks for an unchanged block among the changed ones. */
const MATCH_WINDOW = 8;
/** Each Mermaid block's id, given by the host's renderer (core/render.ts DIAGRAM_ID; importing it would bundle markdown-it). */
const DIAGRAM_ID = 'data-diagram';

/** What a frame says about itself to a screen reader. */
const NAMES: Record<DiagramSpec['kind'], string> = {
  flowchart: 'Incident flowchart',
  gantt: 'Time-scaled view of the incident',
  author: 'Diagram',
};
const KEYS_HINT = 'Ctrl or ⌘ + wheel, or + and −, zoom; drag or the arrow keys move; 0 resets';

export interface PreviewOptions {
  /** The time-scaled view starts folded away. */
  ganttHidden?: boolean;
  /** The reader folded or unfolded the time-scaled view. */
  onGanttToggle?: (hidden: boolean) => void;
  /** Mermaid drew these diagrams (the host keeps them for the next page). */
  onDrawn?: (drawings: Drawing[]) => void;
}

/** The preview's content area and its metrics band. */
export class Preview {
  private generation = 0;
  private current: PreviewContent | undefined;
  private settled: Promise<RenderedVersion | undefined> = Promise.resolve(undefined);
  private waiting: Array<{ uri: string; version: number; resolve: () => void }> = [];
  /** Zoom and position of each diagram of the shown document, by id: a redrawn diagram stays where the reader put it. */
  private readonly views = new Map<string, View>();
  private readonly zooms = new Map<HTMLElement, PanZoom>();
  /** What each top-level block was made from (its HTML; a diagram's also its spec): unchanged blocks are kept. */
  private readonly made = new WeakMap<Element, string>();
  private ganttHidden: boolean;
  /** The editor's font size, read once per update (before the page changes, when reading styles costs nothing). */
  private readable = 14;

  constructor(
    private readonly root: HTMLElement,
    private readonly band: HTMLElement,
    private readonly diagrams: Diagrams,
    private readonly onRendered: (drawn: RenderedVersion) => void,
    private readonly options: PreviewOptions = {},
  ) {
    this.ganttHidden = !!options.ganttHidden;
    root.addEventListener('click', (e) => this.onClick(e));
    let width = root.clientWidth;
    new ResizeObserver(() => {
      if (root.clientWidth === width) return;
      width = root.clientWidth;
      for (const zoom of this.zooms.values()) zoom.layout();
      void this.refitGantt();
    }).observe(root);
  }

  /** The content shown now. */
  get content(): PreviewContent | undefined {
    return this.current;
  }

  /**
   * Shows new content; resolves with its version once its diagrams are drawn (undefined when superseded). Only the blocks
   * that changed are replaced (as VS Code's Markdown preview does): the rest keep their layout, drawings and zoom.
   */
  update(content: PreviewContent, rebuild = false): Promise<RenderedVersion | undefined> {
    this.readable = readableSize();
    const generation = ++this.generation;
    if (this.current?.uri !== content.uri) {
      this.views.clear();
      rebuild = true;
    }
    // The diagram the keyboard is on keeps the focus in the new content.
    const focused = document.activeElement?.closest('.pm-diagram')?.getAttribute(DIAGRAM_ID);
    this.current = content;
    const band = metricsBandHtml(content.metrics);
    if (this.band.innerHTML !== band) this.band.innerHTML = band;
    this.band.hidden = !content.metrics;
    const specs = new Map((content.diagrams ?? []).map((d) => [d.id, d]));
    const { added, removed } = this.patch(content.html, specs, rebuild);
    this.waiting = this.waiting.filter((w) =>
      w.uri === content.uri && w.version <= content.version ? (w.resolve(), false) : true,
    );
    // A diagram being redrawn shows its previous drawing meanwhile.
    const previous = new Map<string, SVGSVGElement>();
    for (const block of removed) {
      for (const frame of framesIn(block)) {
        const svg = frame.querySelector<SVGSVGElement>('.pm-viewport > svg');
        const id = frame.getAttribute(DIAGRAM_ID);
        if (svg && id !== null) previous.set(id, svg);
      }
    }
    for (const [frame, zoom] of this.zooms) {
      if (frame.isConnected) continue;
      zoom.dispose();
      this.zooms.delete(frame);
    }
    const pending: Array<{ frame: HTMLElement; spec: DiagramSpec }> = [];
    for (const block of added) {
      for (const pre of [...(block.matches(BLOCK) ? [block] : []), ...block.querySelectorAll<HTMLElement>(BLOCK)]) {
        const id = pre.getAttribute(DIAGRAM_ID) ?? '';
        const spec = specs.get(id) ?? {
          id,
          kind: pre.classList.contains('pm-flowchart') ? 'flowchart' : 'author',
          source: pre.textContent ?? '',
        };
        const frame = this.frame(pre, spec);
        pre.replaceWith(frame);
        if (block === pre) this.made.set(frame, this.made.get(pre)!);
        const viewport = frame.querySelector<HTMLElement>('.pm-viewport')!;
        pre.removeAttribute('data-line'); // the frame has it now
        if (spec.kind === 'gantt' && this.ganttHidden) {
          viewport.append(pre);
          continue;
        }
        const hit = this.diagrams.cached(spec.source, this.styleFor(spec));
        if (hit) {
          this.show(frame, hit, spec);
          continue;
        }
        const old = previous.get(id);
        viewport.append(old ?? pre);
        if (old) this.zoomable(frame, old);
        frame.classList.add('pm-pending');
        pending.push({ frame, spec });
      }
    }
    // A kept diagram whose drawing a superseded update was still making is drawn with this one.
    for (const frame of this.root.querySelectorAll<HTMLElement>('.pm-diagram.pm-pending')) {
      const spec = specs.get(frame.getAttribute(DIAGRAM_ID) ?? '');
      if (spec && !pending.some((p) => p.frame === frame)) pending.push({ frame, spec });
    }
    if (focused != null && !document.activeElement?.closest('.pm-diagram')) {
      this.root
        .querySelector<HTMLElement>(`.pm-diagram[${DIAGRAM_ID}="${CSS.escape(focused)}"] .pm-viewport`)
        ?.focus({ preventScroll: true });
    }
    this.settled = this.drawAll(generation, pending, content);
    return this.settled;
  }

  /**
   * Replaces the top-level blocks that differ from `html`'s (a common head and tail are kept; a kept block whose only
   * change is its source lines gets the new `data-line`s). Returns the blocks put in and taken out.
   */
  private patch(
    html: string,
    specs: ReadonlyMap<string, DiagramSpec>,
    rebuild: boolean,
  ): { added: HTMLElement[]; removed: HTMLElement[] } {
    const template = document.createElement('template');
    template.innerHTML = html;
    const incoming = [...template.content.children] as HTMLElement[];
    const keys = incoming.map((el) => blockKey(el, specs));
    for (const [i, el] of incoming.entries()) this.made.set(el, keys[i]!);
    const live = [...this.root.children] as HTMLElement[];
    const liveKeys = live.map((el) => this.made.get(el));
    const same = (a: string | undefined, b: string): boolean =>
      !rebuild && a !== undefined && withoutLines(a) === withoutLines(b);
    let head = 0;
    while (head < live.length && head < incoming.length && same(liveKeys[head], keys[head]!)) head++;
    let liveEnd = live.length;
    let end = incoming.length;
    while (liveEnd > head && end > head && same(liveKeys[liveEnd - 1], keys[end - 1]!)) {
      liveEnd--;
      end--;
    }
    const keep = (el: HTMLElement, was: string | undefined, i: number): void => {
      if (was !== keys[i]) syncLines(el, incoming[i]!);
      this.made.set(el, keys[i]!);
    };
    for (let i = 0; i < head; i++) keep(live[i]!, liveKeys[i], i);
    for (let i = liveEnd; i < live.length; i++) keep(live[i]!, liveKeys[i], i + end - liveEnd);
    // Between them, blocks are matched in order (an unchanged block next to a changed one stays too).
    const added: HTMLElement[] = [];
    const removed: HTMLElement[] = [];
    const after = live[liveEnd] ?? null;
    let j = head;
    for (let i = head; i < end; i++) {
      let match = -1;
      for (let k = j; k < liveEnd && k < j + MATCH_WINDOW; k++) {
        if (same(liveKeys[k], keys[i]!)) {
          match = k;
          break;
        }
      }
      if (match === -1) {
        this.root.insertBefore(incoming[i]!, j < liveEnd ? live[j]! : after);
        added.push(incoming[i]!);
        continue;
      }
      for (; j < match; j++) removed.push(live[j]!);
      keep(live[match]!, liveKeys[match], i);
      j = match + 1;
    }
    for (; j < liveEnd; j++) removed.push(live[j]!);
    for (const el of removed) el.remove();
    return { added, removed };
  }

  /** Resolves once `uri` at `version` or later is shown (a reloaded page shows nothing until the host's update). */
  whenShown(uri: string, version: number): Promise<void> {
    const c = this.current;
    if (c && c.uri === uri && c.version >= version) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ uri, version, resolve }));
  }

  /** Draws everything again (after a theme change). */
  rerender(): Promise<RenderedVersion | undefined> {
    return this.current ? this.update(this.current, true) : Promise.resolve(undefined);
  }

  /** Resolves once the diagrams of the content shown now are drawn (or failed). */
  async whenSettled(): Promise<void> {
    let generation;
    do {
      generation = this.generation;
      await this.settled;
    } while (generation !== this.generation);
  }

  /** The frame a diagram is shown in: a head with the zoom buttons, the viewport, the legend and caption. */
  private frame(pre: HTMLElement, spec: DiagramSpec): HTMLElement {
    const frame = document.createElement('figure');
    frame.className = pre.className.replace('pm-mermaid', 'pm-diagram');
    for (const name of ['data-line', DIAGRAM_ID]) {
      const value = pre.getAttribute(name);
      if (value !== null) frame.setAttribute(name, value);
    }
    frame.dataset['kind'] = spec.kind;
    // VS Code's context menu on a diagram (webview/context: Export Diagram as SVG… / PNG…).
    frame.dataset['vscodeContext'] = JSON.stringify({
      webviewSection: 'diagram',
      diagramId: spec.id,
      preventDefaultContextMenuItems: true,
    });
    const name = NAMES[spec.kind];
    const folded = spec.kind === 'gantt' && this.ganttHidden;
    const fold =
      spec.kind === 'gantt'
        ? `<button type="button" class="pm-fold" aria-expanded="${!folded}" title="Show or hide the time-scaled view">Time-scaled view</button>`
        : '';
    frame.innerHTML =
      `<div class="pm-diagram-head">${fold}<div class="pm-tools" role="toolbar" aria-label="Zoom ${name.toLowerCase()}">` +
      '<button type="button" data-zoom="out" aria-label="Zoom out" title="Zoom out (−)">−</button>' +
      '<button type="button" data-zoom="in" aria-label="Zoom in" title="Zoom in (+)">+</button>' +
      '<button type="button" data-zoom="reset" aria-label="Reset zoom" title="Fit (0)">Reset</button></div></div>' +
      `<div class="pm-viewport" tabindex="0" role="group" aria-roledescription="diagram"></div>` +
      legendHtml(spec.legend) +
      captionHtml(spec.caption);
    frame.querySelector('.pm-viewport')!.setAttribute('aria-label', `${name}. ${KEYS_HINT}.`);
    if (folded) frame.classList.add('pm-folded');
    return frame;
  }

  /** Puts a result into its frame: the SVG (pannable, zoomable), or the error above the source. */
  private show(frame: HTMLElement, result: DiagramResult, spec: DiagramSpec): void {
    frame.classList.remove('pm-pending');
    const viewport = frame.querySelector<HTMLElement>('.pm-viewport')!;
    this.zooms.get(frame)?.dispose();
    this.zooms.delete(frame);
    if ('svg' in result) {
      frame.classList.remove('pm-error');
      viewport.innerHTML = result.svg;
      const svg = viewport.querySelector<SVGSVGElement>(':scope > svg');
      if (!svg) return;
      if (this.diagrams.style.theme !== 'default') themePhases(svg);
      this.zoomable(frame, svg);
      return;
    }
    frame.classList.remove('pm-drawn');
    frame.classList.add('pm-error');
    viewport.style.removeProperty('height');
    const message = document.createElement('div');
    message.className = 'pm-error-message';
    message.textContent = `Mermaid: ${result.error}`;
    const code = document.createElement('pre');
    code.textContent = spec.source;
    viewport.replaceChildren(message, code);
  }

  /** Makes the SVG in a frame pannable and zoomable, keeping the view the reader left on this diagram. */
  private zoomable(frame: HTMLElement, svg: SVGSVGElement): void {
    const id = frame.getAttribute(DIAGRAM_ID) ?? '';
    let view = this.views.get(id);
    if (!view) this.views.set(id, (view = { zoom: 1, x: 0, y: 0, touched: false }));
    // The generated diagrams' label sizes are known: Mermaid's 16 px for the flowchart, the preview's for the gantt.
    const kind = frame.dataset['kind'];
    const label =
      kind === 'flowchart'
        ? FLOWCHART_LABEL_PX
        : kind === 'gantt'
          ? this.styleFor({ id, kind, source: '' }).fontSize
          : undefined;
    this.zooms.set(
      frame,
      new PanZoom(frame.querySelector<HTMLElement>('.pm-viewport')!, svg, view, {
        readable: this.readable,
        ...(label ? { label } : {}),
      }),
    );
    frame.classList.add('pm-drawn');
  }

  private async drawAll(
    generation: number,
    pending: Array<{ frame: HTMLElement; spec: DiagramSpec }>,
    content: PreviewContent,
  ): Promise<RenderedVersion | undefined> {
    // Draw every changed diagram, then put them all in at once (one layout of the page instead of one per diagram).
    const results: DiagramResult[] = [];
    for (const { spec } of pending) {
      results.push(await this.diagrams.render(spec.source, this.styleFor(spec)));
      if (generation !== this.generation) return undefined;
    }
    pending.forEach(({ frame, spec }, i) => this.show(frame, results[i]!, spec));
    const drawings = pending.flatMap(({ spec }, i) => {
      const result = results[i]!;
      return 'svg' in result ? [{ key: this.diagrams.keyFor(spec.source, this.styleFor(spec)), svg: result.svg }] : [];
    });
    if (drawings.length) this.options.onDrawn?.(drawings);
    const drawn = rendered(content);
    this.onRendered(drawn);
    return drawn;
  }

  /** Zoom buttons and the fold of the time-scaled view. */
  private onClick(e: MouseEvent): void {
    const button = (e.target as Element | null)?.closest?.('button');
    const frame = button?.closest<HTMLElement>('.pm-diagram');
    if (!button || !frame) return;
    if (button.classList.contains('pm-fold')) {
      void this.fold(frame, !this.ganttHidden);
      return;
    }
    const zoom = this.zooms.get(frame);
    const action = button.dataset['zoom'];
    if (!zoom || !action) return;
    if (action === 'in') zoom.zoomBy(1.25);
    else if (action === 'out') zoom.zoomBy(0.8);
    else zoom.reset();
  }

  /** Folds or unfolds the time-scaled view (drawing it when it is unfolded the first time). */
  private async fold(frame: HTMLElement, hidden: boolean): Promise<void> {
    this.ganttHidden = hidden;
    this.options.onGanttToggle?.(hidden);
    frame.classList.toggle('pm-folded', hidden);
    frame.querySelector('.pm-fold')?.setAttribute('aria-expanded', String(!hidden));
    const content = this.current;
    const spec = content?.diagrams?.find((d) => d.kind === 'gantt');
    if (hidden || !content || !spec || frame.classList.contains('pm-drawn') || frame.classList.contains('pm-error')) {
      if (content) this.onRendered(rendered(content));
      return;
    }
    const generation = this.generation;
    frame.classList.add('pm-pending');
    const result = await this.diagrams.render(spec.source, this.styleFor(spec));
    if (generation !== this.generation) return;
    this.show(frame, result, spec);
    this.onRendered(rendered(content));
  }

  /**
   * How a diagram is drawn: the preview's style; the time-scaled view at the page's width (its text is already at the
   * editor's size, so it is laid out for the width rather than scaled to it).
   */
  private styleFor(spec: DiagramSpec) {
    if (spec.kind !== 'gantt') return this.diagrams.style;
    return { ...this.diagrams.style, ganttWidth: Math.max(320, Math.floor(this.root.clientWidth / 40) * 40) };
  }

  /** Lays the time-scaled view out again for a new page width. */
  private async refitGantt(): Promise<void> {
    const content = this.current;
    const spec = content?.diagrams?.find((d) => d.kind === 'gantt');
    const frame = spec && this.root.querySelector<HTMLElement>(`.pm-diagram[data-kind="gantt"]`);
    if (!content || !spec || !frame?.classList.contains('pm-drawn') || frame.classList.contains('pm-folded')) return;
    const generation = this.generation;
    const result = await this.diagrams.render(spec.source, this.styleFor(spec));
    if (generation !== this.generation || !frame.isConnected) return;
    this.show(frame, result, spec);
  }
}

/** What the host is told when `content` is drawn: which version of which document. */
function rendered(content: PreviewContent): RenderedVersion {
  return { uri: content.uri, version: content.version };
}

/** The diagram frames inside (or at) a block. */
function framesIn(block: HTMLElement): HTMLElement[] {
  return [...(block.matches('.pm-diagram') ? [block] : []), ...block.querySelectorAll<HTMLElement>('.pm-diagram')];
}

/** What a top-level block is made of: its HTML, and the spec of each diagram in it (a new caption or legend is a change). */
function blockKey(el: HTMLElement, specs: ReadonlyMap<string, DiagramSpec>): string {
  const ids = [...(el.matches(BLOCK) ? [el] : []), ...el.querySelectorAll(BLOCK)].map(
    (pre) => pre.getAttribute(DIAGRAM_ID) ?? '',
  );
  return ids.length ? `${el.outerHTML}\n${JSON.stringify(ids.map((id) => specs.get(id) ?? null))}` : el.outerHTML;
}

function withoutLines(key: string): string {
  return key.replace(/ data-line="\d+"/g, '');
}

/** Copies the source lines of `from` (the new block) onto `to` (the kept one): same elements, in the same order. */
function syncLines(to: HTMLElement, from: HTMLElement): void {
  const lines = (el: HTMLElement): HTMLElement[] => [
    ...(el.hasAttribute('data-line') ? [el] : []),
    ...el.querySelectorAll<HTMLElement>('[data-line]'),
  ];
  const source = lines(from);
  lines(to).forEach((el, i) => {
    const line = source[i]?.getAttribute('data-line');
    if (line != null) el.setAttribute('data-line', line);
  });
}
