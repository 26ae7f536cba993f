// The typed messages between the extension host and the preview webview (both directions), and the webview's state.

/** What the preview shows: one document at one version. */
export interface PreviewContent {
  /** The document's uri (string form); messages about another document are ignored. */
  uri: string;
  version: number;
  /**
   * Rendered by the host with raw HTML disabled; Mermaid blocks are `<pre class="pm-mermaid">` source, block elements
   * carry `data-line` (their first source line), relative images point at webview resource URIs.
   */
  html: string;
  title: string;
  /** Every Mermaid block of `html`, in document order, by its `data-diagram` id: what the webview draws there. */
  diagrams: DiagramSpec[];
  /** The incident's metrics for the header band; absent when the core has none (the band is then not shown). */
  metrics?: IncidentMetrics;
  /**
   * Drawings of these diagrams a preview made before (sent to a new or reloaded page only): it shows them at once instead
   * of waiting for Mermaid to load and lay them out.
   */
  drawings?: Drawing[];
}

/** A diagram as the preview drew it: the SVG, under the key of its source and drawing style (the webview's cache key). */
export interface Drawing {
  key: string;
  svg: string;
}

/** Where a diagram comes from: the generated incident flowchart, the generated time-scaled view, or the author's block. */
export type DiagramKind = 'flowchart' | 'gantt' | 'author';

/** A diagram the preview draws in place of the Mermaid block with the same id. */
export interface DiagramSpec {
  /** The block's `data-diagram` id in `html`. */
  id: string;
  kind: DiagramKind;
  /** Mermaid source. */
  source: string;
  /** A sentence shown under the diagram. */
  caption?: string;
  /** The phase colours the diagram uses, in order, for its legend. */
  legend?: LegendItem[];
}

/** One colour of a diagram's legend: a phase class of the flowchart (`detection`, `task`…) and what it means. */
export interface LegendItem {
  phase: string;
  label: string;
}

/** Incident metrics in minutes (undefined: not known from the document). */
export interface IncidentMetrics {
  /** Time to detect: start of impact → detection. */
  ttd?: number;
  /** Time to acknowledge: detection → a responder on it. */
  tta?: number;
  /** Time to mitigate: start of impact → impact stopped. */
  ttm?: number;
  /** Time to resolve: start of impact → resolved. */
  ttr?: number;
  /** How long the impact lasted: start of impact → its end (or the resolution). */
  impact?: number;
}

/** Host → webview. */
export type HostMessage =
  | ({ type: 'update' } & PreviewContent)
  /**
   * Asks for every diagram of `version` drawn for a page of its own (the exported HTML): in each of `themes`, with a
   * font stack that needs no VS Code variables, sanitised.
   */
  | { type: 'export'; requestId: number; uri: string; version: number; themes?: ExportTheme[] }
  /** Asks for one diagram of `version` as a file: SVG markup, or a PNG (base64) drawn from it; always the light theme. */
  | { type: 'exportDiagram'; requestId: number; uri: string; version: number; id: string; format: 'svg' | 'png' }
  /** Scrolls so that source line `line` (0-based, may be fractional) is at the top, as the editor shows it. */
  | { type: 'scrollTo'; uri: string; line: number };

/**
 * The webview drew this version of the document, its diagrams included: all the host learns of a render (the export
 * waits for it before asking for the SVGs).
 */
export interface RenderedVersion {
  uri: string;
  version: number;
}

/** Webview → host. */
export type WebviewMessage =
  /** The page (re)loaded and listens: the host answers with the latest content. */
  | { type: 'ready' }
  | ({ type: 'rendered' } & RenderedVersion)
  | { type: 'openLink'; href: string }
  /** A double-click on the block starting at source line `line`: reveal it in the editor. */
  | { type: 'revealLine'; uri: string; line: number }
  /** Diagrams the preview drew with Mermaid (the host keeps them for the next page: see `PreviewContent.drawings`). */
  | { type: 'drawn'; drawings: Drawing[] }
  | { type: 'exported'; requestId: number; uri: string; version: number; svgs: ExportedSvg[] }
  /** The answer to `exportDiagram`: `data` is SVG markup or base64 PNG bytes; `error` says why there is none. */
  | { type: 'exportedDiagram'; requestId: number; uri: string; version: number; data?: string; error?: string };

/** The themes a diagram is drawn in for an exported page (the page shows the one its reader's system prefers). */
export type ExportTheme = 'light' | 'dark';

/** A drawn diagram for the export, sanitised, under the id (`data-diagram`) of the Mermaid block it was drawn from. */
export interface ExportedSvg {
  id: string;
  svg: string;
  /** The theme it was drawn in (light when absent). */
  theme?: ExportTheme;
}

/** What the webview keeps with `setState` (tiny: the serializer reopens the document from it). */
export interface PreviewState {
  uri: string;
  /** The version shown when the state was saved. */
  version?: number;
  scrollY?: number;
  /** The time-scaled view (gantt) was folded away by the reader. */
  ganttHidden?: boolean;
}

/** The `data-state` attribute of the preview root: first content to show without a round trip. */
export type InitialData = PreviewContent;

/** True when some diagram of `content` has no drawing handed over with it (the page needs Mermaid to show it). */
export function needsMermaid(content: Pick<PreviewContent, 'diagrams' | 'drawings'>): boolean {
  return (content.diagrams ?? []).some((d) => !content.drawings?.some((x) => x.key.endsWith(`\n${d.source}`)));
}

const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Narrows an unknown message from the webview (messages are untrusted input). */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as {
    type?: unknown;
    href?: unknown;
    uri?: unknown;
    version?: unknown;
    requestId?: unknown;
    svgs?: unknown;
    line?: unknown;
  };
  switch (m.type) {
    case 'ready':
      return true;
    case 'openLink':
      return typeof m.href === 'string';
    case 'rendered':
      return typeof m.uri === 'string' && typeof m.version === 'number';
    case 'revealLine':
      return typeof m.uri === 'string' && isLine(m.line) && Number.isInteger(m.line);
    case 'exported':
      return typeof m.requestId === 'number' && Array.isArray(m.svgs);
    case 'exportedDiagram':
      return typeof m.requestId === 'number';
    case 'drawn':
      return Array.isArray((value as { drawings?: unknown }).drawings);
    default:
      return false;
  }
}
