// Keeps the diagrams the preview drew, so that a new or reloaded preview page (VS Code unloads a hidden one) shows them at
// once instead of waiting for Mermaid to load and lay them out again. Bounded; only SVG the export would accept is kept.
import type { DiagramSpec, Drawing } from '../../shared/protocol';
import { isSafeSvg } from './svgGuard';

const MAX_ENTRIES = 32;
const MAX_CHARS = 16 * 1024 * 1024;
const MAX_SVG_CHARS = 2 * 1024 * 1024;
const MAX_KEY_CHARS = 256 * 1024;

/** Drawings by their webview cache key (`<style>\n<source>`), least recently used first. */
export class DrawingCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  /** Keeps what the webview sent (it is untrusted input: malformed or unsafe entries are dropped). */
  add(drawings: readonly unknown[]): void {
    for (const item of drawings) {
      const { key, svg } = (item ?? {}) as { key?: unknown; svg?: unknown };
      if (typeof key !== 'string' || typeof svg !== 'string' || !key.includes('\n')) continue;
      if (key.length > MAX_KEY_CHARS || svg.length > MAX_SVG_CHARS || !isSafeSvg(svg)) continue;
      this.delete(key);
      this.entries.set(key, svg);
      this.chars += key.length + svg.length;
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES && this.chars <= MAX_CHARS) break;
      this.delete(key);
    }
  }

  /** The drawings of these diagrams' sources, in any style (the page takes those of its own). */
  for(diagrams: readonly DiagramSpec[]): Drawing[] {
    const sources = new Set(diagrams.map((d) => d.source));
    const out: Drawing[] = [];
    for (const [key, svg] of this.entries) {
      if (sources.has(key.slice(key.indexOf('\n') + 1))) out.push({ key, svg });
    }
    return out;
  }

  private delete(key: string): void {
    const svg = this.entries.get(key);
    if (svg === undefined) return;
    this.entries.delete(key);
    this.chars -= key.length + svg.length;
  }
}
