// Renders Mermaid source to SVG: strict security, parse before render, per-theme cache, never binds click callbacks.
import type MermaidModule from 'mermaid';

/** The Mermaid API (the module itself lives in the separate, lazily loaded mermaid bundle). */
export type MermaidApi = typeof MermaidModule;

export type MermaidTheme = 'default' | 'dark' | 'neutral';

/** The SVG for a source, or why it failed. */
export type DiagramResult = { svg: string } | { error: string };

const CACHE_SIZE = 64;

/** Mermaid configured for the preview; one per webview. Mermaid is loaded on the first diagram. */
export class Diagrams {
  private theme: MermaidTheme | undefined;
  private configured: MermaidTheme | undefined;
  private mermaid: Promise<MermaidApi> | undefined;
  private readonly cache = new Map<string, DiagramResult>();
  private counter = 0;

  constructor(private readonly load: () => Promise<MermaidApi>) {}

  /** Sets the theme (clears the cache when it changes); true when it changed. */
  setTheme(theme: MermaidTheme): boolean {
    if (theme === this.theme) return false;
    this.theme = theme;
    this.cache.clear();
    return true;
  }

  /** A cached result, if this source was rendered in the current theme. */
  cached(source: string): DiagramResult | undefined {
    return this.cache.get(source);
  }

  /** Parses, then renders; errors are returned, not thrown. */
  async render(source: string): Promise<DiagramResult> {
    const hit = this.cache.get(source);
    if (hit) return hit;
    let mermaid: MermaidApi;
    try {
      mermaid = await this.api();
    } catch (e) {
      this.mermaid = undefined; // not cached: the next render tries again
      return { error: e instanceof Error ? e.message : String(e) };
    }
    let result: DiagramResult;
    try {
      await mermaid.parse(source);
      const { svg } = await mermaid.render(`pm-diagram-${++this.counter}`, source);
      result = { svg };
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e) };
    }
    this.cache.set(source, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return result;
  }

  /** Mermaid, loaded once and configured for the current theme. */
  private async api(): Promise<MermaidApi> {
    this.mermaid ??= this.load();
    const mermaid = await this.mermaid;
    const theme = this.theme ?? 'default';
    if (this.configured !== theme) {
      this.configured = theme;
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme,
        suppressErrorRendering: true,
        fontFamily: 'var(--vscode-font-family, sans-serif)',
        flowchart: { htmlLabels: true, useMaxWidth: true },
      });
    }
    return mermaid;
  }
}

/** The Mermaid theme matching VS Code's body classes. */
export function themeOf(body: HTMLElement): MermaidTheme {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'neutral';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}
