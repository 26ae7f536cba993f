// Renders Mermaid source to SVG: strict security, parse before render, per-theme cache, never binds click callbacks.
import mermaid from 'mermaid';

export type MermaidTheme = 'default' | 'dark' | 'neutral';

/** The SVG for a source, or why it failed. */
export type DiagramResult = { svg: string } | { error: string };

const CACHE_SIZE = 64;

/** Mermaid configured for the preview; one per webview. */
export class Diagrams {
  private theme: MermaidTheme | undefined;
  private readonly cache = new Map<string, DiagramResult>();
  private counter = 0;

  /** Configures Mermaid for a theme (clears the cache when it changes); true when it changed. */
  setTheme(theme: MermaidTheme): boolean {
    if (theme === this.theme) return false;
    this.theme = theme;
    this.cache.clear();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme,
      suppressErrorRendering: true,
      fontFamily: 'var(--vscode-font-family, sans-serif)',
      flowchart: { htmlLabels: true, useMaxWidth: true },
    });
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
}

/** The Mermaid theme matching VS Code's body classes. */
export function themeOf(body: HTMLElement): MermaidTheme {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'neutral';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}
