// Shows host-rendered HTML and replaces each Mermaid block with its SVG; stale renders stop, old SVGs stay until new ones land.
import type { ExportedSvg, PreviewContent, RenderReport } from '../shared/protocol';
import type { DiagramResult, Diagrams } from './diagrams';

const BLOCK = 'pre.pm-mermaid';
/** Each Mermaid block's id, given by the host's renderer (core/render.ts DIAGRAM_ID; importing it would bundle markdown-it). */
const DIAGRAM_ID = 'data-diagram';

/** The preview's content area. */
export class Preview {
  private generation = 0;
  private current: PreviewContent | undefined;
  private settled: Promise<RenderReport | undefined> = Promise.resolve(undefined);
  private waiting: Array<{ uri: string; version: number; resolve: () => void }> = [];

  constructor(private readonly root: HTMLElement, private readonly diagrams: Diagrams,
    private readonly onRendered: (report: RenderReport) => void) {}

  /** The content shown now. */
  get content(): PreviewContent | undefined {
    return this.current;
  }

  /** Shows new content; resolves with the report once its diagrams are drawn (undefined when superseded). */
  update(content: PreviewContent): Promise<RenderReport | undefined> {
    const generation = ++this.generation;
    const previous = [...this.root.querySelectorAll<HTMLElement>('.pm-diagram')].map((d) => d.querySelector('svg'));
    this.current = content;
    this.root.innerHTML = content.html;
    this.waiting = this.waiting.filter((w) => (w.uri === content.uri && w.version <= content.version ? (w.resolve(), false) : true));
    const pending: Array<{ el: HTMLElement; source: string }> = [];
    [...this.root.querySelectorAll<HTMLElement>(BLOCK)].forEach((pre, i) => {
      const source = pre.textContent ?? '';
      const el = document.createElement('div');
      el.className = pre.className.replace('pm-mermaid', 'pm-diagram');
      for (const name of ['data-line', DIAGRAM_ID]) {
        const value = pre.getAttribute(name);
        if (value !== null) el.setAttribute(name, value);
      }
      pre.replaceWith(el);
      const hit = this.diagrams.cached(source);
      if (hit) return show(el, hit, source);
      const old = previous[i];
      if (old) el.append(old);
      else el.append(pre);
      el.classList.add('pm-pending');
      pending.push({ el, source });
    });
    this.settled = this.drawAll(generation, pending, content);
    return this.settled;
  }

  /** Resolves once `uri` at `version` or later is shown (a reloaded page shows nothing until the host's update). */
  whenShown(uri: string, version: number): Promise<void> {
    const c = this.current;
    if (c && c.uri === uri && c.version >= version) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ uri, version, resolve }));
  }

  /** Draws everything again (after a theme change). */
  rerender(): Promise<RenderReport | undefined> {
    return this.current ? this.update(this.current) : Promise.resolve(undefined);
  }

  /** Waits for the current content's diagrams, then returns each drawn one's SVG markup by its block's id (failed ones: none). */
  async svgs(): Promise<{ version: number; svgs: ExportedSvg[] }> {
    let generation;
    do {
      generation = this.generation;
      await this.settled;
    } while (generation !== this.generation);
    const svgs: ExportedSvg[] = [];
    for (const d of this.root.querySelectorAll<HTMLElement>(`.pm-diagram[${DIAGRAM_ID}]`)) {
      const svg = d.querySelector(':scope > svg')?.outerHTML;
      if (svg) svgs.push({ id: d.getAttribute(DIAGRAM_ID)!, svg });
    }
    return { version: this.current?.version ?? -1, svgs };
  }

  private async drawAll(generation: number, pending: Array<{ el: HTMLElement; source: string }>,
    content: PreviewContent): Promise<RenderReport | undefined> {
    for (const { el, source } of pending) {
      const result = await this.diagrams.render(source);
      if (generation !== this.generation) return undefined;
      show(el, result, source);
    }
    const report = { uri: content.uri, version: content.version };
    this.onRendered(report);
    return report;
  }
}

/** Puts a result into its block: the SVG, or the error above the source. */
function show(el: HTMLElement, result: DiagramResult, source: string): void {
  el.classList.remove('pm-pending');
  if ('svg' in result) {
    el.classList.remove('pm-error');
    el.innerHTML = result.svg;
    return;
  }
  el.classList.add('pm-error');
  const message = document.createElement('div');
  message.className = 'pm-error-message';
  message.textContent = `Mermaid: ${result.error}`;
  const code = document.createElement('pre');
  code.textContent = source;
  el.replaceChildren(message, code);
}
