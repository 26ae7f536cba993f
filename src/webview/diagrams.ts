// Renders Mermaid source to SVG: strict security, one render at a time, per-theme cache, never binds click callbacks.
import type MermaidModule from 'mermaid';
import type { Drawing } from '../shared/protocol';

/** The Mermaid API (the module itself lives in the separate, lazily loaded mermaid bundle). */
export type MermaidApi = typeof MermaidModule;

export type MermaidTheme = 'default' | 'dark' | 'neutral';

/** The SVG for a source, or why it failed. */
export type DiagramResult = { svg: string } | { error: string };

/** How a diagram is drawn: for the preview (VS Code's font, its size) or for a page or file of its own. */
export interface DrawStyle {
  theme: MermaidTheme;
  fontFamily: string;
  /** Font size (px) of the time-scaled view's text. */
  fontSize: number;
  /** Width (px) the time-scaled view is laid out for (else the page's width). */
  ganttWidth?: number;
}

/** The fonts of an exported page or file: no VS Code variables there. */
export const EXPORT_FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif';
/** The preview's font: VS Code's. */
export const PREVIEW_FONT = 'var(--vscode-font-family, sans-serif)';

const CACHE_SIZE = 64;

/** Mermaid configured for the preview; one per webview. Mermaid is loaded on the first diagram. */
export class Diagrams {
  private live: DrawStyle;
  private configured = '';
  private mermaid: Promise<MermaidApi> | undefined;
  private readonly cache = new Map<string, DiagramResult>();
  private counter = 0;
  /** Renders run one after another: each configures Mermaid for its style, then draws. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly load: () => Promise<MermaidApi>,
    style: DrawStyle,
  ) {
    this.live = style;
  }

  /** The preview's style now. */
  get style(): DrawStyle {
    return this.live;
  }

  /** Sets the preview's theme; true when it changed (cached drawings of the old one no longer show). */
  setTheme(theme: MermaidTheme): boolean {
    if (theme === this.live.theme) return false;
    this.live = { ...this.live, theme };
    return true;
  }

  /** Starts loading Mermaid (before the first diagram needs it). */
  preload(): void {
    void this.api().catch(() => undefined);
  }

  /** Takes drawings the host kept from an earlier page (ignored when this page has its own). */
  seed(drawings: readonly Drawing[]): void {
    for (const { key, svg } of drawings) {
      if (typeof key === 'string' && typeof svg === 'string' && !this.cache.has(key)) this.cache.set(key, { svg });
    }
  }

  /** The cache key of a source in a style (what the host keeps drawings under). */
  keyFor(source: string, style: DrawStyle = this.live): string {
    return keyOf(style, source);
  }

  /** A cached result, if this source was drawn in the preview's style (or `style`). */
  cached(source: string, style: DrawStyle = this.live): DiagramResult | undefined {
    return this.cache.get(keyOf(style, source));
  }

  /** Draws `source` in the preview's style (or `style`); errors are returned, not thrown. */
  render(source: string, style: DrawStyle = this.live): Promise<DiagramResult> {
    const key = keyOf(style, source);
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit);
    const run = this.queue.then(() => this.draw(source, style, key));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async draw(source: string, style: DrawStyle, key: string): Promise<DiagramResult> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    let mermaid: MermaidApi;
    try {
      mermaid = await this.api();
    } catch (e) {
      this.mermaid = undefined; // not cached: the next render tries again
      return { error: e instanceof Error ? e.message : String(e) };
    }
    this.configure(mermaid, style);
    let result: DiagramResult;
    try {
      // render() parses first and throws on a syntax error without drawing (suppressErrorRendering): no separate parse.
      const { svg } = await mermaid.render(`pm-diagram-${++this.counter}`, source);
      result = { svg };
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e) };
    }
    this.cache.set(key, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return result;
  }

  /** Mermaid, loaded once. */
  private api(): Promise<MermaidApi> {
    this.mermaid ??= this.load();
    return this.mermaid;
  }

  private configure(mermaid: MermaidApi, style: DrawStyle): void {
    const key = styleKey(style);
    if (this.configured === key) return;
    this.configured = key;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: style.theme,
      suppressErrorRendering: true,
      fontFamily: style.fontFamily,
      // Natural size: the preview scales the drawing itself (pan and zoom, never below a readable size).
      flowchart: { htmlLabels: true, useMaxWidth: false },
      gantt: {
        useMaxWidth: false,
        fontSize: style.fontSize,
        sectionFontSize: style.fontSize,
        barHeight: Math.round(style.fontSize * 1.6),
        ...(style.ganttWidth ? { useWidth: style.ganttWidth } : {}),
      },
    });
  }
}

function styleKey(style: DrawStyle): string {
  return `${style.theme}|${style.fontFamily}|${style.fontSize}|${style.ganttWidth ?? ''}`;
}

function keyOf(style: DrawStyle, source: string): string {
  return `${styleKey(style)}\n${source}`;
}

/** The Mermaid theme matching VS Code's body classes. */
export function themeOf(body: HTMLElement): MermaidTheme {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'neutral';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}
